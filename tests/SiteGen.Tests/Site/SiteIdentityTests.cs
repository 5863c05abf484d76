using System.Text.Json;
using SiteGen.Tests.Support;
using SkiaSharp;

namespace SiteGen.Tests.Site;

/// <summary>The office's identity on every page: its logo in the header, a favicon and phone icons made from it (or from the site's initials), its colours and its contact details in the footer.</summary>
public sealed class SiteIdentityTests
{
    private const string Bulletin = """
        -- content/bulletins/a.md --
        ---
        title: Apel Siaga
        unit: Polres Blitar
        date: 2024-09-20
        election: Pilkada Serentak 2024
        ---
        Isi.

        """;

    private static string Settings(string more) => $"""
        -- sitegen.yaml --
        title: Buletin Humas Polres Blitar
        base_url: https://example.org/buletin/
        {more}

        """;

    [Fact]
    public void Without_a_logo_the_site_still_has_a_favicon_phone_icons_and_a_manifest_made_from_its_initials()
    {
        using var site = new TestSite(Settings("") + Bulletin).BuildOk();
        Assert.Empty(site.Diagnostics);
        var home = site.Html("index.html");
        Assert.Equal("PB", home.QuerySelector(".brand__mark")!.TextContent);
        Assert.Equal("/buletin/favicon.ico", home.QuerySelector("link[rel=icon]")!.GetAttribute("href"));
        Assert.Equal("/buletin/apple-touch-icon.png", home.QuerySelector("link[rel=apple-touch-icon]")!.GetAttribute("href"));
        Assert.Equal("/buletin/manifest.webmanifest", home.QuerySelector("link[rel=manifest]")!.GetAttribute("href"));

        AssertIco(Bytes(site, "favicon.ico"), [16, 32, 48]);
        AssertOpaqueSquare(Bytes(site, "apple-touch-icon.png"), 180);
        AssertOpaqueSquare(Bytes(site, "icon-maskable.png"), 512);
        using (var icon = SKBitmap.Decode(Bytes(site, "icon-192.png"))) Assert.Equal((192, 192), (icon.Width, icon.Height));

        using var manifest = JsonDocument.Parse(Bytes(site, "manifest.webmanifest"));
        var root = manifest.RootElement;
        Assert.Equal("Buletin Humas Polres Blitar", root.GetProperty("name").GetString());
        Assert.Equal("/buletin/", root.GetProperty("start_url").GetString());
        Assert.Equal("/buletin/", root.GetProperty("scope").GetString());
        Assert.Equal("#0f2a4a", root.GetProperty("theme_color").GetString());
        Assert.Equal(["icon-192.png 192x192 any", "icon-512.png 512x512 any", "icon-maskable.png 512x512 maskable"],
            root.GetProperty("icons").EnumerateArray().Select(i => $"{i.GetProperty("src").GetString()} {i.GetProperty("sizes").GetString()} {i.GetProperty("purpose").GetString()}"));
        // Pages without a picture of their own are shared with the site's icon.
        Assert.Equal("https://example.org/buletin/icon-512.png", home.QuerySelector("meta[property='og:image']")!.GetAttribute("content"));
    }

