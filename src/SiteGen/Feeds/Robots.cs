using System.Text;
using SiteGen.Model;

namespace SiteGen.Feeds;

/// <summary>robots.txt: everything may be crawled; the sitemap is named.</summary>
public static class Robots
{
    public static byte[] Write(Site site) =>
        Encoding.UTF8.GetBytes($"User-agent: *\nAllow: /\n\nSitemap: {site.Config.Permalink(UrlScheme.Sitemap)}\n");
}
