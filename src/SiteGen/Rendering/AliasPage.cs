using System.Net;
using System.Text;

namespace SiteGen.Rendering;

/// <summary>The page written at an old address (an alias) that sends readers and search engines to the bulletin's address.</summary>
public static class AliasPage
{
    /// <param name="permalink">The bulletin's absolute address, for search engines (canonical link).</param>
    /// <param name="url">Its address within the site, for the redirect and the link, so they work wherever the site is served.</param>
    public static byte[] Write(string permalink, string url, string language, string text)
    {
        var canonical = WebUtility.HtmlEncode(permalink);
        var target = WebUtility.HtmlEncode(url);
        var html = $"""
            <!DOCTYPE html>
            <html lang="{WebUtility.HtmlEncode(language)}">
            <head>
            <meta charset="utf-8">
            <title>{canonical}</title>
            <link rel="canonical" href="{canonical}">
            <meta name="robots" content="noindex">
            <meta http-equiv="refresh" content="0; url={target}">
            </head>
            <body>
            <p>{WebUtility.HtmlEncode(text)} <a href="{target}">{canonical}</a></p>
            </body>
            </html>

            """;
        return Encoding.UTF8.GetBytes(html);
    }
}
