using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering;

/// <summary>Theme assets get content-hash names, so hosts can cache them forever and a change is never hidden by a cache.</summary>
public sealed class AssetTests
{
    private const string Site = "-- content/bulletins/a.md --\n---\ntitle: A\nunit: Polres Blitar\ndate: 2024-09-20\nelection: Pemilu 2024\n---\nIsi.\n";

    [Fact]
    public void Stylesheet_link_carries_a_content_hash_and_the_file_exists_under_that_name()
    {
        using var site = new TestSite(Site).BuildOk();
        var href = site.Html("index.html").QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        Assert.Matches(@"^/assets/css/site\.[0-9a-f]{10}\.css$", href);
        Assert.Equal(File.ReadAllText(Path.Combine(RepoPaths.Theme, "assets", "css", "site.css")), site.Text(href.TrimStart('/')));
    }

    [Fact]
    public void A_changed_stylesheet_gets_a_new_name()
    {
        using var plain = new TestSite(Site).BuildOk();
        var css = File.ReadAllText(Path.Combine(RepoPaths.Theme, "assets", "css", "site.css"));
        var theme = string.Concat(Directory.EnumerateFiles(RepoPaths.Theme, "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith("site.css", StringComparison.Ordinal))
            .Select(f => $"\n-- themes/default/{Path.GetRelativePath(RepoPaths.Theme, f).Replace('\\', '/')} --\n{File.ReadAllText(f)}"));
        using var changed = new TestSite(Site + theme + "\n-- themes/default/assets/css/site.css --\n" + css + "\nbody { color: #000; }\n").BuildOk();
        string Href(TestSite s) => s.Html("index.html").QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        Assert.NotEqual(Href(plain), Href(changed));
    }
}
