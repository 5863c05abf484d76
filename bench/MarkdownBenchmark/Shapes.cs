using System.Text;

namespace SiteGen.Bench;

/// <summary>
/// Bulletin bodies built to a given size from one repeated piece: the shapes that make Markdown parsers slow (cmark's
/// pathological tests, Markdig's extensions) and a plain one to compare with.
/// </summary>
internal static class Shapes
{
    private const string Head = "---\ntitle: Uji\nunit: Polres Blitar\ndate: 2024-09-20\nelection: Pemilu 2024\n---\n";

    /// <summary>Name, whether raw HTML is on (markdown.unsafe_html), and the bulletin file of about the given size in bytes.</summary>
    public static IEnumerable<(string Name, bool UnsafeHtml, Func<int, string> File)> All =>
        Bodies.Select(b => (b.Name, b.UnsafeHtml, (Func<int, string>)(n => Head + b.Body(n)))).Concat(FrontMatters);

    private static readonly (string Name, bool UnsafeHtml, Func<int, string> File)[] FrontMatters =
    [
        ("front matter: many tags", false, FrontMatterTags),
        ("front matter: long title", false, n => Head.Replace("title: Uji", "title: " + new string('a', n))),
        ("front matter: long quoted title", false, n => Head.Replace("title: Uji", "title: \"" + Repeat("a\\t", n).TrimEnd() + "\"")),
        ("front matter: folded title", false, n => Head.Replace("title: Uji", "title: >\n" + Repeat("  baris judul\n", n))),
        ("front matter: many keys", false, n => Head.Replace("title: Uji", "title: Uji\n" + Numbered(i => $"k{i}: v\n", n))),
        ("front matter: [ flow run", false, n => Head.Replace("title: Uji", "title: Uji\ntags: " + new string('[', n))),
    ];

    private static readonly (string Name, bool UnsafeHtml, Func<int, string> Body)[] Bodies =
    [
        ("plain paragraphs", false, n => Repeat("Apel gelar pasukan pengamanan Pilkada di halaman Polres Blitar berjalan tertib.\n\n", n)),
        ("# headings", false, n => Repeat("# Judul\n", n)),
        ("# headings, all different", false, n => Numbered(i => $"# Judul {i}\n", n)),
        ("[a]( unclosed links", false, n => Repeat("[a](", n)),
        ("[a](b unclosed links", false, n => Repeat("[a](b", n)),
        ("[a](<b unclosed links", false, n => Repeat("[a](<b", n)),
        ("[ (]( links", false, n => Repeat("[ (](", n)),
        ("[a openers", false, n => Repeat("[a", n)),
        ("a] closers", false, n => Repeat("a]", n)),
        ("[ run", false, n => Line('[', n)),
        ("![ run", false, n => Repeat("![", n)),
        ("[^ run", false, n => Repeat("[^", n)),
        ("[^1] references", false, n => "Teks.[^1]\n\n[^1]: Catatan.\n\n" + Repeat("[^1]", n)),
        ("[^n] footnotes", false, n => Numbered(i => $"Teks[^{i}].\n\n[^{i}]: Catatan {i}.\n\n", n)),
        ("* run", false, n => Line('*', n)),
        ("_ run", false, n => Line('_', n)),
        ("*a openers", false, n => Repeat("*a ", n)),
        ("_a openers", false, n => Repeat("_a ", n)),
        ("a_ closers", false, n => Repeat("a_ ", n)),
        ("*a_ mismatched", false, n => Repeat("*a_ ", n)),
        ("c* closers after a**b", false, n => "a**b" + Repeat("c* ", n)),
        ("[ a_ links and emphasis", false, n => Repeat("[ a_", n)),
        ("` run", false, n => Line('`', n)),
        ("`a openers", false, n => Repeat("`a ", n)),
        ("e` e`` e``` backticks", false, n => Backticks(n)),
        ("< run", false, n => Line('<', n)),
        ("<a openers", false, n => Repeat("<a ", n)),
        ("< run, raw HTML on", true, n => Line('<', n)),
        ("<a openers, raw HTML on", true, n => Repeat("<a ", n)),
        ("<!-- unclosed, raw HTML on", true, n => "</" + Repeat("<!--", n)),
        ("<img name> tags, raw HTML on", true, n => Repeat("<img name=\"x\" src=\"a.png\" alt=\"\">\n", n)),
        ("table, many columns", false, n => Table(n)),
        ("table, many rows", false, n => "a|b\n-|-\n" + Repeat("x\n", n)),
        ("| run", false, n => Line('|', n)),
        ("link reference definitions", false, n => Numbered(i => $"[r{i}]: https://example.org/{i}\n", n / 2) + Numbered(i => $"[r{i}] ", n / 2)),
        ("[x] unknown references", false, n => Repeat("[x] ", n)),
        ("www. autolink text", false, n => Line("www.a", n)),
        ("http:// autolink text", false, n => Line("http://a", n)),
        ("a@b. mail-like text", false, n => Line("a@b.", n)),
        ("entities &amp;", false, n => Repeat("&amp;", n)),
        ("entities &#9999999", false, n => Repeat("&#9999999", n)),
        ("\\ escapes", false, n => Line("\\*", n)),
        ("long line of words", false, n => Line("kata ", n)),
    ];

    private static string Repeat(string piece, int size)
    {
        var builder = new StringBuilder(size + piece.Length);
        while (builder.Length < size) builder.Append(piece);
        return builder.Append('\n').ToString();
    }

    private static string Line(char c, int size) => "a " + new string(c, size) + "\n";

    private static string Line(string piece, int size) => "a " + Repeat(piece, size);

    private static string Numbered(Func<int, string> piece, int size)
    {
        var builder = new StringBuilder(size + 100);
        for (var i = 0; builder.Length < size; i++) builder.Append(piece(i));
        return builder.ToString();
    }

    /// <summary>e`e``e```… : every run of backticks a different length, so no code span ever closes.</summary>
    private static string Backticks(int size)
    {
        var builder = new StringBuilder(size + 100);
        for (var i = 1; builder.Length < size; i++) builder.Append('e').Append('`', i);
        return builder.Append('\n').ToString();
    }

    private static string Table(int size)
    {
        var columns = Math.Max(2, size / 8);
        var builder = new StringBuilder(size + 100);
        for (var i = 0; i < columns; i++) builder.Append("|a");
        builder.Append("|\n");
        for (var i = 0; i < columns; i++) builder.Append("|-");
        builder.Append("|\n");
        for (var i = 0; i < columns; i++) builder.Append("|b");
        return builder.Append("|\n").ToString();
    }

    /// <summary>Front matter of the given size: a long list of tags (YAML is read for every build, too).</summary>
    private static string FrontMatterTags(int size)
    {
        var builder = new StringBuilder(size + 100);
        builder.Append("---\ntitle: Uji\nunit: Polres Blitar\ndate: 2024-09-20\nelection: Pemilu 2024\ntags:\n");
        for (var i = 0; builder.Length < size; i++) builder.Append("  - tag ").Append(i).Append('\n');
        return builder.Append("---\nTeks.\n").ToString();
    }
}