    [Fact]
    public void A_logo_is_shown_in_the_header_as_webp_and_png_and_the_icons_are_made_from_it()
    {
        using var site = new TestSite(Settings("logo: content/gambar/logo.png\nshort_title: Humas Blitar") + Bulletin + """
            -- content/gambar/logo.png --
            @image 600x300 png
            """).BuildOk();
        Assert.Empty(site.Diagnostics);
        var logo = site.Html("index.html").QuerySelector(".brand__logo")!;
        var webp = logo.QuerySelector("source[type='image/webp']")!.GetAttribute("srcset")!;
        var png = logo.QuerySelector("img")!;
        Assert.Matches(@"^/buletin/assets/logo\.[0-9a-f]{10}\.webp$", webp);
        Assert.Matches(@"^/buletin/assets/logo\.[0-9a-f]{10}\.png$", png.GetAttribute("src")!);
        Assert.Equal(("224", "112"), (png.GetAttribute("width"), png.GetAttribute("height")));
        using (var header = SKBitmap.Decode(Bytes(site, webp["/buletin/".Length..]))) Assert.Equal((224, 112), (header.Width, header.Height));
        Assert.Null(site.Html("index.html").QuerySelector(".brand__mark"));

        AssertIco(Bytes(site, "favicon.ico"), [16, 32, 48]);
        // The logo's top-left corner is red (TestImages' mark), fitted into the middle of an opaque white tile.
        using (var touch = AssertOpaqueSquare(Bytes(site, "apple-touch-icon.png"), 180))
        {
            Assert.Equal(SKColors.White, touch.GetPixel(2, 2));
            Assert.True(touch.GetPixel(20, 50).Red > 200, touch.GetPixel(20, 50).ToString());
        }
        using var manifest = JsonDocument.Parse(Bytes(site, "manifest.webmanifest"));
        Assert.Equal("Humas Blitar", manifest.RootElement.GetProperty("short_name").GetString());
    }

