using SiteGen.Tests.Support;

namespace SiteGen.Tests.Site;

/// <summary>What a reader sees on each kind of page of a small site built for real.</summary>
public sealed class PagesTests : IDisposable
{
    private const string Files = """
        -- content/bulletins/2024/fgd.md --
        ---
        title: Polres Blitar Gelar FGD Netralitas
        unit: Polres Blitar
        date: 2024-09-20T09:30:00
        election: Pilkada Serentak 2024
        tags: [Netralitas, FGD, kpu]
        summary: Polres Blitar membahas netralitas bersama Bawaslu dan KPU.
        location: Aula Polres Blitar
        author: Humas Polres Blitar
        image: foto.jpg
        image_alt: Peserta FGD di aula
        image_caption: Suasana FGD di aula.
        image_credit: Humas Polres Blitar
        ---
        Paragraf pertama.

        ## Pokok bahasan

        | Pihak | Jumlah |
        | --- | ---: |
        | Bawaslu | 3 |

        Lihat catatan[^1] dan <https://example.org/aturan>.

        [^1]: Catatan kaki.
        -- content/bulletins/2024/foto.jpg --
        @image 1200x800
        -- content/bulletins/2024/patroli.md --
        ---
        title: Patroli Kantor KPU
        unit: Polres Blitar
        date: 2023-11-12
        election: Pemilu 2024
        tags: [patroli, kpu]
        ---
        Tim patroli bermotor Polres Blitar menyambangi kantor KPU dan Bawaslu untuk memastikan keamanan. Kalimat ini sengaja dibuat panjang agar ringkasan otomatis terpotong pada batas kata yang wajar dan diakhiri elipsis, bukan di tengah kata seperti yang terjadi pada alat yang kurang teliti.

        Paragraf kedua tidak masuk ringkasan.
        -- content/bulletins/2024/rakor-malang.md --
        ---
        title: Rakor Lintas Sektoral Malang
        unit: Polres Malang
        date: 2024-08-13
        election: Pilkada Serentak 2024
        tags: [netralitas]
        ---
        Rapat koordinasi.
        -- content/bulletins/2024/rakor-kendari.md --
        ---
        title: Rakor Pengamanan Kendari
        unit: Polresta Kendari
        date: 2024-07-09
        election: [Pilkada Serentak 2024, Pemilu 2024]
        ---
        Rapat di Aula Wira Pratama.
        -- content/bulletins/2024/simulasi.md --
        ---
        title: Simulasi Sispamkota
        unit: Polres Blitar
        date: 2024-10-17
        election: Pilkada Serentak 2024
        tags: [netralitas]
        ---
        Simulasi.
        -- content/pages/tentang.md --
        ---
        title: Tentang
        ---
        Situs ini memuat [daftar satuan](/satuan/).
        """;

