using System.Globalization;
using SiteGen.Model;

namespace SiteGen.Feeds;

/// <summary>The sitemap (sitemaps.org 0.9): every page readers should find, dated by the last change of its bulletins ('updated:', or their date) and a free page by its 'updated:'.</summary>
public static class Sitemap
{
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static byte[] Write(Site site) => XmlOutput.Write(xml =>
    {
        xml.WriteStartElement("urlset", Namespace);
        foreach (var page in site.Pages)
        {
            if (!IsListed(page.Kind)) continue;
            xml.WriteStartElement("url");
            xml.WriteElementString("loc", site.Config.Permalink(page.Path));
            if (LastModified(site, page) is { } date)
                xml.WriteElementString("lastmod", date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    });

    private static bool IsListed(PageKind kind) =>
        kind is not (PageKind.NotFound or PageKind.Alias or PageKind.Feed or PageKind.Sitemap or PageKind.Robots or PageKind.Search);

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
