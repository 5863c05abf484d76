using SiteGen.Diagnostics;

namespace SiteGen.Content;

/// <summary>A free page from content/pages (about, contact) after the Parse phase.</summary>
public sealed record ParsedPage(string SourcePath, string Title, string? Summary, string Slug, bool Draft, RenderedMarkdown Body, SourcePosition Position)
{
    public static readonly string[] Keys = ["title", "summary", "slug", "draft"];
}
