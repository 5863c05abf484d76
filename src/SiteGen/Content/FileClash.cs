using SiteGen.Messages;

namespace SiteGen.Content;

/// <summary>The message for two files a bulletin would publish under one name next to its page.</summary>
internal static class FileClash
{
    public static string Message(string name, string source, string otherName, string otherSource)
    {
        var letterCase = string.Equals(name, otherName, StringComparison.Ordinal) ? "" : Say.FileClashLetterCase.With(name, otherName);
        return Say.FileClash.With(otherName, source, otherSource, letterCase);
    }
}
