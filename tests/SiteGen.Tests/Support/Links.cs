namespace SiteGen.Tests.Support;

/// <summary>
/// Makes symbolic links for the tests of path tricks, the target written as given (relative ones stay relative). Where the
/// system does not let a test make links (Windows without developer mode) the test is skipped, so it must be a
/// <c>[SkippableFact]</c>; Linux, where CI runs, always can.
/// </summary>
internal static class Links
{
    public static void ToFile(string path, string target) => Make(path, () => File.CreateSymbolicLink(path, target));

    public static void ToFolder(string path, string target) => Make(path, () => Directory.CreateSymbolicLink(path, target));

    private static void Make(string path, Action make)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            make();
        }
        catch (Exception e) when (e is UnauthorizedAccessException or PlatformNotSupportedException || (e is IOException && OperatingSystem.IsWindows()))
        {
            throw new SkipException($"this system does not let the tests make a symbolic link ({e.Message}); the path checks were not tested here");
        }
    }
}
