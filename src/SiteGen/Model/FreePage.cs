using SiteGen.Content;

namespace SiteGen.Model;

/// <summary>A free page from content/pages (about, contact) with its URL assigned.</summary>
public sealed record FreePage(string SourcePath, string Title, string? Summary, string Path, RenderedMarkdown Body, bool Draft);
