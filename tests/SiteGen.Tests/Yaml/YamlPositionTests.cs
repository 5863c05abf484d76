using SiteGen.Diagnostics;
using SiteGen.Yaml;

namespace SiteGen.Tests.Yaml;

public sealed class YamlPositionTests
{
    [Fact]
    public void Positions_point_into_the_markdown_file_not_the_yaml_block()
    {
        var diagnostics = new DiagnosticBag();
        var root = (YamlMapping)YamlDocumentReader.Read("title: A\ntags:\n  - x\n  - y\n", "a.md", lineOffset: 1, diagnostics)!;
        Assert.Equal(new SourcePosition("a.md", 2, 1), root.Find("title")!.Key.Position);
        var tags = (YamlSequence)root.Find("tags")!.Value;
        Assert.Equal(5, tags.Items[1].Position.Line);
        Assert.Equal(5, tags.Items[1].Position.Column);
    }

    [Fact]
    public void Values_are_kept_as_written_without_type_guessing()
    {
        var root = (YamlMapping)YamlDocumentReader.Read("a: 08\nb: no\nc: 2024-09-20\nd: 1e3\n", "x.yaml", 0, new DiagnosticBag())!;
        Assert.Equal(["08", "no", "2024-09-20", "1e3"], root.Entries.Select(e => ((YamlScalar)e.Value).Value));
    }

    [Fact]
    public void Billion_laughs_is_refused_at_the_first_anchor()
    {
        var yaml = "a: &a [x, x]\nb: &b [*a, *a]\nc: &c [*b, *b]\nd: [*c, *c]\n";
        var diagnostics = new DiagnosticBag();
        Assert.Null(YamlDocumentReader.Read(yaml, "x.yaml", 0, diagnostics));
        Assert.Contains(diagnostics.ToSortedList(), d => d.Code == DiagnosticCodes.YamlUnsupported && d.Line == 1);
    }

    [Fact]
    public void A_control_character_is_a_syntax_error_at_its_place_not_a_crash()
    {
        // Found by the data-file fuzz test: after the NUL YamlDotNet read an alias, then ended the mapping where a value should be.
        var yaml = "title: Buletin\ndescription: Rilis " + new string('*', 240) + "\0" + new string('*', 100) + "Pemilu\nbase_url: https://example.org/\n";
        var diagnostics = new DiagnosticBag();
        Assert.Null(YamlDocumentReader.Read(yaml, "sitegen.yaml", 0, diagnostics));
        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(("sitegen.yaml", 2, 260, DiagnosticCodes.YamlSyntax), (error.Path, error.Line, error.Column, error.Code));
        Assert.Contains("U+0000", error.Message);
    }

    [Fact]
    public void Deep_nesting_is_refused_not_a_crash()
    {
        var yaml = "a: " + new string('[', 5000) + new string(']', 5000) + "\n";
        var diagnostics = new DiagnosticBag();
        Assert.Null(YamlDocumentReader.Read(yaml, "x.yaml", 0, diagnostics));
        Assert.True(diagnostics.HasErrors);
    }

    [Fact]
    public async Task A_long_run_of_brackets_in_front_matter_is_an_error_at_its_line_without_hanging()
    {
        // 300,000 '[' took minutes: YamlDotNet's scanner takes time growing with the depth for each bracket, and the
        // reader went on through all of them after finding the nesting too deep.
        var text = "---\ntitle: Uji\nunit: Polres Blitar\ndate: 2024-09-20\nelection: Pemilu 2024\ntags: " + new string('[', 300_000) + "\n---\nTeks.\n";
        using var site = new Support.TestSite("-- content/bulletins/dalam.md --\n" + text);
        var building = Task.Run(() => site.Build());
        Assert.True(await Task.WhenAny(building, Task.Delay(TimeSpan.FromSeconds(90))) == building, "the build still runs after 90 s");
        var error = Assert.Single((await building).Diagnostics, d => d.IsError);
        Assert.Equal(("SG0103", "content/bulletins/dalam.md", 6), (error.Code, error.Path, error.Line));
        Assert.Contains("nested more than 64 levels deep", error.Message, StringComparison.Ordinal);
    }
}
