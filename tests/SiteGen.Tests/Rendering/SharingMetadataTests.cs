using System.Text.Json;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering;

/// <summary>What chat apps and search engines read from a page: Open Graph, Twitter cards, JSON-LD and the canonical link.</summary>
public sealed class SharingMetadataTests
{
    private const string Files = """
        -- content/bulletins/a.md --
        ---
        title: "FGD </script><script>alert(1)</script> Netralitas"
        unit: Polres Blitar
        date: 2024-09-20T09:30:00
        election: Pilkada Serentak 2024
        tags: [netralitas]
        summary: "Ringkasan \"kutip\" & <b>tebal</b>"
        location: Aula Polres Blitar
        image: foto.jpg
        image_alt: Peserta FGD
        ---
        Isi.
        -- content/bulletins/foto.jpg --
        @image 1600x900
        """;

    [Fact]
    public void Bulletin_pages_carry_open_graph_and_twitter_tags()
    {
        using var site = new TestSite(Files).BuildOk();
        var path = site.Result.Site!.Bulletins[0].Path;
        var page = site.Html(path + "index.html");
        string Meta(string selector) => page.QuerySelector(selector)!.GetAttribute("content")!;
        Assert.Equal("FGD </script><script>alert(1)</script> Netralitas", Meta("meta[property='og:title']"));
        Assert.Equal("article", Meta("meta[property='og:type']"));
        Assert.Equal("id_ID", Meta("meta[property='og:locale']"));
        Assert.Equal("Situs Uji", Meta("meta[property='og:site_name']"));
        Assert.Equal("https://example.org/" + path, Meta("meta[property='og:url']"));
        Assert.Equal("https://example.org/" + path + "foto-1600.jpg", Meta("meta[property='og:image']"));
        Assert.Equal("summary_large_image", Meta("meta[name='twitter:card']"));
        Assert.Equal("Ringkasan \"kutip\" & <b>tebal</b>", Meta("meta[name='twitter:description']"));
        Assert.Equal("https://example.org/" + path, page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Fact]
    public void Without_its_own_picture_a_bulletin_is_shared_with_the_first_described_picture_of_its_text()
    {
        using var site = new TestSite("""
            -- content/bulletins/a.md --
            ---
            title: Patroli Malam
            unit: Polres Blitar
            date: 2024-09-20
            election: Pilkada Serentak 2024
            ---
            Isi. ![](hiasan.png) Lalu ![Personel berpatroli di depan kantor KPU](patroli.jpg).
            -- content/bulletins/hiasan.png --
            @image 800x200 png
            -- content/bulletins/patroli.jpg --
            @image 2000x1000
            -- content/bulletins/b.md --
            ---
            title: Apel Pagi
            unit: Polres Blitar
            date: 2024-09-21
            election: Pilkada Serentak 2024
            ---
            Hanya ![](hiasan.png).
            """).BuildOk();
        var page = site.Html("2024/09/a/index.html");
        string Meta(string selector) => page.QuerySelector(selector)!.GetAttribute("content")!;
        Assert.Equal("https://example.org/2024/09/a/patroli-1600.jpg", Meta("meta[property='og:image']"));
        Assert.Equal("Personel berpatroli di depan kantor KPU", Meta("meta[property='og:image:alt']"));
        Assert.Equal("summary_large_image", Meta("meta[name='twitter:card']"));
        var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        Assert.Equal("https://example.org/2024/09/a/patroli-1600.jpg", json.GetProperty("image")[0].GetString());
        // A picture without a description does not stand for the page.
        Assert.Null(site.Html("2024/09/b/index.html").QuerySelector("meta[property='og:image']"));
    }

    [Fact]
    public void News_article_json_ld_is_valid_json_that_no_value_can_break_out_of()
    {
        using var site = new TestSite(Files).BuildOk();
        var path = site.Result.Site!.Bulletins[0].Path;
        var page = site.Html(path + "index.html");
        var scripts = page.QuerySelectorAll("script");
        var data = Assert.Single(scripts);
        Assert.Equal("application/ld+json", data.GetAttribute("type"));
        using var json = JsonDocument.Parse(data.TextContent);
        var root = json.RootElement;
        Assert.Equal("NewsArticle", root.GetProperty("@type").GetString());
        Assert.Equal("FGD </script><script>alert(1)</script> Netralitas", root.GetProperty("headline").GetString());
        Assert.Equal("2024-09-20T09:30:00+07:00", root.GetProperty("datePublished").GetString());
        Assert.Equal("GovernmentOrganization", root.GetProperty("author").GetProperty("@type").GetString());
        Assert.Equal("Polres Blitar", root.GetProperty("publisher").GetProperty("name").GetString());
        Assert.Equal("https://example.org/" + path + "foto-1600.jpg", root.GetProperty("image")[0].GetString());
        Assert.DoesNotContain("</script", data.InnerHtml, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Index_pages_carry_a_breadcrumb_list()
    {
        using var site = new TestSite(Files).BuildOk();
        var page = site.Html("satuan/polres-blitar/index.html");
        using var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        var items = json.RootElement.GetProperty("itemListElement").EnumerateArray()
            .Select(i => (i.GetProperty("position").GetInt32(), i.GetProperty("name").GetString(), i.GetProperty("item").GetString())).ToArray();
        Assert.Equal([
            (1, "Beranda", "https://example.org/"),
            (2, "Satuan", "https://example.org/satuan/"),
            (3, "Polda Jawa Timur", "https://example.org/polda/polda-jawa-timur/"),
            (4, "Polres Blitar", "https://example.org/satuan/polres-blitar/"),
        ], items);
        Assert.Equal(["Beranda", "Satuan", "Polda Jawa Timur", "Polres Blitar"], page.QuerySelectorAll(".breadcrumbs a").Select(a => a.TextContent));
    }
}
