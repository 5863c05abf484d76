using System.Text.RegularExpressions;
using SiteGen.Configuration;
using SiteGen.Corpus;
using SiteGen.Model;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Corpus;

/// <summary>The generated corpus the benchmarks build: the same for a seed, shaped as the benchmark needs, and a site that builds cleanly.</summary>
public sealed partial class CorpusGeneratorTests : IDisposable
{
    private const int Count = 200;
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Write(string name, int seed)
    {
        var root = _folder.Combine(name);
        Assert.Equal(Count, new CorpusGenerator(seed).WriteSite(root, Count));
        return root;
    }

    private static Dictionary<string, byte[]> Files(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);

    private static BuildResult Build(string root)
    {
        var result = SiteBuilder.Build(new BuildOptions { SourceRoot = root, Now = TestSite.Now });
        Assert.True(result.Diagnostics.Count == 0, $"the generated site at {root} has diagnostics:\n{string.Join('\n', result.Diagnostics)}");
        return result;
    }

    [Fact]
    public void One_seed_gives_the_same_files_and_another_seed_other_files()
    {
        var first = Files(Write("a", 1));
        var again = Files(Write("b", 1));
        var other = Files(Write("c", 2));

        Assert.Equal(first.Keys.Order(StringComparer.Ordinal), again.Keys.Order(StringComparer.Ordinal));
        Assert.All(first, f => Assert.True(f.Value.AsSpan().SequenceEqual(again[f.Key]), $"{f.Key} differs between two runs with seed 1"));

        bool Same(string path) => other.TryGetValue(path, out var bytes) && bytes.AsSpan().SequenceEqual(first[path]);
        var bulletins = first.Keys.Where(p => p.StartsWith("content/bulletins/", StringComparison.Ordinal)).ToArray();
        Assert.Equal(Count, bulletins.Length);
        Assert.True(bulletins.Count(Same) < Count / 10, $"{bulletins.Count(Same)} of {Count} bulletins are the same with seed 2 as with seed 1");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void The_site_builds_cleanly_with_the_units_elections_tags_and_bodies_the_benchmark_needs(int seed)
    {
        var site = Build(Write("site", seed)).Site!;

        Assert.Equal(Count, site.Bulletins.Count);
        Assert.InRange(site.Units.Count, 75, 85);
        Assert.InRange(site.Units.Select(u => u.Polda).Distinct().Count(), 18, 22);
        Assert.Equal(6, site.Elections.Count);
        Assert.InRange(site.TermsOf(TermKind.Tag).Count, 40, 50);
        Assert.True(site.Bulletins.Select(b => b.Date.Year).Distinct().Count() >= 4, "dates should spread over several years");

        foreach (var bulletin in site.Bulletins)
        {
            var words = bulletin.Body.PlainText.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Length;
            Assert.True(words is >= 300 and <= 700, $"{bulletin.SourcePath} has {words} words");
            var html = bulletin.Body.Html;
            Assert.Matches(Heading(), html);
            Assert.Contains("<li>", html);
            Assert.Contains("<strong>", html);
            Assert.Matches(Link(), html);
        }
    }

    [GeneratedRegex("<h[2-6][ >]")]
    private static partial Regex Heading();

    [GeneratedRegex("<a href=\"https?://")]
    private static partial Regex Link();
}
