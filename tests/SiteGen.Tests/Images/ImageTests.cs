using SiteGen.Images;
using SiteGen.Tests.Support;
using SkiaSharp;

namespace SiteGen.Tests.Images;

/// <summary>Bulletin pictures: resized at build time, sized in the page (no layout shift), cached between builds, and checked.</summary>
public sealed class ImageTests
{
    private const string Bulletin = """
        -- content/bulletins/a.md --
        ---
        title: Berfoto
        unit: Polres Blitar
        date: 2024-09-20
        election: Pemilu 2024
        image: besar.jpg
        image_alt: Apel pagi
        ---
        Paragraf.

        ![Peta lokasi](peta.png)
        -- content/bulletins/besar.jpg --
        @image 2400x1600
        -- content/bulletins/peta.png --
        @image 800x600 png
        """;

    [Fact]
    public void A_large_picture_is_resized_to_each_width_and_never_enlarged()
    {
        using var site = new TestSite(Bulletin).BuildOk();
        foreach (var (width, height) in new[] { (480, 320), (960, 640), (1600, 1067) })
        {
            var file = site.Result.Files.Single(f => f.Path == $"2024/09/a/besar-{width}.jpg");
            using var bitmap = SKBitmap.Decode(file.Bytes);
            Assert.Equal((width, height), (bitmap.Width, bitmap.Height));
        }
        Assert.False(site.Has("2024/09/a/besar-2400.jpg"));
        Assert.True(site.Result.Files.Single(f => f.Path == "2024/09/a/besar-480.jpg").Bytes.Length
            < site.Result.Files.Single(f => f.Path == "2024/09/a/besar-1600.jpg").Bytes.Length);
    }

    [Fact]
    public void Pictures_in_the_text_come_in_sizes_with_their_size_set_and_load_lazily()
    {
        using var site = new TestSite(Bulletin).BuildOk();
        var picture = site.Html("2024/09/a/index.html").QuerySelector(".prose img")!;
        Assert.Equal("peta-800.png", picture.GetAttribute("src"));
        Assert.Equal("peta-480.png 480w, peta-800.png 800w", picture.GetAttribute("srcset"));
        Assert.NotNull(picture.GetAttribute("sizes"));
        Assert.Equal(("800", "600"), (picture.GetAttribute("width"), picture.GetAttribute("height")));
        Assert.Equal("lazy", picture.GetAttribute("loading"));
        using (var small = SKBitmap.Decode(site.Result.Files.Single(f => f.Path == "2024/09/a/peta-480.png").Bytes))
            Assert.Equal((480, 360), (small.Width, small.Height));
        Assert.True(site.Has("2024/09/a/peta-800.png"));
        // Only the sizes are published, not the file as it was put in content/.
        Assert.False(site.Has("2024/09/a/peta.png"));
        var main = site.Html("2024/09/a/index.html").QuerySelector("figure img")!;
        Assert.Null(main.GetAttribute("loading"));
    }

    [Fact]
    public void The_bulletins_own_picture_shown_again_in_its_text_uses_the_same_sizes_and_a_linked_picture_stays_whole()
    {
        const string twice = """
            -- content/bulletins/a.md --
            ---
            title: Berfoto
            unit: Polres Blitar
            date: 2024-09-20
            election: Pemilu 2024
            image: besar.jpg
            image_alt: Apel pagi
            ---
            Sekali lagi: ![Apel pagi](besar.jpg). Unduh [foto ukuran penuh](besar.jpg).
            -- content/bulletins/besar.jpg --
            @image 2400x1600
            """;
        using var site = new TestSite(twice).BuildOk();
        var page = site.Html("2024/09/a/index.html");
        Assert.Equal("besar-960.jpg", page.QuerySelector(".prose img")!.GetAttribute("src"));
        Assert.EndsWith("besar-960.jpg", page.QuerySelector("figure img")!.GetAttribute("src"));
        var published = site.Result.Files.Where(f => f.Path.StartsWith("2024/09/a/besar", StringComparison.Ordinal)).Select(f => f.Path).Order().ToArray();
        Assert.Equal(["2024/09/a/besar-1600.jpg", "2024/09/a/besar-1600.webp", "2024/09/a/besar-480.jpg", "2024/09/a/besar-480.webp",
            "2024/09/a/besar-960.jpg", "2024/09/a/besar-960.webp", "2024/09/a/besar.jpg"], published);
        Assert.Equal(File.ReadAllBytes(Path.Combine(site.Root, "content/bulletins/besar.jpg")), site.Result.Files.Single(f => f.Path == "2024/09/a/besar.jpg").Bytes);
    }

