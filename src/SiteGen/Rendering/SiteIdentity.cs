using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using SiteGen.Configuration;
using SiteGen.Images;
using SiteGen.Output;
using SkiaSharp;

namespace SiteGen.Rendering;

/// <summary>
/// What makes the site recognisably the office's: the header logo, favicon.ico, the phone icons and web app manifest
/// (from the logo, or from a mark of the site's initials when it has none, so no browser asks for a missing icon), and the
/// stylesheet of its own colours. Files are made once per logo and colours and kept for the process (sitegen serve
/// rebuilds without painting them again).
/// </summary>
public sealed class SiteIdentity
{
    public const string Favicon = "favicon.ico";
    public const string AppleTouchIcon = "apple-touch-icon.png";
    public const string Manifest = "manifest.webmanifest";
    public const string Icon192 = "icon-192.png", Icon512 = "icon-512.png", IconMaskable = "icon-maskable.png";

    /// <summary>Height of the header logo in pixels: twice the 56 CSS pixels the default theme shows it at, for sharp phone screens.</summary>
    public const int HeaderLogoHeight = 112;

    private static readonly ConditionalWeakTable<byte[], LogoPictures> FromLogos = [];
    private static readonly ConcurrentDictionary<string, IconSet> FromMarks = new(StringComparer.Ordinal);

    private readonly List<OutputFile> _files = [];

    public SiteIdentity(SiteConfig config, SiteLogo? logo)
    {
        Initials = IconPainter.Initials(config.Title);
        var colors = config.Colors;
        ThemeColor = colors.BrandOrDefault;
        IconSet icons;
        if (logo is not null)
        {
            var pictures = FromLogos.GetValue(logo.Bytes, bytes => LogoPictures.Paint(bytes));
            icons = pictures.Icons;
            var png = HashedAsset("logo", ".png", pictures.Header.Png);
            var webp = HashedAsset("logo", ".webp", pictures.Header.Webp);
            Logo = new HeaderLogo(png, webp, pictures.Header.Width, pictures.Header.Height);
        }
        else
        {
            var key = $"{Initials}|{colors.BrandOrDefault}|{colors.AccentOrDefault}";
            icons = FromMarks.GetOrAdd(key, _ => IconSet.Paint(Initials, SKColor.Parse(colors.BrandOrDefault), SKColor.Parse(colors.AccentOrDefault)));
        }
        _files.Add(new OutputFile(Favicon, icons.Favicon));
        _files.Add(new OutputFile(AppleTouchIcon, icons.AppleTouch));
        _files.Add(new OutputFile(Icon192, icons.Icon192));
        _files.Add(new OutputFile(Icon512, icons.Icon512));
        _files.Add(new OutputFile(IconMaskable, icons.Maskable));
        _files.Add(new OutputFile(Manifest, ManifestJson(config, ThemeColor)));
        if (colors.IsSet) ColorsStylesheet = HashedAsset("colors", ".css", Encoding.UTF8.GetBytes(ColorsCss(colors)));
    }

    /// <summary>The site's initials, shown as its mark when it has no logo.</summary>
    public string Initials { get; }

    /// <summary>The header logo's two files (paths within the site) and size; null when the site has no logo.</summary>
    public HeaderLogo? Logo { get; }

    /// <summary>The path of the stylesheet of the site's colours, or null when it keeps the theme's.</summary>
    public string? ColorsStylesheet { get; }

    /// <summary>The browser's colour for the site (its address bar on a phone): the brand colour.</summary>
    public string ThemeColor { get; }

    /// <summary>Every file this makes, to be published.</summary>
    public IReadOnlyList<OutputFile> Files => _files;

    private string HashedAsset(string name, string extension, byte[] bytes)
    {
        var path = $"{AssetCatalog.Folder}{name}.{Convert.ToHexStringLower(SHA256.HashData(bytes))[..10]}{extension}";
        _files.Add(new OutputFile(path, bytes));
        return path;
    }

    /// <summary>The custom properties the default theme draws with; the text colours are those the colours were checked against.</summary>
    private static string ColorsCss(SiteColors colors)
    {
        var css = new StringBuilder("/* The site's own colours, from sitegen.yaml. */\n:root {\n");
        if (colors.Brand is { } brand) css.Append($"  --brand: {brand};\n  --brand-text: {SiteConfigReader.BrandText};\n");
        if (colors.Accent is { } accent) css.Append($"  --accent: {accent};\n  --accent-text: {SiteConfigReader.AccentText};\n");
        return css.Append("}\n").ToString();
    }

    private static byte[] ManifestJson(SiteConfig config, string themeColor)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("name", config.Title);
            json.WriteString("short_name", config.ShortTitle ?? config.Title);
            if (config.Description.Length > 0) json.WriteString("description", config.Description);
            json.WriteString("lang", config.Language);
            json.WriteString("start_url", config.BasePath);
            json.WriteString("scope", config.BasePath);
            json.WriteString("display", "minimal-ui");
            json.WriteString("background_color", "#ffffff");
            json.WriteString("theme_color", themeColor);
            json.WriteStartArray("icons");
            foreach (var (src, purpose, size) in new[] { (Icon192, "any", 192), (Icon512, "any", 512), (IconMaskable, "maskable", 512) })
            {
                json.WriteStartObject();
                json.WriteString("src", src);
                json.WriteString("sizes", $"{size}x{size}");
                json.WriteString("type", "image/png");
                json.WriteString("purpose", purpose);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    /// <summary>The header logo: its PNG and WebP files (paths within the site) and size in pixels.</summary>
    public sealed record HeaderLogo(string Png, string Webp, int Width, int Height);

    private sealed record IconSet(byte[] Favicon, byte[] AppleTouch, byte[] Icon192, byte[] Icon512, byte[] Maskable)
    {
        public static IconSet Paint(string initials, SKColor brand, SKColor accent) => new(
            IconPainter.Ico([.. new[] { 16, 32, 48 }.Select(s => (s, IconPainter.FromMark(initials, s, brand, accent, rounded: true)))]),
            IconPainter.FromMark(initials, 180, brand, accent, rounded: false),
            IconPainter.FromMark(initials, 192, brand, accent, rounded: true),
            IconPainter.FromMark(initials, 512, brand, accent, rounded: true),
            IconPainter.FromMark(initials, 512, brand, accent, rounded: false, fill: 0.8f));
    }

    private sealed record LogoPictures(IconSet Icons, (byte[] Png, byte[] Webp, int Width, int Height) Header)
    {
        public static LogoPictures Paint(byte[] bytes)
        {
            using var bitmap = ImageResizer.DecodeUpright(bytes);
            using var image = SKImage.FromBitmap(bitmap);
            // Phones put home-screen icons on an opaque tile: the logo on white, with room around it; a maskable icon
            // keeps it inside the circle every crop leaves (80 % of the side), so 56 % of the side for a square logo.
            var icons = new IconSet(
                IconPainter.Ico([.. new[] { 16, 32, 48 }.Select(s => (s, IconPainter.FromLogo(image, s, 1f, null)))]),
                IconPainter.FromLogo(image, 180, 0.84f, SKColors.White),
                IconPainter.FromLogo(image, 192, 1f, null),
                IconPainter.FromLogo(image, 512, 1f, null),
                IconPainter.FromLogo(image, 512, 0.56f, SKColors.White));
            return new LogoPictures(icons, IconPainter.HeaderLogo(image, HeaderLogoHeight));
        }
    }
}
