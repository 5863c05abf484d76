using System.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Content;

/// <summary>Markdown nested beyond reason is a clear error at its line, found quickly, never a crash or a hang.</summary>
public sealed class MarkdownLimitsTests
{
    private const string Head = "---\ntitle: Dalam\nunit: Polres Blitar\ndate: 2024-09-20\nelection: Pemilu 2024\n---\n";

    public static TheoryData<string, string, int> Shapes() => new()
    {
        { "quotes", new string('>', 100_000) + " teks\n", 7 },
        { "lists", string.Concat(Enumerable.Range(0, 3000).Select(i => new string(' ', 2 * i) + "- x\n")), 207 },
        { "emphasis", "a " + new string('*', 50_000) + "x" + new string('*', 50_000) + "\n", 7 },
        { "brackets", "a " + new string('[', 50_000) + "x" + new string(']', 50_000) + "\n", 7 },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Deep_nesting_is_an_error_at_its_line(string name, string body, int line)
    {
        using var site = new TestSite($"-- content/bulletins/{name}.md --\n{Head}{body}");
        var clock = Stopwatch.StartNew();
        var error = Assert.Single(site.Build().Diagnostics);
        Assert.Equal(("SG0216", line), (error.Code, error.Line));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
    }
}
