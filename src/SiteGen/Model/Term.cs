using SiteGen.Content;

namespace SiteGen.Model;

/// <summary>One index page's subject (a unit, Polda, election, tag or year) and its bulletins, newest first.</summary>
public sealed record Term
{
    public required TermKind Kind { get; init; }
    public required string Name { get; init; }
    public required string Slug { get; init; }
    /// <summary>Page path of the first page, e.g. "satuan/polres-blitar/".</summary>
    public required string Path { get; init; }
    public required IReadOnlyList<Bulletin> Bulletins { get; init; }
    public Unit? Unit { get; init; }
    public Polda? Polda { get; init; }
    public Election? Election { get; init; }
    public Tag? Tag { get; init; }
    /// <summary>Whether this term has its own Atom feed (<see cref="IndexKind.HasFeed"/>).</summary>
    public bool HasFeed => IndexKinds.Of(Kind).HasFeed;
    /// <summary>What its page says about it: an election's description, or a tag's from tags.yaml; null for none.</summary>
    public string? Description => Election?.Description is { Length: > 0 } about ? about : Tag?.Description;
}
