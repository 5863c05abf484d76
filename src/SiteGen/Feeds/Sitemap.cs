using System.Globalization;
using SiteGen.Model;

namespace SiteGen.Feeds;

/// <summary>
/// The sitemap (sitemaps.org 0.9): every page readers should find, dated by the last change of its bulletins ('updated:',
/// or their date) and a free page by its 'updated:'. A site of more pages than one file may list
/// (50,000) gets parts, sitemap1.xml, sitemap2.xml …, and sitemap.xml becomes the index of them.
/// </summary>
public static class Sitemap
{
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>The file of <paramref name="page"/>: the whole sitemap, its index, or one part.</summary>
    public static byte[] Write(Site site, Page page)
    {
        var listed = site.Pages.Where(p => p.InSitemap);
        if (page.Part is { } part) return UrlSet(site, listed.Skip(part.First).Take(part.Count));
        var parts = site.Pages.Where(p => p.Kind == PageKind.Sitemap && p.Part is not null).ToArray();
        return parts.Length == 0 ? UrlSet(site, listed) : Index(site, parts, listed.ToArray());
    }

    private static byte[] UrlSet(Site site, IEnumerable<Page> pages) => XmlOutput.Write(xml =>
    {
        xml.WriteStartElement("urlset", Namespace);
        foreach (var page in pages)
        {
            xml.WriteStartElement("url");
            xml.WriteElementString("loc", site.Config.Permalink(page.Path));
            if (LastModified(site, page) is { } date) xml.WriteElementString("lastmod", W3c(date));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    });

    /// <summary>sitemap.xml of a site with parts: each part, dated by the last change of the pages it lists.</summary>
    private static byte[] Index(Site site, Page[] parts, Page[] listed) => XmlOutput.Write(xml =>
    {
        xml.WriteStartElement("sitemapindex", Namespace);
        foreach (var part in parts)
        {
            xml.WriteStartElement("sitemap");
            xml.WriteElementString("loc", site.Config.Permalink(part.Path));
            if (listed.Skip(part.Part!.First).Take(part.Part.Count).Max(p => LastModified(site, p)) is { } date) xml.WriteElementString("lastmod", W3c(date));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    });

    private static string W3c(DateTimeOffset date) => date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static DateTimeOffset? LastModified(Site site, Page page)
    {
        if (page.Bulletin is { } bulletin) return bulletin.LastChanged;
        // A free page does not change when bulletins are added, so only its own 'updated:' dates it.
        if (page.FreePage is { } free) return free.Updated;
        if (page.Pager is { Items.Count: > 0 } pager) return pager.Items.Max(b => b.LastChanged);
        if (page.Kind is PageKind.Overview && site.Bulletins.Count > 0)
            return site.Bulletins.Max(b => b.LastChanged);
        return null;
    }
}
