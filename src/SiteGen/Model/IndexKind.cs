namespace SiteGen.Model;

/// <summary>
/// One way bulletins are grouped into index pages (unit, Polda, election, tag, year), described once in
/// <see cref="IndexKinds"/>; the taxonomies, the page plan, rendering, breadcrumbs, the sitemap and the template model read it.
/// </summary>
/// <param name="Kind">The kind this entry describes.</param>
public sealed record IndexKind(TermKind Kind)
{
    /// <summary>The kind's name in templates (<c>term.kind</c>, and <c>page.kind</c> of its pages): "unit".</summary>
    public required string Name { get; init; }

    /// <summary>Where its pages live: "satuan/", so a term is at "satuan/{slug}/" and the overview, if any, at "satuan/".</summary>
    public required string Prefix { get; init; }

    /// <summary>The page listing every term of the kind, at <see cref="Prefix"/>; null when the kind has none (Polda).</summary>
    public IndexOverview? Overview { get; init; }

    /// <summary>Whether each term has its own Atom feed next to its page.</summary>
    public bool HasFeed { get; init; }

    /// <summary>The kind whose overview sits above this kind's pages in breadcrumbs; null for its own (Polda pages sit under the units).</summary>
    public TermKind? Section { get; init; }

    /// <summary>The term between the overview and a term in breadcrumbs (a unit's Polda): its kind, name and slug; null for none.</summary>
    public Func<Term, (TermKind Kind, string Name, string Slug)?> Parent { get; init; } = _ => null;

    /// <summary>The name of its facet in the search index and on the search page ("unit"); null when search does not filter by it.</summary>
    public string? Facet { get; init; }

    /// <summary>The kind in words, for messages (never on a page: pages take their words from the theme).</summary>
    public required Func<string> Word { get; init; }

    /// <summary>The slugs of the terms a bulletin is filed under.</summary>
    public required Func<Bulletin, IEnumerable<string>> Keys { get; init; }

    /// <summary>
    /// Every term of the kind in the order its lists show them, from the site's sources; <c>make(name, slug)</c> gives a
    /// term with its path and bulletins, to which the entry adds what it knows (<c>with { Unit = u }</c>).
    /// </summary>
    public required Func<TermSources, Func<string, string, Term>, IEnumerable<Term>> Terms { get; init; }

    /// <summary>Page path of a term's first page: "satuan/polres-blitar/".</summary>
    public string PathOf(string slug) => Prefix + slug + "/";
}