    [Fact]
    public void A_bulletins_own_picture_is_also_published_as_webp_which_its_page_offers_first()
    {
        using var site = new TestSite(Bulletin).BuildOk();
        foreach (var (width, height) in new[] { (480, 320), (960, 640), (1600, 1067) })
        {
            var file = site.Result.Files.Single(f => f.Path == $"2024/09/a/besar-{width}.webp");
            Assert.Equal(new ImageInfo(width, height, ImageFormat.Webp), ImageProbe.Read(file.Bytes));
            // Fewer bytes for the same picture: the point of offering it.
            Assert.True(file.Bytes.Length < site.Result.Files.Single(f => f.Path == $"2024/09/a/besar-{width}.jpg").Bytes.Length);
        }
        var picture = site.Html("2024/09/a/index.html").QuerySelector("figure picture")!;
        var source = picture.QuerySelector("source")!;
        Assert.Equal("image/webp", source.GetAttribute("type"));
        Assert.Equal("/2024/09/a/besar-480.webp 480w, /2024/09/a/besar-960.webp 960w, /2024/09/a/besar-1600.webp 1600w", source.GetAttribute("srcset"));
        Assert.Equal(picture.QuerySelector("img")!.GetAttribute("sizes"), source.GetAttribute("sizes"));
        Assert.Equal("/2024/09/a/besar-960.jpg", picture.QuerySelector("img")!.GetAttribute("src"));
        // A picture in the text is shown as written in Markdown (an <img>), so it is published in its own format only.
        Assert.DoesNotContain(site.Result.Files, f => f.Path.StartsWith("2024/09/a/peta", StringComparison.Ordinal) && f.Path.EndsWith(".webp", StringComparison.Ordinal));
    }

    [Fact]
    public void A_picture_already_webp_gets_no_second_webp()
    {
        using var site = new TestSite(Bulletin.Replace("image: besar.jpg", "image: besar.webp").Replace("-- content/bulletins/besar.jpg --\n@image 2400x1600", "-- content/bulletins/besar.webp --\n@image 2400x1600 webp")).BuildOk();
        var published = site.Result.Files.Where(f => f.Path.StartsWith("2024/09/a/besar", StringComparison.Ordinal)).Select(f => f.Path).Order(StringComparer.Ordinal);
        Assert.Equal(["2024/09/a/besar-1600.webp", "2024/09/a/besar-480.webp", "2024/09/a/besar-960.webp"], published);
        Assert.Null(site.Html("2024/09/a/index.html").QuerySelector("figure picture source"));
        Assert.Null(site.Html("index.html").QuerySelector(".card picture source"));
    }

    [Fact]
    public void Webp_sizes_are_the_same_bytes_however_often_and_wherever_they_are_made()
    {
        var bytes = TestImages.Make(1200, 800);
        var info = ImageProbe.Read(bytes)!;
        var first = new ImageResizer(null).Resize(bytes, "a.jpg", info, withWebp: true);
        var again = new ImageResizer(null).Resize(bytes, "a.jpg", info, withWebp: true);
        Assert.Equal(3, first.WebpVariants.Count);
        foreach (var (a, b) in first.WebpVariants.Zip(again.WebpVariants))
            Assert.Equal(a.Bytes, b.Bytes);
    }

