namespace SiteGen.Configuration;

/// <summary>
/// The <c>colors:</c> settings, each "#rrggbb" or null for the theme's own: <c>brand</c> behind the header (white text on it)
/// and <c>accent</c> behind buttons (dark text on it).
/// </summary>
public sealed record SiteColors(string? Brand, string? Accent)
{
    public static readonly SiteColors None = new(null, null);

    /// <summary>The default theme's own colours, used for the icons and the manifest when <c>colors:</c> does not set them.</summary>
    public const string DefaultBrand = "#0f2a4a", DefaultAccent = "#ffbf47";

    public string BrandOrDefault => Brand ?? DefaultBrand;

    public string AccentOrDefault => Accent ?? DefaultAccent;

    public bool IsSet => Brand is not null || Accent is not null;
}
