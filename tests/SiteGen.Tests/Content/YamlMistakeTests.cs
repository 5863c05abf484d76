using SiteGen.Tests.Support;

namespace SiteGen.Tests.Content;

/// <summary>
/// The YAML mistakes writers make most, each told in plain words at the line where it is (never in the YAML reader's own
/// terms, "plain scalar", "mapping"), with what to write instead.
/// </summary>
public sealed class YamlMistakeTests
{
    private static string Only(string frontMatter)
    {
        using var site = new TestSite($"-- content/bulletins/a.md --\n---\n{frontMatter}\n---\nIsi.\n");
        var problem = Assert.Single(site.Build().Diagnostics);
        Assert.DoesNotContain("scalar", problem.Message);
        Assert.DoesNotContain("mapping", problem.Message);
        return problem.ToString();
    }

    [Fact]
    public void An_unclosed_quote_is_reported_where_it_opens()
    {
        Assert.Equal("content/bulletins/a.md:2:8: error SG0102: the quote (\") opened here is never closed; end the text with \" on the same line, or remove the quote",
            Only("title: \"Rapat Koordinasi\nunit: Polres Blitar\ndate: 2024-09-20\nelection: Pemilu 2024"));
        Assert.Equal("content/bulletins/a.md:2:8: error SG0102: the quote (') opened here is never closed; end the text with ' on the same line, or remove the quote",
            Only("title: 'Rapat Koordinasi\nunit: Polres Blitar\ndate: 2024-09-20\nelection: Pemilu 2024"));
    }

    [Fact]
    public void A_colon_inside_an_unquoted_value_gives_the_line_in_quotes()
    {
        Assert.Equal("content/bulletins/a.md:6:10: error SG0102: the value of 'summary' holds ': ', which is read as the start of another setting; put the value in quotes, write: summary: \"Rapat: membahas pengamanan TPS\"",
            Only("title: Rapat\nunit: Polres Blitar\ndate: 2024-09-20\nelection: Pemilu 2024\nsummary: Rapat: membahas pengamanan TPS"));
    }

    [Fact]
    public void A_list_item_under_a_key_that_has_its_text_is_not_silently_more_text()
    {
        // YAML reads this as the one tag "netralitas - patroli".
        Assert.Equal("content/bulletins/a.md:7:3: error SG0102: '- patroli' is read as more of the text of 'tags' ('netralitas - patroli'), not as a list item, because 'tags:' already has text on its line; write the list in brackets, e.g. tags: [a, b], or write 'tags:' alone with each item on its own line under it",
            Only("title: Rapat\nunit: Polres Blitar\ndate: 2024-09-20\nelection: Pemilu 2024\ntags: netralitas\n  - patroli"));
    }

    [Fact]
    public void A_list_item_that_belongs_to_no_key_says_how_to_write_a_list()
    {
        Assert.Equal("content/bulletins/a.md:3:1: error SG0102: this list item belongs to no key: 'title' above already has its value on its own line; write the key alone on a line with the items under it, or write the list in brackets, e.g. tags: [netralitas, patroli]",
            Only("title: Rapat\n- netralitas\nunit: Polres Blitar\ndate: 2024-09-20\nelection: Pemilu 2024"));
    }

    [Fact]
    public void An_indented_setting_is_reported_at_its_line()
    {
        Assert.Equal("content/bulletins/a.md:4:3: error SG0102: this line is indented, so it is read as part of the line above; start 'date:' at the beginning of the line: date: 2024-09-20",
            Only("title: Rapat\nunit: Polres Blitar\n  date: 2024-09-20\nelection: Pemilu 2024"));
    }

    [Fact]
    public void An_unclosed_bracket_is_reported_at_its_line()
    {
        Assert.Equal("content/bulletins/a.md:6:7: error SG0102: the '[' that starts a list on this line is never closed; end the list with ']' on the same line",
            Only("title: Rapat\nunit: Polres Blitar\ndate: 2024-09-20\nelection: Pemilu 2024\ntags: [netralitas, patroli"));
    }

    [Fact]
    public void Text_after_a_closing_quote_gives_the_whole_value_in_quotes()
    {
        Assert.Equal("content/bulletins/a.md:2:16: error SG0102: text follows the closing quote; put the whole value in quotes, write: title: '\"Rapat\" Koordinasi'",
            Only("title: \"Rapat\" Koordinasi\nunit: Polres Blitar\ndate: 2024-09-20\nelection: Pemilu 2024"));
    }

    [Fact]
    public void A_missing_space_after_the_colon_is_named()
    {
        Assert.Equal("content/bulletins/a.md:3:6: error SG0102: put a space after the colon, write: unit: Polres Blitar",
            Only("title: Rapat\nunit:Polres Blitar\ndate: 2024-09-20\nelection: Pemilu 2024"));
    }

    [Fact]
    public void A_tab_before_a_key_is_reported_at_its_line_with_the_correction_that_reads()
    {
        using var site = new TestSite("-- content/bulletins/a.md --\n---\ntitle: Rapat\n\tunit: Polres Blitar\ndate: 2024-09-20\nelection: Pemilu 2024\n---\nIsi.\n");
        var problem = Assert.Single(site.Build().Diagnostics);
        Assert.Equal("content/bulletins/a.md:3:1: error SG0102: this line starts with a tab, but YAML takes only spaces at the start of a line, and this line needs no indentation; remove the tab", problem.ToString());
        Assert.Equal(new SiteGen.Diagnostics.LineFix(3, "\tunit: Polres Blitar", "unit: Polres Blitar"), problem.Fix);
    }

    [Fact]
    public void A_tab_in_units_yaml_is_reported_at_its_line_too()
    {
        using var site = new TestSite("-- content/units.yaml --\n- name: Polres Blitar\n\tpolda: Polda Jawa Timur\n  region: Kabupaten Blitar\n");
        var problem = Assert.Single(site.Build().Diagnostics, d => d.Code == "SG0102");
        Assert.Equal(("content/units.yaml", 2), (problem.Path, problem.Line));
        Assert.Equal(new SiteGen.Diagnostics.LineFix(2, "\tpolda: Polda Jawa Timur", "  polda: Polda Jawa Timur"), problem.Fix);
    }
}