    [Fact]
    public void Cards_carry_the_bulletins_picture_with_its_size_lazily_below_the_first_and_a_placeholder_without_one()
    {
        using var site = new TestSite(Bulletin + "\n" + """
            -- content/bulletins/b.md --
            ---
            title: Tanpa Foto
            unit: Polres Blitar
            date: 2024-09-21
            election: Pemilu 2024
            ---
            Isi.
            -- content/bulletins/c.md --
            ---
            title: Juga Berfoto
            unit: Polres Blitar
            date: 2024-09-19
            election: Pemilu 2024
            image: besar.jpg
            image_alt: Apel siang
            ---
            Isi.
            """).BuildOk();
        // page_size is 2: the newest (no picture) leads the home page, then "Berfoto".
        var home = site.Html("index.html");
        var lead = home.QuerySelector(".card--lead")!;
        Assert.Contains("Tanpa Foto", lead.TextContent);
        var placeholder = lead.QuerySelector(".card__media--none")!;
        Assert.Equal("true", placeholder.GetAttribute("aria-hidden"));
        var card = home.QuerySelectorAll(".card").Single(c => c.TextContent.Contains("Berfoto"));
        var img = card.QuerySelector("picture img")!;
        Assert.Equal(("960", "640"), (img.GetAttribute("width"), img.GetAttribute("height")));
        Assert.Equal("Apel pagi", img.GetAttribute("alt"));
        Assert.Equal("lazy", img.GetAttribute("loading"));
        Assert.StartsWith("/2024/09/a/besar-480.webp 480w", card.QuerySelector("picture source[type='image/webp']")!.GetAttribute("srcset"));
        // A list's first card is at the top of its page: not lazy, so the browser fetches it at once.
        var first = site.Html("halaman/2/index.html").QuerySelector(".card img")!;
        Assert.Null(first.GetAttribute("loading"));
        Assert.Equal("high", first.GetAttribute("fetchpriority"));
    }

    [Fact]
    public void A_picture_in_the_text_without_a_description_is_a_warning_at_its_place()
    {
        using var site = new TestSite(Bulletin.Replace("![Peta lokasi](peta.png)", "![](peta.png) dan ![ *Peta* ](peta.png) lalu ![  ](https://example.org/x.png)"));
        var warnings = site.Build().Diagnostics.Where(d => d.Code == "SG0208").Select(d => d.ToString()).ToArray();
        Assert.Equal(2, warnings.Length);
        Assert.StartsWith("content/bulletins/a.md:11:1: warning SG0208: the picture 'peta.png' has no description; write what it shows between the brackets", warnings[0]);
        Assert.StartsWith("content/bulletins/a.md:11:46: warning SG0208: the picture 'https://example.org/x.png' has no description", warnings[1]);
        Assert.False(site.Result.HasErrors);
    }

    [Fact]
    public void An_unchanged_picture_is_not_encoded_again_on_the_next_build()
    {
        using var site = new TestSite(Bulletin);
        var first = site.Build();
        // Three sizes of the bulletin's picture, the same three as WebP, and two of the map in its text.
        Assert.Contains("pictures: 8 sizes made, 0 from the cache", first.Timings.Single(t => t.Phase == "render").Detail);
        var second = site.Build();
        Assert.Contains("pictures: 0 sizes made, 8 from the cache", second.Timings.Single(t => t.Phase == "render").Detail);
        foreach (var file in first.Files.Where(f => f.Path.EndsWith(".jpg", StringComparison.Ordinal) || f.Path.EndsWith(".png", StringComparison.Ordinal) || f.Path.EndsWith(".webp", StringComparison.Ordinal)))
            Assert.Equal(file.Bytes, second.Files.Single(f => f.Path == file.Path).Bytes);
    }

    [Fact]
    public void When_the_cache_folder_cannot_be_made_the_site_builds_without_it_with_one_warning()
    {
        // A read-only checkout, or (as here) a file named .sitegen where the cache folder would go.
        using var site = new TestSite(Bulletin + "\n-- .sitegen --\nbukan folder\n");
        site.BuildOk();
        var warning = Assert.Single(site.Result.Diagnostics);
        Assert.Equal((".sitegen/cache", "SG0006"), (warning.Path, warning.Code));
        Assert.False(warning.IsError);
        Assert.Contains("pictures were resized without the cache: .sitegen/cache cannot be used ('.sitegen' is a file, not a folder)", warning.Message);
        Assert.Contains("remove what is in its way", warning.Message);
        using var bitmap = SKBitmap.Decode(site.Result.Files.Single(f => f.Path == "2024/09/a/besar-480.jpg").Bytes);
        Assert.Equal((480, 320), (bitmap.Width, bitmap.Height));
    }

