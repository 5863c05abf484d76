using SiteGen.Diagnostics;

namespace SiteGen.Content;

/// <summary>A free page from content/pages (about, contact) after the Parse phase.</summary>
/// <param name="Updated">When the page's text last changed, as written in <c>updated:</c>; the sitemap's lastmod.</param>
public sealed record ParsedPage(
    string SourcePath, string Title, string? Summary, string Slug, bool Draft, DateTimeOffset? Updated, RenderedMarkdown Body, SourcePosition Position);
