using SiteGen.Diagnostics;

namespace SiteGen.Content;

/// <summary>
/// What <c>content/tags.yaml</c> says about one tag: the tag as written there (<paramref name="Written"/>, matched by its
/// slug), the name to show for it and a description for its page, either null when not given.
/// </summary>
public sealed record TagDetails(string Written, string Slug, string? Name, string? Description, SourcePosition Position);
