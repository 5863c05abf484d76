using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Site;

/// <summary>
/// tests/fixtures/hostile carries script, event-handler and javascript: payloads in every field of every file.
/// The site must build, show each payload as plain text, and contain nothing that can run.
/// </summary>
public sealed class HostileSiteTests
{
    private static readonly Lazy<BuildResult> Built = new(() => SiteBuilder.Build(new BuildOptions
    {
        SourceRoot = Path.Combine(RepoPaths.Fixtures, "hostile"),
        Now = TestSite.Now,
    }));

    private static BuildResult Result => Built.Value;

    private static IEnumerable<(string Path, IHtmlDocument Page)> Pages() =>
        Result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal))
            .Select(f => (f.Path, new HtmlParser().ParseDocument(System.Text.Encoding.UTF8.GetString(f.Bytes))));

    [Fact]
    public void Hostile_site_builds_and_reports_each_dropped_link()
    {
        Assert.False(Result.HasErrors, string.Join('\n', Result.Diagnostics));
        var dropped = Result.Diagnostics.Where(d => d.Code == "SG0213").ToArray();
        Assert.Equal(5, dropped.Length);
        Assert.All(dropped, d => Assert.Equal("content/bulletins/serangan.md", d.Path));
    }

    [Fact]
    public void No_page_holds_a_script_an_event_handler_or_a_script_address()
    {
        var pages = Pages().ToArray();
        Assert.True(pages.Length >= 10);
        foreach (var (path, page) in pages)
        {
            foreach (var element in page.All)
            {
                Assert.False(element.LocalName is "script" or "iframe" or "object" or "embed" or "svg" or "style" && !IsThemeScript(element),
                    $"{path}: a <{element.LocalName}> element got into the page");
                foreach (var attribute in element.Attributes)
                {
                    Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{path}: <{element.LocalName} {attribute.Name}=…>");
                    if (attribute.Name is "href" or "src" or "action" or "content")
                    {
                        var value = new string(attribute.Value.Where(c => !char.IsWhiteSpace(c)).ToArray()).ToLowerInvariant();
                        Assert.False(value.Contains("javascript:") || value.StartsWith("data:") || value.StartsWith("vbscript:"),
                            $"{path}: {attribute.Name}=\"{attribute.Value}\"");
                    }
                }
            }
        }
    }

    [Fact]
    public void Payloads_show_as_the_text_that_was_written()
    {
        var path = Result.Site!.Bulletins.Single(b => b.SourcePath.EndsWith("serangan.md", StringComparison.Ordinal)).Path + "index.html";
        var page = Pages().Single(p => p.Path == path).Page;
        Assert.Equal("<script>alert('judul')</script> \"onmouseover=\"alert(1)", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("Situs <script>alert('title')</script>", page.Title);
        Assert.Equal("Polres <img src=x onerror=alert('unit')>", page.QuerySelector("dl.facts a[href='/satuan/polres-jahat/']")!.TextContent);
        Assert.Contains("<script>alert('tag')</script>", page.QuerySelector("ul.tags")!.TextContent);
        Assert.Equal("\" onerror=\"alert('alt')", page.QuerySelector("figure img")!.GetAttribute("alt"));
        Assert.Contains("<script>alert('caption')</script>", page.QuerySelector("figcaption")!.TextContent);
        Assert.Equal("Ringkasan <img src=x onerror=alert('summary')> \"><svg onload=alert(3)>",
            page.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        var body = page.QuerySelector(".prose")!;
        Assert.Contains("<script>alert('body')</script>", body.TextContent);
        Assert.Contains("<div onclick=\"alert('div')\">klik</div>", body.TextContent);
        // Dropped links keep their text; safe ones stay links.
        Assert.Contains("tautan", body.TextContent);
        Assert.NotNull(body.QuerySelector("a[href='https://example.org/aman']"));
        Assert.NotNull(body.QuerySelector("a[href='/satuan/']"));
    }

    [Fact]
    public void Feeds_and_sitemap_stay_well_formed_xml_with_the_payload_as_text()
    {
        foreach (var file in Result.Files.Where(f => f.Path.EndsWith(".xml", StringComparison.Ordinal)))
        {
            var xml = XDocument.Parse(System.Text.Encoding.UTF8.GetString(file.Bytes));
            Assert.NotNull(xml.Root);
        }
        var feed = XDocument.Parse(System.Text.Encoding.UTF8.GetString(Result.Files.Single(f => f.Path == "feed.xml").Bytes));
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var titles = feed.Root!.Elements(atom + "entry").Select(e => e.Element(atom + "title")!.Value).ToArray();
        Assert.Contains("<script>alert('judul')</script> \"onmouseover=\"alert(1)", titles);
    }

    /// <summary>The theme's own script files, and JSON-LD data blocks (never executed) that parse as JSON.</summary>
    private static bool IsThemeScript(IElement element)
    {
        if (element.LocalName != "script") return false;
        if (element.GetAttribute("type") == "application/ld+json")
        {
            using var json = System.Text.Json.JsonDocument.Parse(element.TextContent);
            return true;
        }
        return element.GetAttribute("src") is { } src && src.StartsWith("/assets/", StringComparison.Ordinal) && element.TextContent.Length == 0;
    }
}
