using System.Security.Cryptography;
using SkiaSharp;

namespace SiteGen.Images;

/// <summary>
/// Makes the sizes of a bulletin picture (SkiaSharp), turning it upright by its EXIF orientation. Each size is kept in
/// a cache folder keyed by the picture's bytes, so an unchanged picture is not encoded again on the next build.
/// </summary>
public sealed class ImageResizer(string? cacheFolder)
{
    /// <summary>The largest picture that is decoded to be resized, in pixels (a 100-megapixel photo takes 400 MB while it is resized).</summary>
    public const long MaxPixels = 100_000_000;

    /// <summary>False for a picture too large to decode: a small file can declare a huge size.</summary>
    public static bool CanResize(ImageInfo info) => (long)info.Width * info.Height <= MaxPixels;

    /// <summary>Widths offered to browsers; the original width is used instead of any larger one.</summary>
    public static readonly int[] Widths = [480, 960, 1600];

    private const int Quality = 80;
    // Part of every cache key: raise it when encoding changes, so old cache entries are not reused.
    private const string EncoderVersion = "1";

    private int _encoded;
    private int _reused;
    // A resizer kept across builds (sitegen serve) answers an unchanged picture (the same byte array) from memory.
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<byte[], Tuple<string, ResponsiveImage>> _resized = [];

    public int Encoded => _encoded;
    public int Reused => _reused;

    /// <param name="fileName">The picture's file name, e.g. "fgd.jpg"; sizes are named "fgd-480.jpg".</param>
    public ResponsiveImage Resize(byte[] bytes, string fileName, ImageInfo info)
    {
        if (info.Format == ImageFormat.Gif)
            return new ResponsiveImage([new ImageVariant(fileName, info.Width, info.Height, bytes)]);
        if (_resized.TryGetValue(bytes, out var known) && known.Item1 == fileName) return known.Item2;
        var result = ResizeOnce(bytes, fileName, info);
        _resized.AddOrUpdate(bytes, Tuple.Create(fileName, result));
        return result;
    }

    /// <summary>The names of the files <see cref="Resize"/> makes for a picture, known before any is made (to find clashes early).</summary>
    public static IReadOnlyList<string> FileNames(string fileName, ImageInfo info) => Plan(fileName, info).Select(s => s.FileName).ToArray();

    /// <summary>The sizes <see cref="Resize"/> makes for a picture (names, widths and heights, smallest first), known before any is made.</summary>
    public static IReadOnlyList<PlannedSize> Plan(string fileName, ImageInfo info) =>
        info.Format == ImageFormat.Gif
            ? [new PlannedSize(fileName, info.Width, info.Height)]
            : SizesOf(info).Select(w => new PlannedSize(VariantName(fileName, w), w, HeightAt(info, w))).ToArray();

    private static int[] SizesOf(ImageInfo info) => Widths.Where(w => w < info.Width).Append(Math.Min(info.Width, Widths[^1])).Distinct().Order().ToArray();

    private static int HeightAt(ImageInfo info, int width) => Math.Max(1, (int)Math.Round((double)info.Height * width / info.Width));

    private static string VariantName(string fileName, int width) =>
        $"{Path.GetFileNameWithoutExtension(fileName)}-{width}{Path.GetExtension(fileName).ToLowerInvariant()}";

    private ResponsiveImage ResizeOnce(byte[] bytes, string fileName, ImageInfo info)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        var key = Convert.ToHexStringLower(SHA256.HashData(bytes))[..20];
        var sizes = Plan(fileName, info);
        var variants = new List<ImageVariant>(sizes.Count);
        SKBitmap? upright = null;
        try
        {
            foreach (var (name, width, height) in sizes)
            {
                var cached = cacheFolder is null ? null : Path.Combine(cacheFolder, $"{key}-{width}-v{EncoderVersion}{extension}");
                byte[] encoded;
                if (cached is not null && File.Exists(cached))
                {
                    encoded = File.ReadAllBytes(cached);
                    Interlocked.Increment(ref _reused);
                }
                else
                {
                    upright ??= DecodeUpright(bytes);
                    encoded = Encode(upright, width, height, info.Format);
                    Interlocked.Increment(ref _encoded);
                    if (cached is not null) WriteCache(cached, encoded);
                }
                variants.Add(new ImageVariant(name, width, height, encoded));
            }
        }
        finally
        {
            upright?.Dispose();
        }
        return new ResponsiveImage(variants);
    }

    private static SKBitmap DecodeUpright(byte[] bytes)
    {
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data) ?? throw new InvalidDataException("The picture could not be decoded.");
        var decoded = SKBitmap.Decode(codec) ?? throw new InvalidDataException("The picture could not be decoded.");
        if (codec.EncodedOrigin is SKEncodedOrigin.TopLeft or SKEncodedOrigin.Default) return decoded;
        using (decoded) return Orient(decoded, codec.EncodedOrigin);
    }

    /// <summary>Draws <paramref name="source"/> the way its EXIF orientation says it is seen. Canvas calls apply last-first to the drawing.</summary>
    private static SKBitmap Orient(SKBitmap source, SKEncodedOrigin origin)
    {
        var (w, h) = (source.Width, source.Height);
        var rotates = ImageProbe.Rotates(origin);
        var result = new SKBitmap(rotates ? h : w, rotates ? w : h, source.ColorType, source.AlphaType);
        using var canvas = new SKCanvas(result);
        switch (origin)
        {
            case SKEncodedOrigin.TopRight: canvas.Translate(w, 0); canvas.Scale(-1, 1); break;
            case SKEncodedOrigin.BottomRight: canvas.Translate(w, h); canvas.RotateDegrees(180); break;
            case SKEncodedOrigin.BottomLeft: canvas.Translate(0, h); canvas.Scale(1, -1); break;
            case SKEncodedOrigin.LeftTop: canvas.Translate(h, 0); canvas.Scale(-1, 1); canvas.Translate(h, 0); canvas.RotateDegrees(90); break;
            case SKEncodedOrigin.RightTop: canvas.Translate(h, 0); canvas.RotateDegrees(90); break;
            case SKEncodedOrigin.RightBottom: canvas.Translate(0, w); canvas.Scale(1, -1); canvas.Translate(h, 0); canvas.RotateDegrees(90); break;
            case SKEncodedOrigin.LeftBottom: canvas.Translate(0, w); canvas.RotateDegrees(270); break;
        }
        using var image = SKImage.FromBitmap(source);
        canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Nearest), null);
        return result;
    }

    private static byte[] Encode(SKBitmap source, int width, int height, ImageFormat format)
    {
        using var resized = (width == source.Width && height == source.Height
            ? source.Copy()
            : source.Resize(new SKImageInfo(width, height, source.ColorType, source.AlphaType), new SKSamplingOptions(SKCubicResampler.Mitchell)))
            ?? throw new InvalidDataException("The picture could not be resized.");
        using var pixmap = resized.PeekPixels();
        using var data = format switch
        {
            ImageFormat.Jpeg => pixmap.Encode(new SKJpegEncoderOptions(Quality, SKJpegEncoderDownsample.Downsample420, SKJpegEncoderAlphaOption.Ignore)),
            ImageFormat.Webp => pixmap.Encode(new SKWebpEncoderOptions(SKWebpEncoderCompression.Lossy, Quality)),
            _ => pixmap.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.AllFilters, 9)),
        } ?? throw new InvalidDataException("The picture could not be encoded.");
        return data.ToArray();
    }

    private static void WriteCache(string path, byte[] bytes)
    {
        // Written under a temporary name and moved, so a parallel build never reads half a file.
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, path, overwrite: true);
    }
}
