using SiteGen.Tests.Support;

namespace SiteGen.Tests.Model;

/// <summary>Tags read as words: shown as their writers spell them most, or as content/tags.yaml names them, never as the address form.</summary>
public sealed class TagNameTests
{
    private static string Bulletin(string name, string date, string tags) => $"""
        -- content/bulletins/{name}.md --
        ---
        title: Buletin {name}
        unit: Polres Blitar
        date: {date}
        election: Pilkada Serentak 2024
        tags: [{tags}]
        ---
        Isi {name}.

        """;

    [Fact]
    public void A_tag_is_shown_as_most_writers_spell_it_and_its_address_stays_the_slug()
    {
        using var site = new TestSite(
            Bulletin("a", "2024-09-01", "TPS, Netralitas") + Bulletin("b", "2024-09-02", "tps, netralitas") + Bulletin("c", "2024-09-03", "TPS, netralitas")).BuildOk();
        var tags = site.Html("tag/index.html").QuerySelectorAll(".tag-cloud a").Select(a => a.TextContent.Split(" (")[0]).ToArray();
        Assert.Equal(["netralitas", "TPS"], tags);
        Assert.Equal("/tag/tps/", site.Html("2024/09/a/index.html").QuerySelector(".tags a[href='/tag/tps/']")!.GetAttribute("href"));
        Assert.Equal("Tag: TPS", site.Html("tag/tps/index.html").QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void A_tag_written_only_in_its_address_form_is_shown_with_spaces_and_any_spelling_with_words_wins()
    {
        using var site = new TestSite(
            Bulletin("a", "2024-09-01", "operasi-mantap-praja, cooling-system") + Bulletin("b", "2024-09-02", "operasi-mantap-praja, cooling-system")
            + Bulletin("c", "2024-09-03", "Operasi Mantap Praja")).BuildOk();
        var shown = site.Html("2024/09/a/index.html").QuerySelectorAll(".tags a").Select(a => a.TextContent).ToArray();
        Assert.Equal(["Operasi Mantap Praja", "cooling system"], shown);
    }

    [Fact]
    public void Tags_yaml_gives_a_tag_its_name_and_a_description_for_its_page()
    {
        using var site = new TestSite(Bulletin("a", "2024-09-01", "tps, operasi-mantap-praja") + """
            -- content/tags.yaml --
            - tag: Operasi Mantap Praja
              name: Operasi Mantap Praja
              description: Operasi kepolisian untuk mengamankan Pilkada Serentak 2024.
            - tag: tps
              name: TPS
            """).BuildOk();
        Assert.Empty(site.Diagnostics);
        var page = site.Html("tag/operasi-mantap-praja/index.html");
        Assert.Equal("Tag: Operasi Mantap Praja", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("Operasi kepolisian untuk mengamankan Pilkada Serentak 2024.", page.QuerySelector(".term-header .lead")!.TextContent);
        Assert.Equal("Operasi kepolisian untuk mengamankan Pilkada Serentak 2024.", page.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.Equal(["TPS", "Operasi Mantap Praja"], site.Html("2024/09/a/index.html").QuerySelectorAll(".tags a").Select(a => a.TextContent));
        // The search index knows the tag by its name too.
        Assert.Contains("Operasi Mantap Praja", site.Text("cari/index.html") + string.Concat(site.Result.Files.Where(f => f.Path.StartsWith("search/manifest", StringComparison.Ordinal)).Select(f => System.Text.Encoding.UTF8.GetString(f.Bytes))));
    }

    [Fact]
    public void A_tags_yaml_entry_no_bulletin_carries_is_a_warning_that_suggests_the_tag_meant()
    {
        using var site = new TestSite(Bulletin("a", "2024-09-01", "netralitas") + """
            -- content/tags.yaml --
            - tag: netralitass
              name: Netralitas
            """);
        var warning = Assert.Single(site.Build().Diagnostics);
        Assert.Equal("content/tags.yaml:1:8: warning SG0115: no bulletin carries the tag 'netralitass'; did you mean 'netralitas'?", warning.ToString());
        Assert.False(site.Result.HasErrors);
    }
}
