using SiteGen.Content;

namespace SiteGen.Model;

/// <summary>What the terms of the index kinds are made from: the published bulletins in site order, units, elections and tags.</summary>
public sealed record TermSources(IReadOnlyList<Bulletin> Bulletins, IReadOnlyList<Unit> Units, IReadOnlyList<Election> Elections, IEnumerable<Tag> Tags);
