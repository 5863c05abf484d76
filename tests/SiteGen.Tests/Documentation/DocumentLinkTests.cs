using System.Text;
using System.Text.RegularExpressions;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Documentation;

/// <summary>
/// The documentation is split over README.md, docs/*.md and bench/README.md, and the files <c>sitegen init</c> writes
/// point into it: every relative link must lead to a file of the repository, and every <c>#anchor</c> to a heading
/// of the page it names, as GitHub makes heading ids, so that moving a section cannot leave a reader at a dead end.
/// </summary>
public sealed partial class DocumentLinkTests
{
    private static IEnumerable<string> Documents() =>
        new[] { Path.Combine(RepoPaths.Root, "README.md"), Path.Combine(RepoPaths.Root, "bench", "README.md") }
            .Concat(Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "docs"), "*.md"))
            .Order(StringComparer.Ordinal);

    [Fact]
    public void Every_relative_link_of_the_documentation_leads_to_a_file_and_heading_that_exist()
    {
        var broken = new List<string>();
        var links = 0;
        foreach (var document in Documents())
            foreach (var (line, target) in RelativeLinks(File.ReadAllText(document)))
            {
                links++;
                if (Problem(document, target) is { } problem)
                    broken.Add($"{Path.GetRelativePath(RepoPaths.Root, document)}:{line}: ({target}) {problem}");
            }
        Assert.True(links > 50, $"only {links} relative links were found: the reading of links is broken");
        Assert.True(broken.Count == 0, string.Join('\n', broken));
    }

    [Fact]
    public void The_links_a_new_site_is_given_into_sitegens_documentation_lead_to_a_file_and_heading_that_exist()
    {
        var broken = new List<string>();
        var links = 0;
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "src", "SiteGen", "Starter", "Files")).Order(StringComparer.Ordinal))
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
                foreach (Match link in StarterDocLink().Matches(lines[i]))
                {
                    links++;
                    if (Problem(Path.Combine(RepoPaths.Root, "README.md"), link.Groups["target"].Value) is { } problem)
                        broken.Add($"{Path.GetRelativePath(RepoPaths.Root, file)}:{i + 1}: ({link.Value}) {problem}");
                }
        }
        Assert.True(links >= 2, $"the new site's files hold {links} links into docs/; the reading of links is broken");
        Assert.True(broken.Count == 0, string.Join('\n', broken));
    }

    [Theory]
    [InlineData("Installing the `sitegen` tool", "installing-the-sitegen-tool")]
    [InlineData("`sitegen init` — start an office's site", "sitegen-init--start-an-offices-site")]
    [InlineData("Site settings (`sitegen.yaml`)", "site-settings-sitegenyaml")]
    [InlineData("[Tag](menulis-buletin.md) dan *alamat* `image_alt`", "tag-dan-alamat-image_alt")]
    public void Heading_ids_are_made_as_github_makes_them(string heading, string id) =>
        Assert.Equal(id, HeadingId(heading));

    [Fact]
    public void A_link_to_a_missing_file_or_heading_is_reported_and_links_in_code_are_not_read()
    {
        using var temp = new TempFolder();
        temp.Write("docs/a.md", "# A\n\n## Same\n\n## Same\n\n[ok](b.md#b) [ok](#same-1) `[code](x.md)`\n\n```\n[code](y.md)\n```\n[bad](c.md) [bad](b.md#nothing) [web](https://example.org/x.md)\n[two\nlines](b.md)\n");
        temp.Write("docs/b.md", "# B\n");
        var document = temp.Combine("docs/a.md");
        (int, string, string?)[] expected =
            [(7, "b.md#b", null), (7, "#same-1", null), (12, "c.md", "no such file"), (12, "b.md#nothing", "b.md has no heading with the id 'nothing'"),
             (14, "lines](b.md)", "no such file")];
        Assert.Equal(expected, RelativeLinks(File.ReadAllText(document)).Select(l => (l.Line, l.Target, Problem(document, l.Target))));
    }

    /// <summary>What is wrong with a link of <paramref name="document"/> to <paramref name="target"/>; null when nothing is.</summary>
    private static string? Problem(string document, string target)
    {
        var hash = target.IndexOf('#', StringComparison.Ordinal);
        var path = Uri.UnescapeDataString(hash < 0 ? target : target[..hash]);
        var anchor = hash < 0 ? null : target[(hash + 1)..];
        var file = path.Length == 0 ? document : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(document)!, path));
        if (!File.Exists(file) && !Directory.Exists(file)) return "no such file";
        if (anchor is null) return null;
        if (!file.EndsWith(".md", StringComparison.Ordinal)) return "an anchor into a file that is not Markdown";
        return HeadingIds(File.ReadAllText(file)).Contains(anchor) ? null : $"{Path.GetFileName(file)} has no heading with the id '{anchor}'";
    }

    /// <summary>The links of a Markdown text that are neither web addresses nor written inside code, with their lines.</summary>
    private static IEnumerable<(int Line, string Target)> RelativeLinks(string markdown)
    {
        var lines = markdown.Split('\n');
        var inFence = false;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].TrimStart().StartsWith("```", StringComparison.Ordinal)) { inFence = !inFence; continue; }
            if (inFence) continue;
            var text = CodeSpan().Replace(lines[i], "");
            var links = InlineLink().Matches(text);
            // A link whose text begins on an earlier line would not be read here: such a line is reported as it is.
            if (links.Count != text.Split("](").Length - 1) yield return (i + 1, text.Trim());
            foreach (Match link in links)
            {
                var target = link.Groups["target"].Value;
                if (!Scheme().IsMatch(target)) yield return (i + 1, target);
            }
        }
    }

    /// <summary>The ids GitHub gives the headings of a Markdown text (outside code blocks); a repeated one gets -1, -2, ….</summary>
    private static HashSet<string> HeadingIds(string markdown)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var inFence = false;
        foreach (var line in markdown.Split('\n'))
        {
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal)) { inFence = !inFence; continue; }
            if (inFence || Heading().Match(line) is not { Success: true } heading) continue;
            var id = HeadingId(heading.Groups["text"].Value);
            var unique = id;
            for (var n = 1; !ids.Add(unique); n++) unique = $"{id}-{n}";
        }
        return ids;
    }

    /// <summary>GitHub's id for a heading: the text as shown, in lower case, without punctuation, spaces as hyphens.</summary>
    private static string HeadingId(string heading)
    {
        var shown = InlineLink().Replace(heading, m => m.Groups["text"].Value);
        var id = new StringBuilder();
        foreach (var c in shown.Trim().ToLowerInvariant())
        {
            if (c == ' ') id.Append('-');
            else if (c == '-' || c == '_' || char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
                id.Append(c);
        }
        return id.ToString();
    }

    [GeneratedRegex(@"!?\[(?<text>[^\]]*)\]\((?<target>[^)\s]+)(?:\s+""[^""]*"")?\)")]
    private static partial Regex InlineLink();

    [GeneratedRegex(@"`[^`]*`")]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"^[a-zA-Z][a-zA-Z0-9+.-]*:")]
    private static partial Regex Scheme();

    [GeneratedRegex(@"^#{1,6}\s+(?<text>.*?)\s*#*\s*$")]
    private static partial Regex Heading();

    /// <summary>A link in the new site's files to a page of SiteGen's repository at the installed version.</summary>
    [GeneratedRegex(@"https://github\.com/%%ACTION%%/blob/v%%VERSION%%/(?<target>[^\s)]+)")]
    private static partial Regex StarterDocLink();
}
