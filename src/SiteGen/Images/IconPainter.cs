using SiteGen.Text;
using SkiaSharp;

namespace SiteGen.Images;

/// <summary>
/// Paints the site's icons (favicon, phone home-screen icons) and its header logo from the office's logo, or from a mark
/// of the site's initials when it has none, and packs favicon.ico. Everything is drawn on the CPU with fixed settings, so
/// the same input gives the same bytes.
/// </summary>
public static class IconPainter
{
    private static readonly SKSamplingOptions Smooth = new(SKFilterMode.Linear, SKMipmapMode.Linear);

    /// <summary>A square PNG icon of <paramref name="size"/> pixels with the logo fitted into <paramref name="fill"/> of it, on <paramref name="background"/> (or transparent).</summary>
    public static byte[] FromLogo(SKImage logo, int size, float fill, SKColor? background)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(size, size, SKColorType.Rgba8888, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(background ?? SKColors.Transparent);
            var scale = Math.Min(size * fill / logo.Width, size * fill / logo.Height);
            var (w, h) = (logo.Width * scale, logo.Height * scale);
            canvas.DrawImage(logo, SKRect.Create((size - w) / 2, (size - h) / 2, w, h), Smooth);
        }
        return Png(bitmap);
    }

    /// <summary>
    /// A square PNG icon of the site's initials in white on the brand colour, over a short bar of the accent colour; with
    /// <paramref name="rounded"/> corners for icons shown as they are, square for those a phone rounds itself.
    /// </summary>
    public static byte[] FromMark(string initials, int size, SKColor brand, SKColor accent, bool rounded, float fill = 1f)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(size, size, SKColorType.Rgba8888, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(rounded ? SKColors.Transparent : brand);
            using var fillPaint = new SKPaint { Color = brand, IsAntialias = true };
            if (rounded) canvas.DrawRoundRect(SKRect.Create(0, 0, size, size), size * 0.18f, size * 0.18f, fillPaint);
            // The mark keeps to the middle part (fill), so a phone's round or rounded crop never cuts it.
            var box = size * fill;
            var capHeight = box * (initials.Length > 1 ? 0.36f : 0.46f);
            var middle = size / 2f - box * 0.05f;
            MarkGlyphs.Draw(canvas, initials, size / 2f, middle, box * 0.72f, capHeight, SKColors.White);
            using var bar = new SKPaint { Color = accent, IsAntialias = true };
            var barWidth = box * 0.36f;
            var barHeight = Math.Max(1f, box * 0.07f);
            canvas.DrawRoundRect(SKRect.Create((size - barWidth) / 2, middle + capHeight / 2 + box * 0.09f, barWidth, barHeight), barHeight / 2, barHeight / 2, bar);
        }
        return Png(bitmap);
    }

    /// <summary>The logo <paramref name="height"/> pixels high (never enlarged), as PNG and as WebP (lossy at a high quality, its transparency kept whole), with its size.</summary>
    public static (byte[] Png, byte[] Webp, int Width, int Height) HeaderLogo(SKImage logo, int height)
    {
        var h = Math.Min(height, logo.Height);
        var w = Math.Max(1, (int)Math.Round((double)logo.Width * h / logo.Height));
        using var bitmap = new SKBitmap(new SKImageInfo(w, h, SKColorType.Rgba8888, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.Transparent);
            canvas.DrawImage(logo, SKRect.Create(0, 0, w, h), Smooth);
        }
        using var pixmap = bitmap.PeekPixels();
        using var webp = pixmap.Encode(new SKWebpEncoderOptions(SKWebpEncoderCompression.Lossy, 90))
            ?? throw new InvalidDataException(Messages.Say.ImageNotEncoded);
        return (Png(bitmap), webp.ToArray(), w, h);
    }

    /// <summary>A Windows icon file holding the PNG pictures as they are (each square, at most 256 pixels): a 6-byte header, a 16-byte entry per picture, then the pictures.</summary>
    public static byte[] Ico(IReadOnlyList<(int Size, byte[] Png)> pictures)
    {
        using var stream = new MemoryStream();
        using var writer = new BinaryWriter(stream);
        writer.Write((ushort)0); // reserved
        writer.Write((ushort)1); // 1: icon
        writer.Write((ushort)pictures.Count);
        var offset = 6 + 16 * pictures.Count;
        foreach (var (size, png) in pictures)
        {
            writer.Write((byte)(size >= 256 ? 0 : size)); // width; 0 stands for 256
            writer.Write((byte)(size >= 256 ? 0 : size)); // height
            writer.Write((byte)0); // colours in a palette: none
            writer.Write((byte)0); // reserved
            writer.Write((ushort)1); // colour planes
            writer.Write((ushort)32); // bits per pixel
            writer.Write((uint)png.Length);
            writer.Write((uint)offset);
            offset += png.Length;
        }
        foreach (var (_, png) in pictures) writer.Write(png);
        writer.Flush();
        return stream.ToArray();
    }

    /// <summary>Up to two letters or digits that stand for a site: the first of each word of its title that names it ("Buletin Pengamanan Pemilu" → "PP").</summary>
    public static string Initials(string title)
    {
        var words = Slug.From(title).Split('-', StringSplitOptions.RemoveEmptyEntries);
        var naming = words.Where(w => !GenericWords.Contains(w)).ToArray();
        var chosen = (naming.Length > 0 ? naming : words).Select(w => char.ToUpperInvariant(w[0])).Where(MarkGlyphs.CanDraw).Take(2);
        var initials = string.Concat(chosen);
        return initials.Length > 0 ? initials : "S";
    }

    // Words that say what kind of site it is rather than whose: "Buletin Humas Polres Blitar" is marked "PB".
    private static readonly HashSet<string> GenericWords = new(StringComparer.Ordinal)
    {
        "buletin", "berita", "humas", "rilis", "situs", "portal", "info", "informasi", "kabar", "warta", "media",
        "dan", "di", "ke", "dari", "untuk", "yang", "the", "of", "and", "news", "bulletin", "bulletins", "site",
    };

    private static byte[] Png(SKBitmap bitmap)
    {
        using var pixmap = bitmap.PeekPixels();
        using var data = pixmap.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.AllFilters, 9))
            ?? throw new InvalidDataException(Messages.Say.ImageNotEncoded);
        return data.ToArray();
    }
}
