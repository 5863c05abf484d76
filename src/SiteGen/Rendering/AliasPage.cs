using System.Net;
using System.Text;

namespace SiteGen.Rendering;

/// <summary>The page written at an old address (an alias) that sends readers and search engines to the bulletin's address.</summary>
public static class AliasPage
{
    public static byte[] Write(string permalink, string language, string text)
    {
        var url = WebUtility.HtmlEncode(permalink);
        var html = $"""
            <!DOCTYPE html>
            <html lang="{WebUtility.HtmlEncode(language)}">
            <head>
            <meta charset="utf-8">
            <title>{url}</title>
            <link rel="canonical" href="{url}">
            <meta name="robots" content="noindex">
            <meta http-equiv="refresh" content="0; url={url}">
            </head>
            <body>
            <p>{WebUtility.HtmlEncode(text)} <a href="{url}">{url}</a></p>
            </body>
            </html>

            """;
        return Encoding.UTF8.GetBytes(html);
    }
}
