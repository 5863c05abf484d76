using SiteGen.Tests.Support;

namespace SiteGen.Tests.Site;

/// <summary>sitegen.yaml settings a reader notices: a base URL with a path, the page size, the language.</summary>
public sealed class SiteSettingsTests
{
    private const string Bulletins = """
        -- content/bulletins/a.md --
        ---
        title: Pertama
        unit: Polres Blitar
        date: 2024-09-20
        election: Pemilu 2024
        image: foto.jpg
        image_alt: Foto
        ---
        Lihat [satuan](/satuan/) dan ![peta](peta.png).
        -- content/bulletins/foto.jpg --
        @image 640x480
        -- content/bulletins/peta.png --
        @image 300x200 png
        """;

    [Fact]
    public void A_base_url_with_a_path_prefixes_every_internal_link()
    {
        using var site = new TestSite(Bulletins + "\n-- sitegen.yaml --\ntitle: S\nbase_url: https://example.org/buletin/\n").BuildOk();
        var files = site.Result.Files.Select(f => "/buletin/" + f.Path).ToHashSet();
        foreach (var file in site.Result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)))
        {
            foreach (var element in site.Html(file.Path).QuerySelectorAll("[href], [src], form[action]"))
            {
                var url = element.GetAttribute("href") ?? element.GetAttribute("src") ?? element.GetAttribute("action")!;
                // Relative addresses (an image beside its bulletin) resolve against the page's own address; the share
                // links lead to other sites, and are no internal links.
                var absolute = new Uri(new Uri("https://example.org/buletin/" + file.Path), url);
                if (absolute.Host != "example.org") continue;
                url = absolute.AbsolutePath;
                Assert.StartsWith("/buletin/", url);
                var path = url.Split('#')[0];
                Assert.True(files.Contains(path.EndsWith('/') ? path + "index.html" : path), $"{file.Path}: {url} was not written");
            }
        }
        Assert.Contains("<loc>https://example.org/buletin/2024/09/a/</loc>", site.Text("sitemap.xml"));
    }

    [Fact]
    public void English_language_uses_english_interface_text_and_dates()
    {
        using var site = new TestSite(Bulletins + "\n-- sitegen.yaml --\ntitle: S\nbase_url: https://example.org/\nlanguage: en\n").BuildOk();
        var page = site.Html("2024/09/a/index.html");
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Friday, 20 September 2024", page.QuerySelector("article time")!.TextContent);
        Assert.Equal("Skip to main content", page.QuerySelector(".skip-link")!.TextContent);
    }

    [Fact]
    public void A_language_the_theme_lacks_is_an_error_listing_the_ones_it_has()
    {
        using var site = new TestSite(Bulletins + "\n-- sitegen.yaml --\ntitle: S\nbase_url: https://example.org/\nlanguage: fr\n");
        var error = Assert.Single(site.Build().Diagnostics);
        Assert.Equal("SG0404", error.Code);
        Assert.Contains("set 'language:' in sitegen.yaml to one of: en, id", error.Message);
    }

    [Theory]
    [InlineData("Asia")]
    [InlineData("../../../../etc/passwd")]
    [InlineData("/etc/localtime")]
    [InlineData("Asia/../Asia/Jakarta")]
    public void A_time_zone_that_is_not_a_zone_name_is_an_error_at_its_line(string zone)
    {
        // "Asia" (a folder of the time-zone database) made the build crash; found by the data-file fuzz test.
        using var site = new TestSite(Bulletins + $"\n-- sitegen.yaml --\ntitle: S\nbase_url: https://example.org/\ntime_zone: \"{zone}\"\n");
        var error = Assert.Single(site.Build().Diagnostics);
        Assert.Equal(("sitegen.yaml", 3, "SG0003"), (error.Path, error.Line, error.Code));
        Assert.Contains($"unknown time zone '{zone}'", error.Message);
    }

    [Fact]
    public void A_base_url_with_a_password_is_an_error_that_does_not_repeat_the_password()
    {
        using var site = new TestSite(Bulletins + "\n-- sitegen.yaml --\ntitle: S\nbase_url: https://humas:rahasia@example.org/buletin/\n");
        var error = Assert.Single(site.Build().Diagnostics);
        Assert.Equal(("sitegen.yaml", 2, "SG0003"), (error.Path, error.Line, error.Code));
        Assert.Contains("holds a user name or password, which every page would show; write the address without them, e.g. 'https://example.org/buletin/'", error.Message);
        Assert.DoesNotContain("rahasia", error.ToString());
        Assert.Empty(site.Result.Files);
    }

    [Fact]
    public void Page_size_sets_how_many_bulletins_a_list_page_shows()
    {
        var many = string.Concat(Enumerable.Range(1, 7).Select(i => $"\n-- content/bulletins/b{i}.md --\n---\ntitle: Buletin {i}\nunit: Polres Malang\ndate: 2024-01-0{i}\nelection: Pemilu 2024\n---\nIsi.\n"));
        using var site = new TestSite("-- sitegen.yaml --\ntitle: S\nbase_url: https://example.org/\npage_size: 3\n" + many).BuildOk();
        Assert.Equal(3, site.Html("satuan/polres-malang/index.html").QuerySelectorAll(".card").Length);
        Assert.Equal(1, site.Html("satuan/polres-malang/halaman/3/index.html").QuerySelectorAll(".card").Length);
        Assert.False(site.Has("satuan/polres-malang/halaman/4/index.html"));
    }
}
