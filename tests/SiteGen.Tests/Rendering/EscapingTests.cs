using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering;

/// <summary>Every value a template prints is escaped by the renderer, not by the theme remembering to: a custom theme that never escapes is still safe.</summary>
public sealed class EscapingTests
{
    private const string NaiveTheme = """
        -- sitegen.yaml --
        title: "<b>Situs</b>"
        base_url: https://example.org/
        theme: polos
        -- themes/polos/layouts/base.html --
        <title>{{ page.title }}</title>{{ main }}
        -- themes/polos/layouts/bulletin.html --
        <h1 title="{{ bulletin.title }}">{{ bulletin.title }}</h1>
        <p>{{ bulletin.unit.name }}|{{ bulletin.summary }}|{{ bulletin.tags[0].name }}</p>
        {{ include 'isi' }}
        <p>{{ "<i>" + bulletin.location + "</i>" }}</p>
        -- themes/polos/partials/isi.html --
        <div>{{ bulletin.content }}</div><span>{{ site.title }}</span>
        -- themes/polos/layouts/home.html --
        -- themes/polos/layouts/term.html --
        -- themes/polos/layouts/terms.html --
        -- themes/polos/layouts/page.html --
        -- themes/polos/layouts/search.html --
        -- themes/polos/layouts/404.html --
        -- themes/polos/i18n/id.yaml --
        units_title: a
        elections_title: b
        tags_title: c
        archive_title: d
        search_title: e
        not_found_title: f
        redirect_text: g
        nav_home: h
        nav_units: i
        nav_elections: j
        nav_tags: k
        nav_archive: l
        -- content/bulletins/x.md --
        ---
        title: "<script>alert(1)</script>\" onmouseover=\"x"
        unit: Polres Blitar
        date: 2024-09-20
        election: Pemilu 2024
        tags: ["<img src=x onerror=y>"]
        summary: "a & b < c"
        location: "<u>aula</u>"
        ---
        **Tebal** dan <em>mentah</em>.
        """;

    [Fact]
    public void Values_are_escaped_and_rendered_markdown_and_partials_are_not()
    {
        using var site = new TestSite(NaiveTheme).BuildOk();
        var html = site.Text(site.Result.Site!.Bulletins[0].Path + "index.html");
        Assert.Contains("<h1 title=\"&lt;script&gt;alert(1)&lt;/script&gt;&quot; onmouseover=&quot;x\">&lt;script&gt;alert(1)&lt;/script&gt;&quot; onmouseover=&quot;x</h1>", html);
        Assert.Contains("<p>Polres Blitar|a &amp; b &lt; c|&lt;img src=x onerror=y&gt;</p>", html);
        // Markdown is rendered HTML (raw HTML inside it is escaped by the Markdown step); partials are not escaped twice.
        Assert.Contains("<div><p><strong>Tebal</strong> dan &lt;em&gt;mentah&lt;/em&gt;.</p>\n</div><span>&lt;b&gt;Situs&lt;/b&gt;</span>", html);
        Assert.Contains("<p>&lt;i&gt;&lt;u&gt;aula&lt;/u&gt;&lt;/i&gt;</p>", html);
        Assert.Contains("<title>&lt;script&gt;", html);
    }

    [Fact]
    public void Unsafe_html_mode_passes_html_but_strips_scripts_and_handlers()
    {
        using var site = new TestSite(TestSite.UnsafeHtmlSettings + """
            -- content/bulletins/x.md --
            ---
            title: Mentah
            unit: Polres Blitar
            date: 2024-09-20
            election: Pemilu 2024
            ---
            <p class="x" onclick="alert(1)">Teks <em>miring</em></p>
            <script>alert(2)</script>
            <a href="javascript:alert(3)">tautan</a> <iframe src="https://example.org"></iframe>
            """).BuildOk();
        var prose = site.Html(site.Result.Site!.Bulletins[0].Path + "index.html").QuerySelector(".prose")!;
        Assert.NotNull(prose.QuerySelector("p.x em"));
        Assert.Null(prose.QuerySelector("script"));
        Assert.Null(prose.QuerySelector("iframe"));
        Assert.Null(prose.QuerySelector("[onclick]"));
        Assert.DoesNotContain("javascript:", prose.InnerHtml);
    }
}
