using SiteGen.Content;

namespace SiteGen.Model;

/// <summary>A regional police command and the units under it, in the order of units.yaml.</summary>
public sealed record Polda(string Name, string Slug, IReadOnlyList<Unit> Units);
