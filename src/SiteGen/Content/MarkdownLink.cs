using SiteGen.Diagnostics;

namespace SiteGen.Content;

/// <summary>A link or image address in a Markdown body: as it ends up in the HTML, as the Markdown file wrote it, and where.</summary>
public sealed record MarkdownLink(string Url, string Written, SourcePosition Position)
{
    /// <summary>For a link to another bulletin's or page's Markdown file: that file, whose page's address the HTML holds in place of <see cref="Url"/>.</summary>
    public PageLink? Page { get; init; }

    /// <summary>The address the page holds for this link, given where the site's pages are.</summary>
    public string UrlIn(PageAddresses addresses) => Page is { } page ? addresses.HrefOf(page) : Url;
}
