using SiteGen.Content;

namespace SiteGen.Model;

/// <summary>A free page from content/pages (about, contact) with its URL assigned.</summary>
/// <param name="Updated">When its text last changed (<c>updated:</c>), or null when the page does not say.</param>
public sealed record FreePage(string SourcePath, string Title, string? Summary, string Path, RenderedMarkdown Body, bool Draft, DateTimeOffset? Updated);
