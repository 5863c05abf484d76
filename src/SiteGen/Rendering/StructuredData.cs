using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using SiteGen.Configuration;
using SiteGen.Model;
using SiteGen.Text;

namespace SiteGen.Rendering;

/// <summary>
/// schema.org data for search engines as JSON-LD: NewsArticle for bulletins, BreadcrumbList for other pages.
/// Written with an encoder that escapes &lt;, &gt; and &amp;, so no value can close the script element it sits in.
/// </summary>
internal static class StructuredData
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All), WriteIndented = false };

    public static HtmlString NewsArticle(Bulletin bulletin, SiteConfig config, string? imageUrl)
    {
        var unit = new JsonObject
        {
            ["@type"] = "GovernmentOrganization",
            ["name"] = bulletin.Unit.Name,
            ["url"] = config.Permalink(IndexKinds.Of(TermKind.Unit).PathOf(bulletin.Unit.Slug)),
            ["parentOrganization"] = new JsonObject { ["@type"] = "GovernmentOrganization", ["name"] = bulletin.Unit.Polda },
        };
        var article = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "NewsArticle",
            ["headline"] = bulletin.Title,
            ["description"] = bulletin.Summary,
            ["url"] = config.Permalink(bulletin.Path),
            ["mainEntityOfPage"] = config.Permalink(bulletin.Path),
            ["datePublished"] = DateFormatter.Iso(bulletin.Date),
            ["dateModified"] = DateFormatter.Iso(bulletin.LastChanged),
            ["inLanguage"] = config.Language,
            ["author"] = unit,
            ["publisher"] = unit.DeepClone(),
            ["articleSection"] = new JsonArray(bulletin.Elections.Select(e => (JsonNode)JsonValue.Create(e.Name)!).ToArray()),
        };
        if (bulletin.Tags.Count > 0) article["keywords"] = new JsonArray(bulletin.Tags.Select(t => (JsonNode)JsonValue.Create(t.Name)!).ToArray());
        if (imageUrl is not null) article["image"] = new JsonArray(JsonValue.Create(imageUrl));
        if (bulletin.Location is not null) article["contentLocation"] = new JsonObject { ["@type"] = "Place", ["name"] = bulletin.Location };
        return new HtmlString(article.ToJsonString(Options));
    }

    public static HtmlString? BreadcrumbList(IReadOnlyList<(string Name, string Path)> crumbs, SiteConfig config)
    {
        if (crumbs.Count == 0) return null;
        var items = new JsonArray();
        for (var i = 0; i < crumbs.Count; i++)
            items.Add(new JsonObject
            {
                ["@type"] = "ListItem",
                ["position"] = i + 1,
                ["name"] = crumbs[i].Name,
                ["item"] = config.Permalink(crumbs[i].Path),
            });
        var list = new JsonObject { ["@context"] = "https://schema.org", ["@type"] = "BreadcrumbList", ["itemListElement"] = items };
        return new HtmlString(list.ToJsonString(Options));
    }
}
