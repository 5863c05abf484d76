using System.Globalization;
using System.Xml;
using SiteGen.Model;

namespace SiteGen.Feeds;

/// <summary>Atom feeds (RFC 4287): the site's, and one per unit and per election, newest entries with full content.</summary>
public static class AtomFeed
{
    public const int EntryCount = 20;
    private const string AtomNamespace = "http://www.w3.org/2005/Atom";

    /// <param name="term">The unit or election the feed is for; null for the site-wide feed.</param>
    public static byte[] Write(Site site, Term? term)
    {
        var config = site.Config;
        var bulletins = (term?.Bulletins ?? site.Bulletins).Take(EntryCount).ToArray();
        var pagePath = term?.Path ?? UrlScheme.Home;
        var feedPath = term is null ? UrlScheme.Feed : UrlScheme.FeedOf(term.Path);
        var title = term is null ? config.Title : $"{term.Name} — {config.Title}";
        var updated = bulletins.Length > 0 ? bulletins.Max(b => b.LastChanged) : new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

        return XmlOutput.Write(xml =>
        {
            xml.WriteStartElement("feed", AtomNamespace);
            xml.WriteAttributeString("xml", "lang", null, config.Language);
            xml.WriteElementString("id", config.Permalink(feedPath));
            xml.WriteElementString("title", XmlOutput.Clean(title));
            if (config.Description.Length > 0) xml.WriteElementString("subtitle", XmlOutput.Clean(config.Description));
            xml.WriteElementString("updated", Timestamp(updated));
            Link(xml, "self", config.Permalink(feedPath), "application/atom+xml");
            Link(xml, "alternate", config.Permalink(pagePath), "text/html");
            xml.WriteStartElement("author");
            xml.WriteElementString("name", XmlOutput.Clean(term?.Unit?.Name ?? config.Title));
            xml.WriteEndElement();
            xml.WriteElementString("generator", "SiteGen");
            foreach (var bulletin in bulletins) Entry(xml, site, bulletin);
            xml.WriteEndElement();
        });
    }

    private static void Entry(XmlWriter xml, Site site, Bulletin bulletin)
    {
        var config = site.Config;
        var permalink = config.Permalink(bulletin.Path);
        xml.WriteStartElement("entry");
        xml.WriteElementString("id", TagUri(config.BaseUrl, bulletin));
        xml.WriteElementString("title", XmlOutput.Clean(bulletin.Title));
        Link(xml, "alternate", permalink, "text/html");
        xml.WriteElementString("published", Timestamp(bulletin.Date));
        xml.WriteElementString("updated", Timestamp(bulletin.LastChanged));
        xml.WriteStartElement("author");
        xml.WriteElementString("name", XmlOutput.Clean(bulletin.Author ?? bulletin.Unit.Name));
        xml.WriteEndElement();
        foreach (var tag in bulletin.Tags)
        {
            xml.WriteStartElement("category");
            xml.WriteAttributeString("term", tag.Slug);
            xml.WriteAttributeString("label", XmlOutput.Clean(tag.Name));
            xml.WriteEndElement();
        }
        xml.WriteStartElement("summary");
        xml.WriteString(XmlOutput.Clean(bulletin.Summary));
        xml.WriteEndElement();
        xml.WriteStartElement("content");
        xml.WriteAttributeString("type", "html");
        // Relative image addresses in the body resolve against the bulletin's own page.
        xml.WriteAttributeString("xml", "base", null, permalink);
        xml.WriteString(XmlOutput.Clean(bulletin.Body.Html(site.PageAddresses)));
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    /// <summary>A tag URI (RFC 4151) from the site's host, the bulletin's date and its path: stable as long as the URL is.</summary>
    public static string TagUri(Uri baseUrl, Bulletin bulletin) =>
        $"tag:{baseUrl.Host},{bulletin.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}:{baseUrl.AbsolutePath}{bulletin.Path}";

    private static void Link(XmlWriter xml, string rel, string href, string type)
    {
        xml.WriteStartElement("link");
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    internal static string Timestamp(DateTimeOffset date) => date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
