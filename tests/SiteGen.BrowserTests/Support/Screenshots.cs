namespace SiteGen.BrowserTests.Support;

/// <summary>Where the browser tests put their screenshots, for a person to look at: TestResults/screenshots in the repository (CI keeps it), or SITEGEN_SCREENSHOTS.</summary>
internal static class Screenshots
{
    public static string Folder { get; } = Environment.GetEnvironmentVariable("SITEGEN_SCREENSHOTS") is { Length: > 0 } folder
        ? folder
        : Path.Combine(ServedSite.RepoRoot, "TestResults", "screenshots");

    /// <summary>The file for a page at a width and colour scheme: "bulletin-390-light.png".</summary>
    public static string PathFor(string kind, int width, string scheme)
    {
        Directory.CreateDirectory(Folder);
        return Path.Combine(Folder, $"{kind}-{width}-{scheme}.png");
    }
}