    private readonly TestSite _site = new TestSite(Files).BuildOk();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Bulletin_page_shows_every_fact_of_the_front_matter()
    {
        var page = _site.Html("2024/09/fgd/index.html");
        Assert.Equal("id", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Polres Blitar Gelar FGD Netralitas", page.QuerySelector("h1")!.TextContent);
        var time = page.QuerySelector("article time")!;
        Assert.Equal("Jumat, 20 September 2024", time.TextContent);
        Assert.Equal("2024-09-20T09:30:00+07:00", time.GetAttribute("datetime"));
        var facts = page.QuerySelector("dl.facts")!.TextContent;
        Assert.Contains("Aula Polres Blitar", facts);
        Assert.Contains("Humas Polres Blitar", facts);
        Assert.NotNull(page.QuerySelector("dl.facts a[href='/satuan/polres-blitar/']"));
        Assert.NotNull(page.QuerySelector("dl.facts a[href='/polda/polda-jawa-timur/']"));
        Assert.NotNull(page.QuerySelector("dl.facts a[href='/pemilihan/pilkada-serentak-2024/']"));
        Assert.Equal(["netralitas", "fgd", "kpu"], page.QuerySelectorAll("ul.tags a").Select(a => a.GetAttribute("href")!.Split('/')[2]));

        var image = page.QuerySelector("figure img")!;
        const string folder = "/2024/09/fgd/";
        Assert.Equal(folder + "foto-960.jpg", image.GetAttribute("src"));
        Assert.Equal($"{folder}foto-480.jpg 480w, {folder}foto-960.jpg 960w, {folder}foto-1200.jpg 1200w", image.GetAttribute("srcset"));
        Assert.Equal(("960", "640"), (image.GetAttribute("width"), image.GetAttribute("height")));
        Assert.Equal("Peserta FGD di aula", image.GetAttribute("alt"));
        Assert.Contains("Suasana FGD di aula.", page.QuerySelector("figcaption")!.TextContent);
        foreach (var width in new[] { 480, 960, 1200 })
            Assert.True(_site.Has($"2024/09/fgd/foto-{width}.jpg"));
    }

    [Fact]
    public void Markdown_body_has_tables_footnotes_heading_ids_and_autolinks()
    {
        var prose = _site.Html("2024/09/fgd/index.html").QuerySelector(".prose")!;
        Assert.Equal("pokok-bahasan", prose.QuerySelector("h2")!.Id);
        Assert.Equal("Bawaslu", prose.QuerySelector("table td")!.TextContent);
        Assert.NotNull(prose.QuerySelector("a.footnote-ref"));
        Assert.Contains("Catatan kaki.", prose.QuerySelector(".footnotes")!.TextContent);
        Assert.NotNull(prose.QuerySelector("a[href='https://example.org/aturan']"));
    }

    [Fact]
    public void Bulletin_page_links_to_older_and_newer_bulletins_of_the_same_unit()
    {
        var page = _site.Html("2024/09/fgd/index.html");
        Assert.Equal("/2023/11/patroli/", page.QuerySelector(".neighbours a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("/2024/10/simulasi/", page.QuerySelector(".neighbours a[rel=next]")!.GetAttribute("href"));

        var oldest = _site.Html("2023/11/patroli/index.html");
        Assert.Null(oldest.QuerySelector(".neighbours a[rel=prev]"));
    }

    [Fact]
    public void Related_bulletins_share_the_unit_election_or_tags_best_match_first()
    {
        var related = _site.Html("2024/09/fgd/index.html")
            .QuerySelectorAll(".related .card__title a").Select(a => a.TextContent).ToArray();
        Assert.InRange(related.Length, 3, 5);
        // Same unit, same election and a shared tag outranks everything else.
        Assert.Equal("Simulasi Sispamkota", related[0]);
        Assert.DoesNotContain("Polres Blitar Gelar FGD Netralitas", related);
    }

    [Fact]
    public void Summary_defaults_to_the_first_paragraph_cut_at_a_word()
    {
        var meta = _site.Html("2023/11/patroli/index.html").QuerySelector("meta[name=description]")!.GetAttribute("content")!;
        Assert.StartsWith("Tim patroli bermotor Polres Blitar", meta);
        Assert.EndsWith("…", meta);
        Assert.InRange(meta.Length, 150, 201);
        Assert.DoesNotContain("Paragraf kedua", meta);
        Assert.True(meta[^2] != ' ' && char.IsLetter(meta[^2]));
        var word = meta[..^1].Split(' ')[^1];
        Assert.Contains(" " + word + " ", " Tim patroli bermotor Polres Blitar menyambangi kantor KPU dan Bawaslu untuk memastikan keamanan. Kalimat ini sengaja dibuat panjang agar ringkasan otomatis terpotong pada batas kata yang wajar dan diakhiri elipsis, bukan di tengah kata seperti yang terjadi pada alat yang kurang teliti. ");
    }

    [Fact]
    public void Home_lists_newest_first_and_paginates_by_page_size()
    {
        var first = _site.Html("index.html").QuerySelectorAll(".card__title a").Select(a => a.TextContent).ToArray();
        Assert.Equal(["Simulasi Sispamkota", "Polres Blitar Gelar FGD Netralitas"], first);
        var second = _site.Html("halaman/2/index.html").QuerySelectorAll(".card__title a").Select(a => a.TextContent).ToArray();
        Assert.Equal(["Rakor Lintas Sektoral Malang", "Rakor Pengamanan Kendari"], second);
        var third = _site.Html("halaman/3/index.html");
        Assert.Equal(["Patroli Kantor KPU"], third.QuerySelectorAll(".card__title a").Select(a => a.TextContent));
        Assert.Equal("/halaman/2/", third.QuerySelector(".pager a[rel=prev]")!.GetAttribute("href"));
        Assert.Null(third.QuerySelector(".pager a[rel=next]"));
        Assert.Equal("3", _site.Html("halaman/3/index.html").QuerySelector(".pager a[aria-current=page]")!.TextContent);
        Assert.False(_site.Has("halaman/1/index.html"));
    }

    [Fact]
    public void A_long_list_shows_the_first_and_last_page_and_two_either_side_of_the_current_one()
    {
        // Nine bulletins at two a page: five pages, numbered 1 … 5 with gaps for those left out.
        var files = string.Concat(Enumerable.Range(1, 9).Select(day => $"""
            -- content/bulletins/b{day}.md --
            ---
            title: Patroli Hari {day}
            unit: Polres Blitar
            date: 2024-03-{day:00}
            election: Pemilu 2024
            ---
            Patroli.

            """));
        using var site = new TestSite(files);
        string[] Numbers(string path) => site.Html(path).QuerySelectorAll(".pager li:not(:has(a[rel]))").Select(li => li.TextContent).ToArray();
        Assert.Equal(["1", "2", "3", "…", "5"], Numbers("index.html"));
        Assert.Equal(["1", "2", "3", "4", "5"], Numbers("halaman/3/index.html"));
        Assert.Equal(["1", "…", "3", "4", "5"], Numbers("halaman/5/index.html"));
        var last = site.Html("halaman/5/index.html");
        Assert.Equal("/halaman/4/", last.QuerySelector(".pager a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("/", last.QuerySelector(".pager li a:not([rel])")!.GetAttribute("href"));
        Assert.Equal("5", last.QuerySelector(".pager a[aria-current=page]")!.TextContent);
    }

    [Fact]
    public void Unit_page_lists_only_its_bulletins_with_its_facts_and_feed()
    {
        var page = _site.Html("satuan/polres-blitar/index.html");
        Assert.Equal("Polres Blitar", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("Kabupaten Blitar", page.QuerySelector(".term-header")!.TextContent);
        Assert.Equal(["Simulasi Sispamkota", "Polres Blitar Gelar FGD Netralitas"], page.QuerySelectorAll(".card__title a").Select(a => a.TextContent));
        Assert.Equal(["Patroli Kantor KPU"], _site.Html("satuan/polres-blitar/halaman/2/index.html").QuerySelectorAll(".card__title a").Select(a => a.TextContent));
        Assert.Equal("/satuan/polres-blitar/feed.xml", page.QuerySelector("link[rel=alternate][href$='polres-blitar/feed.xml']")!.GetAttribute("href"));
        Assert.True(_site.Has("satuan/polres-blitar/feed.xml"));
    }

    [Fact]
    public void Units_overview_groups_units_by_polda()
    {
        var page = _site.Html("satuan/index.html");
        var groups = page.QuerySelectorAll("section.group").Select(s => (
            Polda: s.QuerySelector("h2")!.TextContent,
            Units: s.QuerySelectorAll("li a").Select(a => a.TextContent).ToArray())).ToArray();
        Assert.Equal("Polda Jawa Timur", groups[0].Polda);
        Assert.Equal(["Polres Blitar", "Polres Malang"], groups[0].Units);
        Assert.Equal("Polda Sulawesi Tenggara", groups[1].Polda);
        Assert.Equal(["Polresta Kendari"], groups[1].Units);
    }

    [Fact]
    public void Polda_page_lists_its_units_and_their_bulletins()
    {
        var page = _site.Html("polda/polda-jawa-timur/index.html");
        Assert.Equal(["Polres Blitar", "Polres Malang"], page.QuerySelectorAll(".term-list a").Select(a => a.TextContent));
        Assert.Equal(2, page.QuerySelectorAll(".card").Length);
        Assert.True(_site.Has("polda/polda-jawa-timur/halaman/2/index.html"));
    }

    [Fact]
    public void Election_pages_show_voting_day_count_and_units_involved()
    {
        var page = _site.Html("pemilihan/pilkada-serentak-2024/index.html");
        Assert.Equal("Rabu, 27 November 2024", page.QuerySelector("time[datetime='2024-11-27']")!.TextContent);
        Assert.Contains("4 buletin", page.QuerySelector(".term-header")!.TextContent);
        Assert.Contains("Pemilihan kepala daerah serentak.", page.QuerySelector(".lead")!.TextContent);
        var units = page.QuerySelectorAll(".facts a").Select(a => a.TextContent).ToArray();
        Assert.Equal(["Polres Blitar", "Polres Malang", "Polresta Kendari"], units);

        var overview = _site.Html("pemilihan/index.html");
        Assert.Equal(["Pilkada Serentak 2024", "Pemilu 2024"], overview.QuerySelectorAll("h2 a").Select(a => a.TextContent));
        // A bulletin about two elections is listed under both.
        Assert.Contains("Rakor Pengamanan Kendari", _site.Html("pemilihan/pemilu-2024/index.html").QuerySelector(".cards")!.TextContent);
    }

    [Fact]
    public void Tags_are_one_tag_whatever_their_letter_case()
    {
        var page = _site.Html("tag/netralitas/index.html");
        Assert.Contains("3 buletin", page.QuerySelector(".term-header")!.TextContent);
        var overview = _site.Html("tag/index.html").QuerySelectorAll(".tag-cloud a").Select(a => a.GetAttribute("href")!).ToArray();
        Assert.Equal(["/tag/fgd/", "/tag/kpu/", "/tag/netralitas/", "/tag/patroli/"], overview);
    }

    [Fact]
    public void Year_archive_lists_the_years_and_their_bulletins()
    {
        var overview = _site.Html("arsip/index.html").QuerySelectorAll(".term-list a").Select(a => a.TextContent);
        Assert.Equal(["2024", "2023"], overview);
        Assert.Equal(["Patroli Kantor KPU"], _site.Html("arsip/2023/index.html").QuerySelectorAll(".card__title a").Select(a => a.TextContent));
    }

    [Fact]
    public void Free_pages_404_search_feeds_sitemap_and_robots_exist()
    {
        var about = _site.Html("tentang/index.html");
        Assert.Equal("Tentang", about.QuerySelector("h1")!.TextContent);
        Assert.NotNull(about.QuerySelector(".prose a[href='/satuan/']"));
        Assert.NotNull(_site.Html("404.html").QuerySelector("meta[name=robots][content=noindex]"));
        Assert.NotNull(_site.Html("cari/index.html").QuerySelector("form[action='/cari/'] input[name=q]"));
        var feed = System.Xml.Linq.XDocument.Parse(_site.Text("feed.xml"));
        Assert.Equal("{http://www.w3.org/2005/Atom}feed", feed.Root!.Name.ToString());
        Assert.Equal(5, feed.Root.Elements("{http://www.w3.org/2005/Atom}entry").Count());
        Assert.True(_site.Has("pemilihan/pemilu-2024/feed.xml"));
        Assert.Contains("<loc>https://example.org/2024/09/fgd/</loc>", _site.Text("sitemap.xml"));
        Assert.Contains("Sitemap: https://example.org/sitemap.xml", _site.Text("robots.txt"));
    }

    [Fact]
    public void Every_page_has_a_skip_link_the_search_box_and_the_main_navigation()
    {
        foreach (var file in _site.Result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)))
        {
            var page = _site.Html(file.Path);
            var skip = page.QuerySelector("body > a.skip-link");
            Assert.True(skip is not null, $"{file.Path} has no skip link");
            Assert.NotNull(page.GetElementById(skip!.GetAttribute("href")!.TrimStart('#')));
            Assert.NotNull(page.QuerySelector("header form[role=search][action='/cari/'] input[name=q]"));
            Assert.NotNull(page.QuerySelector("nav a[href='/satuan/']"));
            // Scripts run only where search runs and on bulletins (the copy-link button), from files, never inline (the
            // Content-Security-Policy forbids inline script); JSON-LD is data, which browsers never execute.
            var scripts = page.QuerySelectorAll("script").Where(s => s.GetAttribute("type") != "application/ld+json").ToArray();
            if (page.QuerySelector("article.bulletin") is not null)
                Assert.Matches(@"^/assets/js/share\.[0-9a-f]{10}\.js$", Assert.Single(scripts).GetAttribute("src")!);
            else if (file.Path != "cari/index.html") Assert.Empty(scripts);
            Assert.All(scripts, s => Assert.True(s.HasAttribute("src") && s.HasAttribute("defer") && s.TextContent.Trim().Length == 0));
        }
    }
}
