using SiteGen.Diagnostics;

namespace SiteGen.Checking;

/// <summary>A link found on a built page: its address as written, the page, and where the Markdown wrote it (null when the theme did).</summary>
public sealed record FoundLink(string Url, string Page, SourcePosition? Markdown);
