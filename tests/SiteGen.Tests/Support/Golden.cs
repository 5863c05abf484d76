namespace SiteGen.Tests.Support;

/// <summary>Compares text with a golden file; SITEGEN_UPDATE_GOLDEN=1 rewrites the file instead (for intended changes only).</summary>
internal static class Golden
{
    public static bool Updating => Environment.GetEnvironmentVariable("SITEGEN_UPDATE_GOLDEN") == "1";

    public static void Check(string goldenPath, string actual)
    {
        actual = actual.Replace("\r\n", "\n");
        if (Updating)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(goldenPath)!);
            File.WriteAllText(goldenPath, actual);
            return;
        }
        Assert.True(File.Exists(goldenPath), $"{goldenPath} does not exist; run the tests with SITEGEN_UPDATE_GOLDEN=1 to create it, then review it");
        var expected = File.ReadAllText(goldenPath).Replace("\r\n", "\n");
        Assert.Equal(expected, actual);
    }
}
