namespace SiteGen.Model;

/// <summary>A tag; its identity is its slug, so "Netralitas" and "netralitas" are one tag. <paramref name="Name"/> is how it is shown (see <see cref="TagNames"/>).</summary>
public sealed record Tag(string Name, string Slug, string? Description = null);
