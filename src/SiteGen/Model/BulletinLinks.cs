namespace SiteGen.Model;

/// <summary>A bulletin's neighbours: the previous (older) and next (newer) bulletin of the same unit, and related bulletins.</summary>
public sealed record BulletinLinks(Bulletin? Older, Bulletin? Newer, IReadOnlyList<Bulletin> Related);
