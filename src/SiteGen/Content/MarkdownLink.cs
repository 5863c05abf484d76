using SiteGen.Diagnostics;

namespace SiteGen.Content;

/// <summary>A link or image address in a Markdown body: as it ends up in the HTML, as the Markdown file wrote it, and where.</summary>
public sealed record MarkdownLink(string Url, string Written, SourcePosition Position)
{
    /// <summary>For a link to the Markdown file of a bulletin or page that is not on the site (a draft, say): that file.</summary>
    public string? Unpublished { get; init; }
}
