using System.Globalization;

namespace SiteGen.Model;

/// <summary>The site's URL scheme (SPEC §4): where each kind of page lives, as page paths relative to the site root; index kinds' pages are under their <see cref="IndexKind.Prefix"/>.</summary>
public static class UrlScheme
{
    public const string Home = "";
    public const string Search = "cari/";
    public const string NotFound = "404.html";
    public const string Feed = "feed.xml";
    public const string Sitemap = "sitemap.xml";
    /// <summary>The file of the sitemap's part <paramref name="part"/> (from 1), "sitemap1.xml".</summary>
    public static string SitemapPart(int part) => "sitemap" + part.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".xml";
    public const string Robots = "robots.txt";
    public const string PageSegment = "halaman";

    public static string Bulletin(DateTimeOffset localDate, string slug) =>
        localDate.ToString("yyyy", CultureInfo.InvariantCulture) + "/" + localDate.ToString("MM", CultureInfo.InvariantCulture) + "/" + slug + "/";

    public static string Page(string slug) => slug + "/";

    /// <summary>Page <paramref name="number"/> of a paginated list whose first page is at <paramref name="first"/>: "satuan/x/halaman/2/".</summary>
    public static string Paged(string first, int number) =>
        number <= 1 ? first : first + PageSegment + "/" + number.ToString(CultureInfo.InvariantCulture) + "/";

    public static string FeedOf(string termPath) => termPath + Feed;
}
