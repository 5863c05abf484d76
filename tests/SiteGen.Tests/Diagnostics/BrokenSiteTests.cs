using SiteGen.Tests.Support;

namespace SiteGen.Tests.Diagnostics;

/// <summary>
/// One small broken site per kind of error (tests/fixtures/broken/*.txt) and the exact diagnostics a writer sees
/// for it, in English (*.out.txt beside it) and in Indonesian, SiteGen's default (*.id.out.txt): file, line, column,
/// code and a message that says how to fix it.
/// </summary>
public sealed class BrokenSiteTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Fixtures, "broken"), "*.txt").Order(StringComparer.Ordinal))
            if (!file.EndsWith(".out.txt", StringComparison.Ordinal)) data.Add(Path.GetFileNameWithoutExtension(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Broken_site_reports_every_problem_with_its_place_and_fix(string name)
    {
        var fixture = Path.Combine(RepoPaths.Fixtures, "broken", name + ".txt");
        using var site = new TestSite(File.ReadAllText(fixture));
        var result = site.Build();
        Assert.True(result.Diagnostics.Count > 0, "a broken fixture must produce diagnostics");
        Assert.Empty(result.HasErrors ? result.Files : []);
        Golden.Check(Path.ChangeExtension(fixture, ".out.txt"), string.Join('\n', result.Diagnostics) + "\n");

        using (global::SiteGen.Messages.Language.Use(global::SiteGen.Messages.Language.Indonesian))
        {
            var indonesian = site.Build();
            Assert.Equal(result.Diagnostics.Select(d => (d.Path, d.Line, d.Column, d.Code)), indonesian.Diagnostics.Select(d => (d.Path, d.Line, d.Column, d.Code)));
            Golden.Check(Path.ChangeExtension(fixture, ".id.out.txt"), string.Join('\n', indonesian.Diagnostics) + "\n");
        }
    }
}
