using System.Security.Cryptography;
using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Loading;
using SiteGen.Messages;
using SkiaSharp;

namespace SiteGen.Images;

/// <summary>
/// Makes the sizes of a bulletin picture (SkiaSharp), turning it upright by its EXIF orientation, and for a bulletin's
/// own JPEG or PNG picture the same sizes as WebP, which carry the same picture in fewer bytes. Each size is kept in
/// a cache folder keyed by the picture's bytes, so an unchanged picture is not encoded again on the next build; when the
/// folder cannot be written the pictures are made all the same and <see cref="Report"/> says why they were not kept.
/// </summary>
public sealed class ImageResizer
{
    private readonly string? _cacheFolder;
    private readonly string? _displayFolder;
    private readonly string? _realSite;
    private string? _cacheProblem;

    /// <param name="cacheFolder">Where sizes are kept; null for none.</param>
    /// <param name="siteFolder">When given, the cache must lie inside it (every link resolved), so a link committed as
    /// <c>.sitegen</c> cannot make a build write elsewhere or read a file of the machine as a picture.</param>
    public ImageResizer(string? cacheFolder, string? siteFolder = null)
    {
        if (cacheFolder is null) return;
        var full = Path.GetFullPath(cacheFolder);
        _displayFolder = siteFolder is null ? full : Path.GetRelativePath(Path.GetFullPath(siteFolder), full).Replace('\\', '/');
        // The real path is used from here on: nothing on the way to a cached size can be swapped for a link.
        _cacheFolder = RealPath.Of(full);
        _realSite = siteFolder is null ? null : RealPath.Of(siteFolder);
        if (_cacheFolder is null || (_realSite is not null && !RealPath.IsWithin(_cacheFolder, _realSite)))
        {
            _cacheProblem = Say.ImageCacheLinkOutside.With(_displayFolder, _cacheFolder ?? Say.LinkLoop);
            _cacheFolder = null;
        }
    }

    /// <summary>The resizer for a build: the cache is <see cref="BuildOptions.CacheRoot"/>, or .sitegen/cache inside the site's folder (and kept there).</summary>
    public static ImageResizer For(BuildOptions options) =>
        new(options.ResolvedCacheRoot, options.CacheRoot is null ? options.SourceRoot : null);

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

    /// <param name="fileName">The picture's file name, e.g. "fgd.jpg"; sizes are named "fgd-480.jpg" (and "fgd-480.webp").</param>
    /// <param name="withWebp">Also make the WebP sizes (<see cref="WebpPlan"/>): for a bulletin's own picture, which the theme offers in both.</param>
    public ResponsiveImage Resize(byte[] bytes, string fileName, ImageInfo info, bool withWebp = false)
    {
        if (info.Format == ImageFormat.Gif)
            return new ResponsiveImage([new ImageVariant(fileName, info.Width, info.Height, bytes)]);
        var key = (withWebp ? "webp:" : "") + fileName;
        if (_resized.TryGetValue(bytes, out var known) && known.Item1 == key) return known.Item2;
        var result = ResizeOnce(bytes, fileName, info, withWebp);
        _resized.AddOrUpdate(bytes, Tuple.Create(key, result));
        return result;
    }

    /// <summary>
    /// The names of the files <see cref="Resize"/> may make for a picture, WebP sizes included, known before any is made
    /// (to find clashes early: "fgd.jpg" and "fgd.webp" beside one page would both need "fgd-480.webp").
    /// </summary>
    public static IReadOnlyList<string> FileNames(string fileName, ImageInfo info) =>
        Plan(fileName, info).Concat(WebpPlan(fileName, info)).Select(s => s.FileName).ToArray();

    /// <summary>
    /// The WebP sizes of a JPEG or PNG picture ("fgd-480.webp"), the widths of <see cref="Plan"/>; none for a picture that
    /// is WebP already or a GIF (which may be animated).
    /// </summary>
    public static IReadOnlyList<PlannedSize> WebpPlan(string fileName, ImageInfo info) =>
        info.Format is ImageFormat.Jpeg or ImageFormat.Png
            ? SizesOf(info).Select(w => new PlannedSize(VariantName(fileName, w, ".webp"), w, HeightAt(info, w))).ToArray()
            : [];

    /// <summary>The sizes <see cref="Resize"/> makes for a picture (names, widths and heights, smallest first), known before any is made.</summary>
    public static IReadOnlyList<PlannedSize> Plan(string fileName, ImageInfo info) =>
        info.Format == ImageFormat.Gif
            ? [new PlannedSize(fileName, info.Width, info.Height)]
            : SizesOf(info).Select(w => new PlannedSize(VariantName(fileName, w), w, HeightAt(info, w))).ToArray();

    private static int[] SizesOf(ImageInfo info) => Widths.Where(w => w < info.Width).Append(Math.Min(info.Width, Widths[^1])).Distinct().Order().ToArray();

    private static int HeightAt(ImageInfo info, int width) => Math.Max(1, (int)Math.Round((double)info.Height * width / info.Width));

    private static string VariantName(string fileName, int width, string? extension = null) =>
        $"{Path.GetFileNameWithoutExtension(fileName)}-{width}{extension ?? Path.GetExtension(fileName).ToLowerInvariant()}";

