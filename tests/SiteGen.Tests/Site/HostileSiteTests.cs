using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using SiteGen.Configuration;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Site;

/// <summary>
/// tests/fixtures/hostile carries script, event-handler, javascript:/data:/vbscript:, CSS expression() and invisible or bidi-character
/// payloads in every field of every file.
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
                    // The theme sets no inline style, so any style attribute came from a payload (CSS expression(), url(javascript:)).
                    Assert.False(attribute.Name.Equals("style", StringComparison.OrdinalIgnoreCase), $"{path}: <{element.LocalName} style=\"{attribute.Value}\">");
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
    public void Script_addresses_and_css_expressions_in_fields_show_as_text_and_alt_text_stays_in_its_attribute()
    {
        var page = Pages().Single(p => p.Path == "2024/09/arah/index.html").Page;
        var facts = page.QuerySelector("dl.facts")!;
        Assert.Contains("<div style=\"background:expression(alert('location'))\">Aula</div>", facts.TextContent);
        Assert.Contains("vbscript:msgbox('author')", facts.TextContent);
        var figure = page.QuerySelector("figure")!;
        Assert.Contains("javascript:alert('caption')", figure.TextContent);
        Assert.Contains("data:text/html;base64,PHNjcmlwdD5hbGVydCgnY3JlZGl0Jyk8L3NjcmlwdD4=", figure.TextContent);
        Assert.Empty(figure.QuerySelectorAll("a"));
        // The query and markup after the picture's name are not part of any address.
        Assert.Equal("/2024/09/arah/foto-400.jpg", figure.QuerySelector("img")!.GetAttribute("src"));
        var body = page.QuerySelector(".prose")!;
        Assert.Contains("<span style=\"width:expression(alert('body'))\">lebar</span>", body.TextContent);
        Assert.Contains("width:expression(alert('text'))", body.TextContent);
        var picture = Assert.Single(body.QuerySelectorAll("img"));
        Assert.Equal("<script>alert('alt-md')</script> \"onerror=\"alert('alt-md2')", picture.GetAttribute("alt"));
        Assert.Equal("foto-400.jpg", picture.GetAttribute("src"));

        var unit = Pages().Single(p => p.Path == "satuan/polres-arah-silop/index.html").Page;
        Assert.Contains("Kabupaten <p style=\"width:expression(alert('region'))\">Arah</p>", unit.QuerySelector("main")!.TextContent);
        Assert.Contains("vbscript:msgbox('alamat') data:text/html,<script>alert('alamat')</script>", unit.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public void Invisible_and_bidi_characters_never_reach_an_address()
    {
        var bulletin = Result.Site!.Bulletins.Single(b => b.SourcePath.EndsWith("arah.md", StringComparison.Ordinal));
        Assert.Equal("2024/09/arah/", bulletin.Path);
        Assert.Equal("polres-arah-silop", bulletin.Unit.Slug);
        // A tag that differs from another only by a zero-width space is the same tag, as it looks the same.
        Assert.Equal(["netralitas", "isolasi", "tanda"], bulletin.Tags.Select(t => t.Slug));
        Assert.Single(Result.Site.Bulletins.Select(b => b.Tags.Single(t => t.Slug == "netralitas")).Distinct());

        Assert.All(Result.Files, f => Assert.False(HasHidden(f.Path), $"the output path {Visible(f.Path)} holds an invisible character"));
        foreach (var (path, page) in Pages())
            foreach (var element in page.All)
                foreach (var attribute in element.Attributes.Where(a => a.Name is "href" or "src" or "srcset" or "action"))
                    Assert.False(HasHidden(attribute.Value) || HasHidden(Uri.UnescapeDataString(attribute.Value)),
                        $"{path}: {attribute.Name}=\"{Visible(attribute.Value)}\"");
    }

    [Fact]
    public void A_bidi_override_in_a_field_cannot_turn_around_the_text_after_it()
    {
        var page = Pages().Single(p => p.Path == "2024/09/arah/index.html").Page;
        // The title keeps what was written, closed before the site's name, which therefore reads left to right as usual.
        Assert.Equal("Rapat\u200B Koordinasi \u202Egnp.exe\u202C · Situs <script>alert('title')</script>", page.Title);
        Assert.Equal("Rapat\u200B Koordinasi \u202Egnp.exe\u202C", page.QuerySelector("h1")!.TextContent);
        foreach (var (path, html) in Pages())
        {
            // The text of Markdown bodies stays in its own paragraphs, where an override turns only the paragraph's own words.
            foreach (var text in html.Descendants<IText>().Where(t => t.ParentElement?.Closest(".prose") is null))
                Assert.True(LeavesNothingOpen(text.Data), $"{path}: the text '{Visible(text.Data.Trim())}' leaves a bidi override or isolate open");
            foreach (var attribute in html.All.SelectMany(e => e.Attributes))
                Assert.True(LeavesNothingOpen(attribute.Value), $"{path}: {attribute.Name}=\"{Visible(attribute.Value)}\" leaves a bidi override or isolate open");
        }
        var feed = XDocument.Parse(System.Text.Encoding.UTF8.GetString(Result.Files.Single(f => f.Path == "feed.xml").Bytes));
        Assert.All(feed.Descendants().Where(e => !e.HasElements && e.Name.LocalName != "content"), e => Assert.True(LeavesNothingOpen(e.Value), $"feed.xml <{e.Name.LocalName}>{Visible(e.Value)}"));
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

    /// <summary>Payloads in the fields that name files and addresses: each is an error at its line, and the site is not built.</summary>
    [Theory]
    [InlineData("image: ../../../../etc/passwd", "SG0210")]
    [InlineData("image: /etc/passwd", "SG0210")]
    [InlineData("image: \"%2e%2e/%2e%2e/%2e%2e/sitegen.yaml\"", "SG0210")]
    [InlineData("image: \"data:image/png;base64,iVBORw0KGgo=\"", "SG0210")]
    [InlineData("image: \"javascript:alert('image')\"", "SG0210")]
    [InlineData("image: \"vbscript:msgbox(1)\"", "SG0210")]
    [InlineData("image: \"foto\\u202Egpj.jpg\"", "SG0218")]
    [InlineData("image: \"fo\\u200Bto.jpg\"", "SG0218")]
    [InlineData("aliases: [\"javascript:alert('alias')\"]", "SG0212")]
    [InlineData("aliases: [\"data:text/html,<script>alert(1)</script>\"]", "SG0212")]
    [InlineData("aliases: [\"/lama/<script>alert(1)</script>/\"]", "SG0212")]
    [InlineData("aliases: [\"/lama/\\\"><svg onload=alert(1)>/\"]", "SG0212")]
    [InlineData("aliases: [/../../etc/]", "SG0212")]
    [InlineData("aliases: [\"//evil.example/lama/\"]", "SG0212")]
    [InlineData("aliases: [\"/lama/%2e%2e/%2e%2e/%2e%2e/tmp/\"]", "SG0212")]
    [InlineData("aliases: [\"/lama/\\u202Egnp/\"]", "SG0212")]
    [InlineData("aliases: [\"/lama/%E2%80%AEgnp/\"]", "SG0212")]
    [InlineData("aliases: [\"/lama/nol\\u200Blebar/\"]", "SG0212")]
    [InlineData("slug: ../../etc", "SG0211")]
    [InlineData("slug: \"<script>alert('slug')</script>\"", "SG0211")]
    [InlineData("slug: \"rapat\\u200Bkoordinasi\"", "SG0211")]
    [InlineData("slug: \"rapat\\u202Ekoordinasi\"", "SG0211")]
    public void A_payload_in_an_image_path_alias_or_slug_is_an_error_at_its_line(string field, string code)
    {
        using var site = new TestSite($$"""
            -- content/bulletins/2024/rapat.md --
            ---
            title: Rapat Koordinasi
            unit: Polres Blitar
            date: 2024-09-20
            election: Pilkada Serentak 2024
            {{field}}
            image_alt: Foto kegiatan
            ---
            Isi.
            -- content/bulletins/2024/foto.jpg --
            @image 800x600
            """);
        var error = Assert.Single(site.Build().Diagnostics, d => d.IsError);
        Assert.Equal(("content/bulletins/2024/rapat.md", 6, code), (error.Path, error.Line, error.Code));
        Assert.Empty(site.Result.Files);
        // The message quotes what was written, with invisible characters spelled out so they cannot disguise it.
        Assert.False(HasHidden(error.ToString()), Visible(error.ToString()));
    }

    [Fact]
    public void A_picture_whose_file_name_holds_a_bidi_override_is_refused()
    {
        using var site = new TestSite($$"""
            -- content/bulletins/2024/rapat.md --
            ---
            title: Rapat Koordinasi
            unit: Polres Blitar
            date: 2024-09-20
            election: Pilkada Serentak 2024
            ---
            Foto ![kegiatan](foto%E2%80%AEgpj.exe.jpg).
            -- content/bulletins/2024/foto{{'\u202E'}}gpj.exe.jpg --
            @image 800x600
            """);
        var error = Assert.Single(site.Build().Diagnostics, d => d.IsError);
        Assert.Equal(("content/bulletins/2024/rapat.md", 7, "SG0218"), (error.Path, error.Line, error.Code));
        Assert.Contains("foto%E2%80%AEgpj.exe.jpg", error.Message);
    }

    /// <summary>A file name with a line break or tab would split the lines of upload lists and scripts: it is never published.</summary>
    [Fact]
    public void A_picture_or_file_whose_name_holds_a_line_break_or_tab_is_not_published()
    {
        using var site = new TestSite("""
            -- content/bulletins/2024/rapat.md --
            ---
            title: Rapat Koordinasi
            unit: Polres Blitar
            date: 2024-09-20
            election: Pilkada Serentak 2024
            ---
            Foto ![kegiatan](foto%09baru.jpg).

            Unduh [laporan](laporan%0Abaru.pdf).
            """);
        var folder = Path.Combine(site.Root, "content/bulletins/2024");
        File.WriteAllBytes(Path.Combine(folder, "foto\tbaru.jpg"), TestImages.Make(800, 600));
        File.WriteAllText(Path.Combine(folder, "laporan\nbaru.pdf"), "%PDF-1.4\n");
        var diagnostics = site.Build().Diagnostics;
        var picture = Assert.Single(diagnostics, d => d.IsError);
        Assert.Equal(("content/bulletins/2024/rapat.md", 7, "SG0218"), (picture.Path, picture.Line, picture.Code));
        Assert.DoesNotContain(site.Result.Files, f => f.Path.AsSpan().IndexOfAny('\n', '\t') >= 0);
    }

    [Fact]
    public void An_old_address_written_with_escapes_redirects_from_the_address_a_host_looks_up()
    {
        using var site = new TestSite("""
            -- content/bulletins/2024/rapat.md --
            ---
            title: Rapat Koordinasi
            unit: Polres Blitar
            date: 2024-09-20
            election: Pilkada Serentak 2024
            aliases: ["/berita/rapat%5Fkoordinasi/"]
            ---
            Isi.
            """).BuildOk();
        Assert.True(site.Has("berita/rapat_koordinasi/index.html"));
        Assert.DoesNotContain(site.Result.Files, f => f.Path.Contains('%'));
    }

    [Theory]
    [InlineData("data:text/html,<script>alert('url')</script>")]
    [InlineData("vbscript:msgbox('url')")]
    [InlineData("javascript:alert('url')")]
    [InlineData("https://polres\\u200Bblitar.example.org/")]
    [InlineData("https://example.org/\\u202Efdp.exe")]
    public void A_unit_website_that_is_not_a_plain_web_address_is_an_error(string url)
    {
        using var site = new TestSite($$"""
            -- content/units.yaml --
            - name: Polres Blitar
              polda: Polda Jawa Timur
              region: Kabupaten Blitar
              url: "{{url.Replace("\"", "\\\"")}}"
            -- content/bulletins/2024/rapat.md --
            ---
            title: Rapat Koordinasi
            unit: Polres Blitar
            date: 2024-09-20
            election: Pilkada Serentak 2024
            ---
            Isi.
            """);
        var error = Assert.Single(site.Build().Diagnostics, d => d.IsError);
        Assert.Equal(("content/units.yaml", 4, "SG0113"), (error.Path, error.Line, error.Code));
        Assert.False(HasHidden(error.ToString()), Visible(error.ToString()));
    }

    [Fact]
    public void With_raw_html_on_a_css_expression_and_a_script_address_in_a_style_are_removed()
    {
        using var site = new TestSite("""
            -- sitegen.yaml --
            title: Situs Uji
            base_url: https://example.org/
            markdown:
              unsafe_html: true
            -- content/bulletins/2024/rapat.md --
            ---
            title: Rapat Koordinasi
            unit: Polres Blitar
            date: 2024-09-20
            election: Pilkada Serentak 2024
            ---
            <p style="width: expression(alert('css'))">lebar</p>
            <div style="background: url(javascript:alert('bg'))">latar</div>
            <span style="color: red">merah</span>
            """).BuildOk();
        var body = site.Html("2024/09/rapat/index.html").QuerySelector(".prose")!;
        Assert.Contains("lebar", body.TextContent);
        Assert.Contains("latar", body.TextContent);
        var styles = body.QuerySelectorAll("[style]").Select(e => e.GetAttribute("style")!.ToLowerInvariant()).ToArray();
        Assert.DoesNotContain(styles, style => style.Contains("expression") || style.Contains("javascript"));
    }

    /// <summary>True when every bidi embedding, override and isolate <paramref name="text"/> opens is closed in it again.</summary>
    private static bool LeavesNothingOpen(string text)
    {
        var open = new Stack<char>();
        foreach (var c in text)
        {
            if (c is '\u202A' or '\u202B' or '\u202D' or '\u202E') open.Push('E');
            else if (c is '\u2066' or '\u2067' or '\u2068') open.Push('I');
            else if (c == '\u202C' && open.TryPeek(out var top) && top == 'E') open.Pop();
            else if (c == '\u2069' && open.Contains('I')) while (open.Pop() != 'I') { }
        }
        return open.Count == 0;
    }

    private static bool HasHidden(string text) =>
        text.Any(c => char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format || char.IsControl(c));

    private static string Visible(string text) =>
        string.Concat(text.Select(c => HasHidden(c.ToString()) ? $"<U+{(int)c:X4}>" : c.ToString()));

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
