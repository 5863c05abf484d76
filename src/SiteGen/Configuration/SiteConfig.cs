namespace SiteGen.Configuration;

/// <summary>The site's settings from <c>sitegen.yaml</c>, with defaults filled in.</summary>
public sealed record SiteConfig
{
    public const string FileName = "sitegen.yaml";

    public string Title { get; init; } = "SiteGen";
    public string Description { get; init; } = "";
    /// <summary>Absolute URL the site is published at, always ending in '/'.</summary>
    public Uri BaseUrl { get; init; } = new("http://localhost/");
    /// <summary>Language of the site's interface: picks <c>i18n/{language}.yaml</c> and the page's lang attribute.</summary>
    public string Language { get; init; } = "id";
    public string Theme { get; init; } = "default";
    public int PageSize { get; init; } = 20;
    public TimeZoneInfo TimeZone { get; init; } = TimeZoneInfo.Utc;
    public string TimeZoneId { get; init; } = "Asia/Jakarta";
    /// <summary>Pass raw HTML in Markdown through (sanitised). Off by default.</summary>
    public bool UnsafeHtml { get; init; }
    /// <summary>The office's logo, a picture under content/ ("content/logo.png"), with where sitegen.yaml names it; null for none.</summary>
    public SiteLogoSetting? Logo { get; init; }
    /// <summary>The name under a phone's home-screen icon; the title when not set.</summary>
    public string? ShortTitle { get; init; }
    /// <summary>The colours the theme draws its header and buttons in, each "#rrggbb" or null for the theme's own.</summary>
    public SiteColors Colors { get; init; } = SiteColors.None;
    /// <summary>The office's contact details for the footer; each null when not set.</summary>
    public SiteContact Contact { get; init; } = SiteContact.None;

    /// <summary>The path part of <see cref="BaseUrl"/>, e.g. "/" or "/buletin/"; every internal link starts with it.</summary>
    public string BasePath => BaseUrl.AbsolutePath;

    /// <summary>The link to a page path within the site, e.g. "/buletin/satuan/polres-blitar/".</summary>
    public string Url(string path) => BasePath + path;

    /// <summary>The absolute address of a page path, for feeds, sitemaps and canonical links.</summary>
    public string Permalink(string path) => BaseUrl.AbsoluteUri + path;
}