    private ResponsiveImage ResizeOnce(byte[] bytes, string fileName, ImageInfo info, bool withWebp)
    {
        var key = Convert.ToHexStringLower(SHA256.HashData(bytes))[..20];
        SKBitmap? upright = null;
        try
        {
            var variants = Sizes(Plan(fileName, info), info.Format, Path.GetExtension(fileName).ToLowerInvariant());
            var webp = withWebp ? Sizes(WebpPlan(fileName, info), ImageFormat.Webp, ".webp") : [];
            return new ResponsiveImage(variants, webp);
        }
        finally
        {
            upright?.Dispose();
        }

        // Each size from the cache when it holds it, else encoded (the picture decoded once, on the first size missing).
        List<ImageVariant> Sizes(IReadOnlyList<PlannedSize> sizes, ImageFormat format, string extension)
        {
            var made = new List<ImageVariant>(sizes.Count);
            foreach (var (name, width, height) in sizes)
            {
                var cached = _cacheFolder is null ? null : Path.Join(_cacheFolder, $"{key}-{width}-v{EncoderVersion}{extension}");
                if (cached is not null && ReadCache(cached, width, height, format) is { } reused)
                {
                    made.Add(new ImageVariant(name, width, height, reused));
                    Interlocked.Increment(ref _reused);
                    continue;
                }
                upright ??= DecodeUpright(bytes);
                var encoded = Encode(upright, width, height, format);
                Interlocked.Increment(ref _encoded);
                if (cached is not null) WriteCache(cached, encoded);
                made.Add(new ImageVariant(name, width, height, encoded));
            }
            return made;
        }
    }

    internal static SKBitmap DecodeUpright(byte[] bytes)
    {
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data) ?? throw new InvalidDataException(Say.ImageNotDecoded);
        var decoded = SKBitmap.Decode(codec) ?? throw new InvalidDataException(Say.ImageNotDecoded);
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
            ?? throw new InvalidDataException(Say.ImageNotResized);
        using var pixmap = resized.PeekPixels();
        using var data = format switch
        {
            ImageFormat.Jpeg => pixmap.Encode(new SKJpegEncoderOptions(Quality, SKJpegEncoderDownsample.Downsample420, SKJpegEncoderAlphaOption.Ignore)),
            ImageFormat.Webp => pixmap.Encode(new SKWebpEncoderOptions(SKWebpEncoderCompression.Lossy, Quality)),
            _ => pixmap.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.AllFilters, 9)),
        } ?? throw new InvalidDataException(Say.ImageNotEncoded);
        return data.ToArray();
    }

    /// <summary>The size kept at <paramref name="path"/>; null when there is none, or what is there is not that size of a picture (then it is made again).</summary>
    private byte[]? ReadCache(string path, int width, int height, ImageFormat format)
    {
        if (Volatile.Read(ref _cacheProblem) is not null) return null;
        try
        {
            // Only a plain file: a link put in the cache would publish whatever it leads to as the picture.
            var file = new FileInfo(path);
            if (!file.Exists || file.LinkTarget is not null) return null;
            var bytes = File.ReadAllBytes(path);
            return ImageProbe.Read(bytes) is { } found && found.Width == width && found.Height == height && found.Format == format ? bytes : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            GiveUp(e);
            return null;
        }
    }

    private void WriteCache(string path, byte[] bytes)
    {
        if (Volatile.Read(ref _cacheProblem) is not null) return;
        // Written under a temporary name and moved, so a parallel build never reads half a file.
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            GiveUp(e);
            TryDelete(temporary);
        }
    }

    /// <summary>Stops using the cache for the rest of this resizer's life; the first reason is the one reported.</summary>
    private void GiveUp(Exception e) =>
        Interlocked.CompareExchange(ref _cacheProblem,
            Say.ImageCacheUnusable.With(_displayFolder, FileInTheWay() ?? e.Message), null);

    /// <summary>"'.sitegen' is a file, not a folder" when a file stands where the cache or a folder above it should be: the usual cause, and clearer than the system's words.</summary>
    private string? FileInTheWay()
    {
        for (var path = _cacheFolder; path is not null; path = Path.GetDirectoryName(path))
        {
            if (Directory.Exists(path)) return null;
            if (File.Exists(path))
            {
                var shown = _realSite is not null && RealPath.IsWithin(path, _realSite) ? Path.GetRelativePath(_realSite, path).Replace('\\', '/') : path;
                return Say.ImageCacheFileInTheWay.With(shown);
            }
        }
        return null;
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing was written, or the folder cannot be written at all: there is nothing to clean up.
        }
    }

    /// <summary>Warns (once per build) when the cache could not be used for the pictures resized, naming the folder and what to do.</summary>
    public void Report(DiagnosticBag diagnostics)
    {
        if (Volatile.Read(ref _cacheProblem) is { } problem && _encoded + _reused > 0)
            diagnostics.Warning(new SourcePosition(_displayFolder!, 0, 0), DiagnosticCodes.ImageCacheUnusable, problem);
    }
}
