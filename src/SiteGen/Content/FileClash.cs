namespace SiteGen.Content;

/// <summary>The message for two files a bulletin would publish under one name next to its page.</summary>
internal static class FileClash
{
    public static string Message(string name, string source, string otherName, string otherSource)
    {
        var letterCase = string.Equals(name, otherName, StringComparison.Ordinal)
            ? ""
            : $" ('{name}' and '{otherName}' differ only in letter case, and Windows and macOS keep one file for both)";
        return $"two different pictures would be published as '{otherName}' next to the page: {source} and {otherSource}{letterCase}; rename one of them";
    }
}