    [Fact]
    public void The_sites_colours_come_in_a_stylesheet_after_the_themes_and_colour_the_browser_and_the_icons()
    {
        using var site = new TestSite(Settings("colors:\n  brand: \"#5B2C06\"\n  accent: \"#f0c419\"") + Bulletin).BuildOk();
        Assert.Empty(site.Diagnostics);
        var home = site.Html("index.html");
        var sheets = home.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!).ToArray();
        Assert.Equal(2, sheets.Length);
        Assert.Matches(@"^/buletin/assets/colors\.[0-9a-f]{10}\.css$", sheets[1]);
        var css = site.Text(sheets[1]["/buletin/".Length..]);
        Assert.Contains("--brand: #5b2c06;", css);
        Assert.Contains("--accent: #f0c419;", css);
        Assert.Equal("#5b2c06", home.QuerySelector("meta[name=theme-color]")!.GetAttribute("content"));
        using (var icon = SKBitmap.Decode(Bytes(site, "apple-touch-icon.png"))) Assert.Equal(SKColor.Parse("#5b2c06"), icon.GetPixel(1, 1));
    }

    [Fact]
    public void Without_colours_no_extra_stylesheet_is_loaded()
    {
        using var site = new TestSite(Settings("") + Bulletin).BuildOk();
        Assert.Single(site.Html("index.html").QuerySelectorAll("link[rel=stylesheet]"));
    }

    [Theory]
    [InlineData("#7fa0c0", "brand", "white text on the 'brand' colour #7fa0c0 has a contrast of only 2.7:1")]
    [InlineData("#ffffff", "brand", "white text on the 'brand' colour #ffffff has a contrast of only 1.0:1")]
    [InlineData("#444", "accent", "dark text on the 'accent' colour #444 has a contrast of only 1.9:1")]
    public void A_colour_the_themes_text_would_be_hard_to_read_on_is_an_error_suggesting_one_that_passes(string color, string key, string message)
    {
        using var site = new TestSite(Settings($"colors:\n  {key}: \"{color}\"") + Bulletin);
        var error = Assert.Single(site.Build().Diagnostics);
        Assert.Equal("SG0007", error.Code);
        Assert.StartsWith(message, error.Message);
        // The suggested shade passes.
        var suggested = System.Text.RegularExpressions.Regex.Match(error.Message, "\"(#[0-9a-f]{6})\"").Groups[1].Value;
        var text = key == "brand" ? "#ffffff" : "#111111";
        Assert.True(Configuration.ColorContrast.Ratio(suggested, text) >= 4.5, suggested);
        using var fixedSite = new TestSite(Settings($"colors:\n  {key}: \"{suggested}\"") + Bulletin);
        Assert.Empty(fixedSite.Build().Diagnostics);
    }

    [Fact]
    public void The_footer_shows_each_contact_detail_that_is_set_with_the_link_that_dials_or_writes_to_it()
    {
        using var site = new TestSite(Settings("""
            contact:
              address: Jl. Kenanga No. 5, Blitar
              phone: (0342) 801110
              whatsapp: 0812-3456-7890
              email: humas@polresblitar.example.org
              call_center: "110"
              ppid: https://ppid.polri.go.id/
            """) + Bulletin).BuildOk();
        Assert.Empty(site.Diagnostics);
        var footer = site.Html("2024/09/a/index.html").QuerySelector(".site-footer")!;
        string Href(string text) => footer.QuerySelectorAll("a").Single(a => a.TextContent.Contains(text, StringComparison.Ordinal)).GetAttribute("href")!;
        Assert.Equal("tel:110", footer.QuerySelector(".call-center a")!.GetAttribute("href"));
        Assert.Equal("tel:0342801110", Href("(0342) 801110"));
        Assert.Equal("https://wa.me/6281234567890", Href("0812-3456-7890"));
        Assert.Equal("mailto:humas@polresblitar.example.org", Href("humas@"));
        Assert.Equal("https://ppid.polri.go.id/", footer.QuerySelector("a[href^='https://ppid']")!.GetAttribute("href"));
        Assert.Contains("Jl. Kenanga No. 5, Blitar", footer.TextContent);
    }

    [Fact]
    public void A_contact_detail_that_is_not_set_is_not_shown_and_without_any_the_block_is_absent()
    {
        using (var some = new TestSite(Settings("contact:\n  call_center: \"110\"") + Bulletin).BuildOk())
        {
            var footer = some.Html("index.html").QuerySelector(".site-footer")!;
            Assert.NotNull(footer.QuerySelector(".call-center"));
            Assert.Null(footer.QuerySelector("a[href^=mailto]"));
            Assert.Null(footer.QuerySelector("a[href^='https://wa.me']"));
            Assert.DoesNotContain("PPID", footer.TextContent);
        }
        using var none = new TestSite(Settings("") + Bulletin).BuildOk();
        Assert.Null(none.Html("index.html").QuerySelector(".site-footer__contact"));
        Assert.Null(none.Html("index.html").QuerySelector(".call-center"));
    }

    private static byte[] Bytes(TestSite site, string path) => site.Result.Files.Single(f => f.Path == path).Bytes;

    /// <summary>An ICO file: its header and entries, each a PNG of the size the entry states, lying inside the file.</summary>
    private static void AssertIco(byte[] ico, int[] sizes)
    {
        Assert.Equal(0, BitConverter.ToUInt16(ico, 0));
        Assert.Equal(1, BitConverter.ToUInt16(ico, 2));
        Assert.Equal(sizes.Length, BitConverter.ToUInt16(ico, 4));
        for (var i = 0; i < sizes.Length; i++)
        {
            var entry = 6 + 16 * i;
            Assert.Equal((sizes[i], sizes[i]), (ico[entry], ico[entry + 1]));
            var length = (int)BitConverter.ToUInt32(ico, entry + 8);
            var offset = (int)BitConverter.ToUInt32(ico, entry + 12);
            Assert.True(offset + length <= ico.Length);
            using var png = SKBitmap.Decode(ico.AsSpan(offset, length).ToArray());
            Assert.Equal((sizes[i], sizes[i]), (png.Width, png.Height));
        }
    }

    /// <summary>A square picture of <paramref name="size"/> with no see-through pixel: phones show such icons on a tile of their own otherwise.</summary>
    private static SKBitmap AssertOpaqueSquare(byte[] png, int size)
    {
        var bitmap = SKBitmap.Decode(png);
        Assert.Equal((size, size), (bitmap.Width, bitmap.Height));
        for (var y = 0; y < size; y += 7)
            for (var x = 0; x < size; x += 7)
                Assert.Equal(255, bitmap.GetPixel(x, y).Alpha);
        return bitmap;
    }
}
