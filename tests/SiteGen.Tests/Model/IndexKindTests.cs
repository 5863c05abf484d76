using SiteGen.Model;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Model;

/// <summary>
/// The table of index kinds (<see cref="IndexKinds"/>) is what the site is made from: every kind it lists is reached from
/// the menu, breadcrumbs, the sitemap and search, and a kind without a section of its own in the theme still gets an
/// overview that lists its terms.
/// </summary>
public sealed class IndexKindTests : IDisposable
{
    private const string Files = """
        -- content/bulletins/fgd.md --
        ---
        title: Polres Blitar Gelar FGD Netralitas
        unit: Polres Blitar
        date: 2024-09-20
        election: Pilkada Serentak 2024
        tags: [Netralitas, Rapat Koordinasi]
        ---
        Isi.
        -- content/bulletins/patroli.md --
        ---
        title: Patroli Kantor KPU
        unit: Polresta Kendari
        date: 2023-05-02
        election: Pemilu 2024
        tags: [Netralitas]
        ---
        Isi.
        """;

    private readonly TestSite _site = new TestSite(Files).BuildOk();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Every_kind_with_an_overview_is_in_the_menu_under_its_name_and_marked_on_its_own_overview()
    {
        var overviews = IndexKinds.All.Where(k => k.Overview is not null).ToArray();
        var menu = _site.Html("index.html").QuerySelectorAll(".site-nav a").Select(a => (a.GetAttribute("href"), a.TextContent)).ToArray();
        Assert.Equal([("/", "Beranda"), ("/satuan/", "Satuan"), ("/pemilihan/", "Pemilihan"), ("/tag/", "Tag"), ("/arsip/", "Arsip")], menu);
        foreach (var kind in overviews)
        {
            var current = _site.Html(kind.Prefix + "index.html").QuerySelectorAll(".site-nav a[aria-current=page]").Select(a => a.GetAttribute("href"));
            Assert.Equal(["/" + kind.Prefix], current);
        }
    }

    [Fact]
    public void Every_term_page_is_in_the_sitemap_and_its_breadcrumbs_lead_through_the_overview_of_its_section()
    {
        var sitemap = _site.Text("sitemap.xml");
        foreach (var kind in IndexKinds.All)
        {
            var term = _site.Result.Site!.TermsOf(kind.Kind).First();
            Assert.Contains($"<loc>https://example.org/{term.Path}</loc>", sitemap);
            var section = IndexKinds.Of(kind.Section ?? kind.Kind);
            var crumbs = _site.Html(term.Path + "index.html").QuerySelectorAll(".breadcrumbs a").Select(a => a.GetAttribute("href")).ToArray();
            Assert.Equal("/", crumbs[0]);
            Assert.Equal("/" + section.Prefix, crumbs[1]);
            Assert.Equal("/" + term.Path, crumbs[^1]);
        }
        Assert.Equal(["/", "/satuan/", "/polda/polda-jawa-timur/", "/satuan/polres-blitar/"],
            _site.Html("satuan/polres-blitar/index.html").QuerySelectorAll(".breadcrumbs a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void Every_kind_that_declares_a_facet_is_in_the_search_index_and_filters_the_search_page()
    {
        var index = new SearchIndexReader(_site.Result.Files);
        var declared = IndexKinds.All.Select(k => k.Facet).OfType<string>().ToArray();
        var inIndex = index.Manifest.GetProperty("facets").EnumerateObject().Select(p => p.Name);
        var onPage = _site.Html("cari/index.html").QuerySelectorAll(".search-facets fieldset[data-facet]").Select(f => f.GetAttribute("data-facet")!);
        Assert.Equal(declared.Order(), inIndex.Order());
        Assert.Equal(declared.Order(), onPage.Order());
    }

    [Fact]
    public void An_overview_the_theme_has_no_section_for_lists_the_kinds_terms_with_their_counts()
    {
        using var site = new TestSite(Files);
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Theme, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(site.Root, "themes", "default", Path.GetRelativePath(RepoPaths.Theme, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        // As for a kind added to the table without touching terms.html: the tags' overview falls to the theme's general list.
        var terms = Path.Combine(site.Root, "themes", "default", "layouts", "terms.html");
        var text = File.ReadAllText(terms);
        Assert.Contains("when \"tags\"", text);
        File.WriteAllText(terms, text.Replace("when \"tags\"", "when \"tags-elsewhere\"", StringComparison.Ordinal));
        site.BuildOk();

        var page = site.Html("tag/index.html");
        Assert.Equal("Semua Tag", page.QuerySelector("h1")!.TextContent);
        var items = page.QuerySelectorAll("main .term-list li")
            .Select(li => (li.QuerySelector("a")!.GetAttribute("href"), li.QuerySelector("a")!.TextContent, li.QuerySelector(".count")!.TextContent)).ToArray();
        Assert.Equal([("/tag/netralitas/", "Netralitas", "2 buletin"), ("/tag/rapat-koordinasi/", "Rapat Koordinasi", "1 buletin")], items);
    }
}
