namespace SiteGen.Model;

/// <summary>A tag; its identity is its slug, so "Netralitas" and "netralitas" are one tag.</summary>
public sealed record Tag(string Name, string Slug);
