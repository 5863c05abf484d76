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
        // A picture without a description does not stand for the page: the site's icon does, as on pages without pictures.
        var plain = site.Html("2024/09/b/index.html");
        Assert.Equal("https://example.org/icon-512.png", plain.QuerySelector("meta[property='og:image']")!.GetAttribute("content"));
        Assert.Equal("summary", plain.QuerySelector("meta[name='twitter:card']")!.GetAttribute("content"));
    }

    [Fact]
    public void News_article_json_ld_is_valid_json_that_no_value_can_break_out_of()
    {
        using var site = new TestSite(Files).BuildOk();
        var path = site.Result.Site!.Bulletins[0].Path;
        var page = site.Html(path + "index.html");
        // The only script with content of its own is the data block (the share button's script is a file).
        var scripts = page.QuerySelectorAll("script:not([src])");
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

    [Fact]
    public void A_bulletin_has_share_links_carrying_its_encoded_address_and_no_script_of_another_site()
    {
        using var site = new TestSite(Files).BuildOk();
        var path = site.Result.Site!.Bulletins[0].Path;
        var page = site.Html(path + "index.html");
        var permalink = "https://example.org/" + path;
        var encoded = Uri.EscapeDataString(permalink);
        var title = Uri.EscapeDataString("FGD </script><script>alert(1)</script> Netralitas");
        string Href(string network) => page.QuerySelector($".share__link--{network}")!.GetAttribute("href")!;
        Assert.Equal($"https://wa.me/?text={title}%20{encoded}", Href("whatsapp"));
        Assert.Equal($"https://www.facebook.com/sharer/sharer.php?u={encoded}", Href("facebook"));
        Assert.Equal($"https://x.com/intent/tweet?text={title}&url={encoded}", Href("x"));
        Assert.Equal($"https://t.me/share/url?url={encoded}&text={title}", Href("telegram"));
        Assert.Equal($"mailto:?subject={title}&body={Uri.EscapeDataString("Ringkasan \"kutip\" & <b>tebal</b> " + permalink)}", Href("email"));
        // Each decodes back to the bulletin's address: what a chat app opens.
        Assert.Contains(permalink, Uri.UnescapeDataString(Href("whatsapp")));
        // The copy button carries the address and stays hidden until the theme's own script shows it.
        var copy = page.QuerySelector("button[data-copy-link]")!;
        Assert.Equal(permalink, copy.GetAttribute("data-copy-link"));
        Assert.True(copy.HasAttribute("hidden"));
        var scripts = page.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")!).ToArray();
        Assert.All(scripts, src => Assert.StartsWith("/assets/js/", src));
        Assert.Contains(scripts, src => src.StartsWith("/assets/js/share.", StringComparison.Ordinal));
        // Only bulletins carry the script.
        Assert.Empty(site.Html("index.html").QuerySelectorAll("script[src]"));
    }

    [Fact]
    public void A_large_picture_is_shared_at_least_1200_pixels_wide_as_whatsapp_previews_need()
    {
        using var site = new TestSite(Files.Replace("@image 1600x900", "@image 3000x2000")).BuildOk();
        var path = site.Result.Site!.Bulletins[0].Path;
        var page = site.Html(path + "index.html");
        Assert.Equal("1600", page.QuerySelector("meta[property='og:image:width']")!.GetAttribute("content"));
        Assert.EndsWith("foto-1600.jpg", page.QuerySelector("meta[property='og:image']")!.GetAttribute("content"));
    }
}
