using System.Diagnostics;
using System.Text;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Loading;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Content;

/// <summary>
/// Markdown nested beyond reason is a clear error at its line, found quickly, never a crash or a hang; and a long text
/// of one shape that once took time growing with the square of its length (minutes for a few hundred KB) is read at once.
/// </summary>
public sealed class MarkdownLimitsTests
{
    private const string Head = "---\ntitle: Dalam\nunit: Polres Blitar\ndate: 2024-09-20\nelection: Pemilu 2024\n---\n";

    public static TheoryData<string, string, int> Shapes() => new()
    {
        { "quotes", new string('>', 100_000) + " teks\n", 7 },
        { "lists", string.Concat(Enumerable.Range(0, 3000).Select(i => new string(' ', 2 * i) + "- x\n")), 207 },
        { "emphasis", "a " + new string('*', 50_000) + "x" + new string('*', 50_000) + "\n", 7 },
        { "brackets", "a " + new string('[', 50_000) + "x" + new string(']', 50_000) + "\n", 7 },
        { "tildes", string.Concat(Enumerable.Repeat("a ~~", 500_000)) + "\n", 7 },
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

    /// <summary>Bounds only a hang: each of these takes a few seconds now, and took from minutes to hours before.</summary>
    private static readonly TimeSpan HangBound = TimeSpan.FromSeconds(90);

    public static TheoryData<string, int, bool, string> LongShapes() => new()
    {
        // Markdig numbered a repeated heading by trying "-1", "-2", … from the start each time.
        { "# Judul\n", 2_000_000, false, "id=\"judul-249999\"" },
        // Markdig read an unclosed "(" after "]" to the end of the address, or a title in parentheses to the paragraph's end, at every "]".
        { "[a](", 2_000_000, false, "[a]([a](" },
        { "[ (](", 2_000_000, false, "[ (]([ (](" },
        // Markdig moved every later line up one place, and looked through all definitions so far, for each definition.
        { "[r{0}]: https://example.org/{0}\n", 5_000_000, false, "<p>Akhir <a href=\"https://example.org/0\">r0</a>.</p>" },
        { "[r{0}]: /{0}\n===\n", 1_000_000, false, "<p>Akhir <a href=\"/0\">r0</a>.</p>" },
        // Markdig read the rest of the paragraph for each run of backticks with no run of the same length after it
        // ("`{0}e" is written as runs of 1, 2, 3, … backticks, each followed by "e").
        { "`{0}e", 10_000_000, false, "e````" },
        // Raw HTML: Markdig looked for "-->" through the rest of the paragraph at every "<!--"; SiteGen counted the lines
        // before each address in a block of tags from the block's start.
        { "a <!--", 1_000_000, true, "a &lt;!--a &lt;!--" },
        { "<img src=\"https://example.org/{0}.jpg\" alt=\"\">\n", 3_000_000, true, "<img src=\"https://example.org/0.jpg\" alt=\"\">" },
    };

    [Theory]
    [MemberData(nameof(LongShapes))]
    public async Task A_long_text_of_one_shape_is_read_without_hanging(string piece, int size, bool unsafeHtml, string expected)
    {
        var text = new StringBuilder(size + 100);
        for (var i = 0; text.Length < size; i++)
            text.Append(piece.StartsWith('`') ? new string('`', i + 1) + "e" : piece.Replace("{0}", i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        text.Append("\n\nAkhir [r0].\n");
        var renderer = new MarkdownRenderer(unsafeHtml, new ResourceResolver(new Dictionary<string, SourceFile>()), "/");
        var diagnostics = new DiagnosticBag();
        var reading = Task.Run(() => renderer.Render(text.ToString(), "content/bulletins/panjang.md", 7, diagnostics));
        var finished = await Task.WhenAny(reading, Task.Delay(HangBound));
        Assert.True(finished == reading, $"{size:N0} characters of '{piece.Trim()}' still not read after {HangBound.TotalSeconds} s");
        var html = (await reading).Html;
        Assert.Empty(diagnostics.ToSortedList());
        Assert.Contains(expected, html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_thousand_footnotes_are_read_and_one_more_is_an_error_at_its_definition_found_without_parsing()
    {
        static string Notes(int count) => string.Concat(Enumerable.Range(1, count).Select(i => $"Teks[^{i}].\n\n[^{i}]: Catatan {i}.\n\n"));
        var renderer = new MarkdownRenderer(false, new ResourceResolver(new Dictionary<string, SourceFile>()), "/");

        var diagnostics = new DiagnosticBag();
        var html = renderer.Render(Notes(1000), "content/bulletins/catatan.md", 7, diagnostics).Html;
        Assert.Empty(diagnostics.ToSortedList());
        Assert.Contains("Catatan 1000.", html, StringComparison.Ordinal);

        // 150,000 notes (6 MB) took minutes; the limit is found in one pass over the lines. A reference at a line's start is not a definition.
        var text = "[^1] dirujuk di awal baris.\n\n" + Notes(150_000);
        var error = Assert.Single(Run(renderer, text));
        Assert.Equal(("SG0216", 7 + 2 + 4 * 1000 + 2), (error.Code, error.Line));
        Assert.Contains("1000", error.Message, StringComparison.Ordinal);
    }

    private static IReadOnlyList<Diagnostic> Run(MarkdownRenderer renderer, string text)
    {
        var diagnostics = new DiagnosticBag();
        var reading = Task.Run(() => renderer.Render(text, "content/bulletins/catatan.md", 7, diagnostics));
        Assert.True(reading.Wait(HangBound), $"still not read after {HangBound.TotalSeconds} s");
        return diagnostics.ToSortedList();
    }
}
