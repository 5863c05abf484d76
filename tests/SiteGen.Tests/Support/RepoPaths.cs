namespace SiteGen.Tests.Support;

/// <summary>Finds the repository (the folder holding SiteGen.sln) and the shared data beside it.</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    public static string Root => RootPath.Value;

    public static string Fixtures => Path.Combine(Root, "tests", "fixtures");

    public static string Theme => Path.Combine(Root, "themes", "default");

    /// <summary>Reference data the tests hold SiteGen to (tests/data, see its README).</summary>
    public static string TestData => Path.Combine(Root, "tests", "data");

    private static string FindRoot()
    {
        var overridden = Environment.GetEnvironmentVariable("SITEGEN_REPO");
        if (!string.IsNullOrEmpty(overridden))
        {
            if (File.Exists(Path.Combine(overridden, "SiteGen.sln"))) return Path.GetFullPath(overridden);
            throw new InvalidOperationException($"SITEGEN_REPO is '{overridden}', which holds no SiteGen.sln.");
        }
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "SiteGen.sln"))) return dir.FullName;
        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds SiteGen.sln (set SITEGEN_REPO to the checkout).");
    }
}
