using SiteGen.Diagnostics;

namespace SiteGen.Content;

/// <summary>A police unit (Polres, Polresta, Polrestabes, …) from <c>content/units.yaml</c>.</summary>
public sealed record Unit(
    string Name,
    string Slug,
    string Polda,
    string PoldaSlug,
    string Region,
    string? Address,
    string? Url,
    SourcePosition Position);
