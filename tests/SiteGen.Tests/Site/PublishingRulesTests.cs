using SiteGen.Tests.Support;

namespace SiteGen.Tests.Site;

/// <summary>SPEC §3 publishing rules: drafts, future dates, expiry, aliases and explicit slugs.</summary>
public sealed class PublishingRulesTests
{
    private const string Files = """
        -- content/bulletins/terbit.md --
        ---
        title: Sudah Terbit
        unit: Polres Blitar
        date: 2024-09-20
        election: Pemilu 2024
        slug: terbit-resmi
        aliases: [/lama/terbit/, 2024/09/judul-lama]
        ---
        Isi.
        -- content/bulletins/draf.md --
        ---
        title: Masih Draf
        unit: Polres Blitar
        date: 2024-09-21
        election: Pemilu 2024
        draft: true
        ---
        Isi.
        -- content/bulletins/besok.md --
        ---
        title: Terjadwal Besok
        unit: Polres Blitar
        date: 2026-11-02
        election: Pemilu 2024
        ---
        Isi.
        -- content/bulletins/kedaluwarsa.md --
        ---
        title: Sudah Kedaluwarsa
        unit: Polres Blitar
        date: 2024-09-22
        election: Pemilu 2024
        expires: 2025-01-01
        ---
        Isi.
        """;

    [Fact]
    public void Drafts_future_and_expired_bulletins_are_left_out_by_default()
    {
        using var site = new TestSite(Files).BuildOk();
        Assert.Equal(["Sudah Terbit"], site.Result.Site!.Bulletins.Select(b => b.Title));
        Assert.DoesNotContain("Masih Draf", site.Text("index.html"));
        Assert.DoesNotContain("Terjadwal Besok", site.Text("feed.xml"));
        Assert.DoesNotContain("kedaluwarsa", site.Text("sitemap.xml"));
    }

    [Fact]
    public void Drafts_and_future_bulletins_are_built_and_marked_when_asked()
    {
        using var site = new TestSite(Files).BuildOk(o => o with { IncludeDrafts = true, IncludeFuture = true });
        Assert.Equal(["Terjadwal Besok", "Masih Draf", "Sudah Terbit"], site.Result.Site!.Bulletins.Select(b => b.Title));
        var draft = site.Html("2024/09/draf/index.html");
        Assert.Equal("Draf", draft.QuerySelector("article .badge")!.TextContent);
        var future = site.Html("2026/11/besok/index.html");
        Assert.Equal("Terjadwal", future.QuerySelector("article .badge")!.TextContent);
        Assert.DoesNotContain(site.Result.Site.Bulletins, b => b.Title == "Sudah Kedaluwarsa");
    }

    [Fact]
    public void Slug_overrides_the_file_name_and_aliases_redirect_to_the_bulletin()
    {
        using var site = new TestSite(Files).BuildOk();
        Assert.True(site.Has("2024/09/terbit-resmi/index.html"));
        foreach (var alias in new[] { "lama/terbit/index.html", "2024/09/judul-lama/index.html" })
        {
            var page = site.Html(alias);
            Assert.Equal("https://example.org/2024/09/terbit-resmi/", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
            Assert.Equal("0; url=/2024/09/terbit-resmi/", page.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"));
            Assert.NotNull(page.QuerySelector("meta[name=robots][content=noindex]"));
        }
        Assert.DoesNotContain("lama/terbit", site.Text("sitemap.xml"));
    }

    [Fact]
    public void An_alias_that_collides_with_a_page_is_an_error_naming_both()
    {
        using var site = new TestSite(Files.Replace("aliases: [/lama/terbit/, 2024/09/judul-lama]", "aliases: [/tag/]"));
        var error = Assert.Single(site.Build().Diagnostics, d => d.IsError);
        Assert.Equal("SG0301", error.Code);
        Assert.Equal("content/bulletins/terbit.md", error.Path);
        Assert.Equal(7, error.Line);
        Assert.Contains("the tag overview", error.Message);
    }
}