    [SkippableFact]
    public void When_the_cache_folder_is_read_only_the_site_builds_without_it_with_one_warning()
    {
        using var site = new TestSite(Bulletin);
        var cache = Path.Combine(site.Root, ".sitegen", "cache");
        Directory.CreateDirectory(cache);
        if (OperatingSystem.IsWindows()) throw new SkipException("Windows has no read-only folders of this kind");
        File.SetUnixFileMode(cache, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        try
        {
            Skip.If(CanWrite(cache), "this user writes into read-only folders (root), so the case cannot be made here");
            site.BuildOk();
            var warning = Assert.Single(site.Result.Diagnostics);
            Assert.Equal((".sitegen/cache", "SG0006"), (warning.Path, warning.Code));
            Assert.True(site.Has("2024/09/a/besar-480.jpg"));
        }
        finally
        {
            File.SetUnixFileMode(cache, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [SkippableFact]
    public void A_link_put_in_the_cache_is_not_published_as_a_picture()
    {
        using var outside = new TempFolder();
        outside.Write("rahasia.txt", "RAHASIA-cache");
        using var site = new TestSite(Bulletin).BuildOk();
        foreach (var entry in Directory.GetFiles(Path.Combine(site.Root, ".sitegen", "cache")))
        {
            File.Delete(entry);
            Links.ToFile(entry, outside.Combine("rahasia.txt"));
        }
        site.BuildOk();
        Assert.DoesNotContain(site.Result.Files, f => System.Text.Encoding.UTF8.GetString(f.Bytes).Contains("RAHASIA-cache"));
        using var bitmap = SKBitmap.Decode(site.Result.Files.Single(f => f.Path == "2024/09/a/besar-480.jpg").Bytes);
        Assert.Equal((480, 320), (bitmap.Width, bitmap.Height));
    }

    [Fact]
    public void A_file_in_the_cache_that_is_not_the_size_it_is_named_for_is_made_again()
    {
        // The cache is in the site's folder, so a commit can put anything there: it is checked before it is published.
        using var site = new TestSite(Bulletin).BuildOk();
        foreach (var entry in Directory.GetFiles(Path.Combine(site.Root, ".sitegen", "cache")))
            File.WriteAllText(entry, "<html><script>alert(1)</script></html>");
        site.BuildOk();
        Assert.Contains("pictures: 8 sizes made, 0 from the cache", site.Result.Timings.Single(t => t.Phase == "render").Detail);
        using var bitmap = SKBitmap.Decode(site.Result.Files.Single(f => f.Path == "2024/09/a/besar-960.jpg").Bytes);
        Assert.Equal((960, 640), (bitmap.Width, bitmap.Height));
        Assert.Equal(new ImageInfo(960, 640, ImageFormat.Webp), ImageProbe.Read(site.Result.Files.Single(f => f.Path == "2024/09/a/besar-960.webp").Bytes));
    }

    [SkippableFact]
    public void A_cache_folder_that_is_a_link_out_of_the_site_is_not_written()
    {
        using var outside = new TempFolder();
        using var site = new TestSite(Bulletin);
        Links.ToFolder(Path.Combine(site.Root, ".sitegen"), outside.Path);
        site.BuildOk();
        var warning = Assert.Single(site.Result.Diagnostics);
        Assert.Equal((".sitegen/cache", "SG0006"), (warning.Path, warning.Code));
        Assert.Contains("leads outside the site's folder", warning.Message);
        Assert.Empty(Directory.EnumerateFileSystemEntries(outside.Path));
    }

    private static bool CanWrite(string folder)
    {
        var probe = Path.Combine(folder, "probe");
        try
        {
            File.WriteAllText(probe, "");
            File.Delete(probe);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    [Fact]
    public void A_damaged_or_unsupported_picture_is_an_error_naming_the_bulletin()
    {
        using var site = new TestSite(Bulletin.Replace("@image 2400x1600", "\u00ff\u00d8\u00ff not really") + "\n-- content/bulletins/b.md --\n---\ntitle: Vektor\nunit: Polres Blitar\ndate: 2024-09-21\nelection: Pemilu 2024\n---\n![logo](logo.svg)\n-- content/bulletins/logo.svg --\n<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>\n");
        var errors = site.Build().Diagnostics.Where(d => d.IsError).Select(d => $"{d.Path}:{d.Line} {d.Code}").ToArray();
        // A damaged JPEG cannot be read; an SVG is refused by its ending before it is opened.
        Assert.Equal(["content/bulletins/a.md:6 SG0215", "content/bulletins/b.md:7 SG0219"], errors);
    }

    [Fact]
    public void A_picture_too_large_to_resize_is_an_error_before_it_is_decoded()
    {
        // A PNG of 20,000 × 20,000 pixels (1.6 GB once decoded) in a few hundred bytes: only its header is real.
        using var site = new TestSite(Bulletin);
        File.WriteAllBytes(Path.Combine(site.Root, "content/bulletins/besar.jpg"), TestImages.PngHeader(20_000, 20_000));
        var error = Assert.Single(site.Build().Diagnostics, d => d.IsError);
        Assert.Equal("content/bulletins/a.md:6:8: error SG0215: image 'besar.jpg' is 20000×20000 pixels, more than the 100 megapixels SiteGen resizes; save a smaller copy (4,000 pixels wide is plenty) and use that", error.ToString());
    }

    [Theory]
    [InlineData(SKEncodedOrigin.RightTop)]
    [InlineData(SKEncodedOrigin.LeftBottom)]
    [InlineData(SKEncodedOrigin.BottomRight)]
    public void Pictures_taken_sideways_are_turned_upright(SKEncodedOrigin origin)
    {
        // A 300x200 picture whose red mark is in the top-left corner once shown upright.
        var upright = TestImages.Make(300, 200);
        var stored = Store(upright, origin);
        var info = ImageProbe.Read(stored)!;
        Assert.Equal((300, 200), (info.Width, info.Height));
        var variant = Assert.Single(new ImageResizer(null).Resize(stored, "x.jpg", info).Variants);
        using var bitmap = SKBitmap.Decode(variant.Bytes);
        Assert.Equal((300, 200), (bitmap.Width, bitmap.Height));
        var corner = bitmap.GetPixel(10, 10);
        Assert.True(corner.Red > 180 && corner.Green < 80, $"top-left is {corner}, not the red mark");
    }

    /// <summary>Turns an upright picture the way a camera stores it for <paramref name="origin"/> and writes the EXIF orientation tag.</summary>
    private static byte[] Store(byte[] upright, SKEncodedOrigin origin)
    {
        using var source = SKBitmap.Decode(upright);
        var (degrees, orientation) = origin switch
        {
            SKEncodedOrigin.RightTop => (-90, (byte)6),
            SKEncodedOrigin.LeftBottom => (90, (byte)8),
            _ => (180, (byte)3),
        };
        var quarter = degrees != 180;
        using var turned = new SKBitmap(quarter ? source.Height : source.Width, quarter ? source.Width : source.Height);
        using (var canvas = new SKCanvas(turned))
        {
            canvas.Translate(turned.Width / 2f, turned.Height / 2f);
            canvas.RotateDegrees(degrees);
            canvas.Translate(-source.Width / 2f, -source.Height / 2f);
            using var image = SKImage.FromBitmap(source);
            canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Nearest), null);
        }
        using var encoded = SKImage.FromBitmap(turned).Encode(SKEncodedImageFormat.Jpeg, 90);
        var jpeg = encoded.ToArray();
        // APP1 Exif segment with a one-entry IFD0 holding Orientation (tag 0x0112), inserted after the SOI marker.
        byte[] exif =
        [
            0xFF, 0xE1, 0x00, 0x22, (byte)'E', (byte)'x', (byte)'i', (byte)'f', 0, 0,
            (byte)'M', (byte)'M', 0x00, 0x2A, 0x00, 0x00, 0x00, 0x08,
            0x00, 0x01, 0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, 0x00, orientation, 0x00, 0x00,
            0x00, 0x00, 0x00, 0x00,
        ];
        return [.. jpeg[..2], .. exif, .. jpeg[2..]];
    }
}
