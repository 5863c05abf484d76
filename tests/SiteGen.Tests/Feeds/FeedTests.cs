using System.Xml.Linq;
using SiteGen.Configuration;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Feeds;

/// <summary>Atom feeds (RFC 4287), the sitemap and robots.txt as feed readers and crawlers read them.</summary>
public sealed class FeedTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static readonly Lazy<BuildResult> Sample = new(() => SiteBuilder.Build(new BuildOptions { SourceRoot = RepoPaths.Root, Now = TestSite.Now }));

    private static XDocument Xml(string path) =>
        XDocument.Parse(System.Text.Encoding.UTF8.GetString(Sample.Value.Files.Single(f => f.Path == path).Bytes));

    public static TheoryData<string> FeedPaths()
    {
        var data = new TheoryData<string>();
        foreach (var file in Sample.Value.Files.Where(f => f.Path.EndsWith("feed.xml", StringComparison.Ordinal))) data.Add(file.Path);
        return data;
    }

    [Theory]
    [MemberData(nameof(FeedPaths))]
    public void Every_feed_has_the_elements_rfc_4287_requires_with_absolute_urls(string path)
    {
        var feed = Xml(path).Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal("https://example.org/" + path, feed.Element(Atom + "id")!.Value);
        Assert.False(string.IsNullOrWhiteSpace(feed.Element(Atom + "title")!.Value));
        Assert.True(DateTimeOffset.TryParse(feed.Element(Atom + "updated")!.Value, out _));
        Assert.NotNull(feed.Element(Atom + "author")?.Element(Atom + "name"));
        Assert.Equal("https://example.org/" + path, feed.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")!.Value);

        var entries = feed.Elements(Atom + "entry").ToArray();
        Assert.InRange(entries.Length, 1, 20);
        // Newest published first; an entry is updated when it was published or later, and the feed when its last entry was.
        var published = entries.Select(e => DateTimeOffset.Parse(e.Element(Atom + "published")!.Value)).ToArray();
        Assert.Equal(published.OrderByDescending(d => d), published);
        var updated = entries.Select(e => DateTimeOffset.Parse(e.Element(Atom + "updated")!.Value)).ToArray();
        Assert.All(published.Zip(updated), pair => Assert.True(pair.Second >= pair.First));
        Assert.Equal(updated.Max(), DateTimeOffset.Parse(feed.Element(Atom + "updated")!.Value));
        foreach (var entry in entries)
        {
            Assert.StartsWith("tag:example.org,", entry.Element(Atom + "id")!.Value);
            var link = entry.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "alternate").Attribute("href")!.Value;
            Assert.True(Uri.TryCreate(link, UriKind.Absolute, out _), link);
            var content = entry.Element(Atom + "content")!;
            Assert.Equal("html", content.Attribute("type")!.Value);
            Assert.Equal(link, content.Attribute(XNamespace.Xml + "base")!.Value);
            Assert.Contains("<p>", content.Value);
            Assert.False(string.IsNullOrWhiteSpace(entry.Element(Atom + "title")!.Value));
            Assert.NotNull(entry.Element(Atom + "published"));
        }
        Assert.Equal(entries.Length, entries.Select(e => e.Element(Atom + "id")!.Value).Distinct().Count());
    }

    [Fact]
    public void Site_feed_holds_the_newest_20_bulletins_and_unit_feeds_only_their_unit()
    {
        var site = Sample.Value.Site!;
        var titles = Xml("feed.xml").Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "title")!.Value);
        Assert.Equal(site.Bulletins.Take(20).Select(b => b.Title), titles);
        var blitar = Xml("satuan/polres-blitar/feed.xml").Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "title")!.Value).ToArray();
        Assert.Equal(site.Bulletins.Where(b => b.Unit.Name == "Polres Blitar").Select(b => b.Title), blitar);
    }

    [Fact]
    public void Entry_ids_stay_the_same_when_other_bulletins_change()
    {
        using var one = new TestSite("-- content/bulletins/a.md --\n---\ntitle: Satu\nunit: Polres Blitar\ndate: 2024-09-20\nelection: Pemilu 2024\n---\nIsi.\n").BuildOk();
        using var two = new TestSite("-- content/bulletins/a.md --\n---\ntitle: Satu\nunit: Polres Blitar\ndate: 2024-09-20\nelection: Pemilu 2024\n---\nIsi diubah.\n-- content/bulletins/b.md --\n---\ntitle: Dua\nunit: Polres Blitar\ndate: 2024-10-01\nelection: Pemilu 2024\n---\nIsi.\n").BuildOk();
        string IdOf(TestSite site, string title) => XDocument.Parse(site.Text("feed.xml")).Root!.Elements(Atom + "entry")
            .Single(e => e.Element(Atom + "title")!.Value == title).Element(Atom + "id")!.Value;
        Assert.Equal("tag:example.org,2024-09-20:/2024/09/a/", IdOf(one, "Satu"));
        Assert.Equal(IdOf(one, "Satu"), IdOf(two, "Satu"));
    }

    [Fact]
    public void Every_page_links_to_its_feeds_in_the_head()
    {
        var unit = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(System.Text.Encoding.UTF8.GetString(Sample.Value.Files.Single(f => f.Path == "satuan/polres-blitar/index.html").Bytes));
        var feeds = unit.QuerySelectorAll("head link[rel=alternate][type='application/atom+xml']").Select(l => l.GetAttribute("href")!).ToArray();
        Assert.Equal(["/feed.xml", "/satuan/polres-blitar/feed.xml"], feeds);
    }

    [Fact]
    public void Sitemap_lists_every_public_page_with_lastmod_and_robots_points_at_it()
    {
        var urls = Xml("sitemap.xml").Root!.Elements(Sitemaps + "url").ToArray();
        var locs = urls.Select(u => u.Element(Sitemaps + "loc")!.Value).ToHashSet();
        foreach (var bulletin in Sample.Value.Site!.Bulletins)
            Assert.Contains("https://example.org/" + bulletin.Path, locs);
        Assert.Contains("https://example.org/satuan/polres-blitar/", locs);
        Assert.DoesNotContain("https://example.org/404.html", locs);
        Assert.All(urls.Where(u => u.Element(Sitemaps + "loc")!.Value.Contains("/2024/")), u => Assert.NotNull(u.Element(Sitemaps + "lastmod")));
        Assert.Equal("User-agent: *\nAllow: /\n\nSitemap: https://example.org/sitemap.xml\n",
            System.Text.Encoding.UTF8.GetString(Sample.Value.Files.Single(f => f.Path == "robots.txt").Bytes));
    }

    [Fact]
    public void A_site_with_more_pages_than_one_sitemap_may_list_gets_parts_named_by_an_index_dated_by_their_pages()
    {
        // sitemaps.org allows 50,000 pages a file; the sample site, with a limit of 7, stands for a site of millions.
        var split = SiteBuilder.Build(new BuildOptions { SourceRoot = RepoPaths.Root, Now = TestSite.Now, SitemapLimit = 7 });
        XDocument Parsed(string path) => XDocument.Parse(System.Text.Encoding.UTF8.GetString(split.Files.Single(f => f.Path == path).Bytes));
        var whole = Xml("sitemap.xml").Root!.Elements(Sitemaps + "url").ToArray();

        var index = Parsed("sitemap.xml").Root!;
        Assert.Equal(Sitemaps + "sitemapindex", index.Name);
        var parts = index.Elements(Sitemaps + "sitemap").ToArray();
        Assert.Equal((whole.Length + 6) / 7, parts.Length);
        var listed = new List<XElement>();
        for (var i = 0; i < parts.Length; i++)
        {
            Assert.Equal($"https://example.org/sitemap{i + 1}.xml", parts[i].Element(Sitemaps + "loc")!.Value);
            var urls = Parsed($"sitemap{i + 1}.xml").Root!.Elements(Sitemaps + "url").ToArray();
            Assert.InRange(urls.Length, 1, 7);
            Assert.Equal(urls.Max(u => u.Element(Sitemaps + "lastmod") is { } d ? DateTimeOffset.Parse(d.Value) : (DateTimeOffset?)null),
                DateTimeOffset.Parse(parts[i].Element(Sitemaps + "lastmod")!.Value));
            listed.AddRange(urls);
        }
        // The parts list the same pages with the same dates as one file would, each once.
        Assert.Equal(whole.Select(u => u.ToString()), listed.Select(u => u.ToString()));
        Assert.DoesNotContain(split.Files, f => f.Path == $"sitemap{parts.Length + 1}.xml");
        Assert.Equal("User-agent: *\nAllow: /\n\nSitemap: https://example.org/sitemap.xml\n",
            System.Text.Encoding.UTF8.GetString(split.Files.Single(f => f.Path == "robots.txt").Bytes));
    }

    [Fact]
    public void A_free_page_is_dated_in_the_sitemap_by_its_updated_key_and_by_nothing_else()
    {
        using var site = new TestSite("""
            -- content/bulletins/a.md --
            ---
            title: Satu
            unit: Polres Blitar
            date: 2024-09-20
            election: Pemilu 2024
            ---
            Isi.
            -- content/pages/tentang.md --
            ---
            title: Tentang
            updated: 2024-03-05
            ---
            Isi.
            -- content/pages/kontak.md --
            ---
            title: Kontak
            ---
            Isi.
            """).BuildOk();
        var urls = XDocument.Parse(site.Text("sitemap.xml")).Root!.Elements(Sitemaps + "url")
            .ToDictionary(u => u.Element(Sitemaps + "loc")!.Value, u => u.Element(Sitemaps + "lastmod")?.Value);

        // The site's time zone (Asia/Jakarta) applies to a date without an offset, as for bulletins.
        Assert.Equal("2024-03-05T00:00:00+07:00", urls["https://example.org/tentang/"]);
        // Without 'updated:' the page is listed undated: the date of the newest bulletin would claim a change it never had.
        Assert.Null(urls["https://example.org/kontak/"]);
        Assert.Equal("2024-09-20T00:00:00+07:00", urls["https://example.org/2024/09/a/"]);
    }

    [Fact]
    public void A_free_page_updated_date_that_is_not_a_date_is_an_error_on_its_line()
    {
        using var site = new TestSite("-- content/pages/tentang.md --\n---\ntitle: Tentang\nupdated: Maret 2024\n---\nIsi.\n");
        var error = Assert.Single(site.Errors);
        Assert.Equal("content/pages/tentang.md:3:10: error SG0205: 'updated' must be a date written year-month-day (e.g. updated: 2024-09-20) or a date and time such as 2024-09-20T09:30 or 2024-09-20T09:30:00+07:00, in the years 1900 to 2999, not 'Maret 2024'", error.ToString());
    }
    private const string Corrected = """
        -- content/bulletins/a.md --
        ---
        title: Ralat Jadwal Patroli
        unit: Polres Blitar
        date: 2024-09-20T09:00:00
        updated: 2024-09-23T14:30:00
        election: Pemilu 2024
        ---
        Jadwal patroli diperbaiki.
        -- content/bulletins/b.md --
        ---
        title: Apel Pagi
        unit: Polres Blitar
        date: 2024-09-21
        election: Pemilu 2024
        ---
        Isi.
        """;

    [Fact]
    public void A_corrected_bulletin_is_dated_by_its_updated_key_in_feeds_sitemap_and_schema_org_and_shows_it()
    {
        using var site = new TestSite(Corrected).BuildOk();
        var feed = XDocument.Parse(site.Text("feed.xml")).Root!;
        var entry = feed.Elements(Atom + "entry").Single(e => e.Element(Atom + "title")!.Value == "Ralat Jadwal Patroli");
        Assert.Equal("2024-09-20T09:00:00+07:00", entry.Element(Atom + "published")!.Value);
        Assert.Equal("2024-09-23T14:30:00+07:00", entry.Element(Atom + "updated")!.Value);
        // The feed changed when its last entry did, although a newer bulletin was published before the correction.
        Assert.Equal("2024-09-23T14:30:00+07:00", feed.Element(Atom + "updated")!.Value);
        var other = feed.Elements(Atom + "entry").Single(e => e.Element(Atom + "title")!.Value == "Apel Pagi");
        Assert.Equal(other.Element(Atom + "published")!.Value, other.Element(Atom + "updated")!.Value);

        var urls = XDocument.Parse(site.Text("sitemap.xml")).Root!.Elements(Sitemaps + "url")
            .ToDictionary(u => u.Element(Sitemaps + "loc")!.Value, u => u.Element(Sitemaps + "lastmod")?.Value);
        Assert.Equal("2024-09-23T14:30:00+07:00", urls["https://example.org/2024/09/a/"]);
        Assert.Equal("2024-09-23T14:30:00+07:00", urls["https://example.org/"]);

        var page = site.Html("2024/09/a/index.html");
        var json = System.Text.Json.Nodes.JsonNode.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent)!;
        Assert.Equal("2024-09-20T09:00:00+07:00", (string?)json["datePublished"]);
        Assert.Equal("2024-09-23T14:30:00+07:00", (string?)json["dateModified"]);
        Assert.Equal("2024-09-23T14:30:00+07:00", page.QuerySelector("meta[property='article:modified_time']")!.GetAttribute("content"));
        var shown = page.QuerySelectorAll("dl.facts div").Single(d => d.QuerySelector("dt")!.TextContent == "Diperbarui");
        Assert.Equal("Senin, 23 September 2024", shown.QuerySelector("time")!.TextContent);
        Assert.Equal("2024-09-23T14:30:00+07:00", shown.QuerySelector("time")!.GetAttribute("datetime"));
        // Not updated: no such line and no modified time beyond the date.
        var plain = site.Html("2024/09/b/index.html");
        Assert.DoesNotContain(plain.QuerySelectorAll("dl.facts dt"), dt => dt.TextContent == "Diperbarui");
        Assert.Null(plain.QuerySelector("meta[property='article:modified_time']"));
    }

    [Theory]
    [InlineData("updated: 2024-09-19", "'updated' (2024-09-19) is before the bulletin's 'date' (2024-09-20T09:00:00); write the day the bulletin was corrected, or remove 'updated'")]
    [InlineData("updated: kemarin", "'updated' must be a date written year-month-day")]
    public void A_bulletin_updated_date_that_is_not_a_date_or_comes_before_its_date_is_an_error_on_its_line(string line, string message)
    {
        using var site = new TestSite(Corrected.Replace("updated: 2024-09-23T14:30:00", line));
        var error = Assert.Single(site.Errors);
        Assert.StartsWith("content/bulletins/a.md:5:10: error SG0205: " + message, error.ToString());
    }
}
