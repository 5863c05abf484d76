using System.Globalization;
using SiteGen.Messages;

namespace SiteGen.Model;

/// <summary>
/// The table of index kinds: each is described here once (address, overview page, feed, theme keys, breadcrumb parent,
/// search facet, how its terms are made), and the rest of SiteGen reads it. A new kind is a <see cref="TermKind"/> name and
/// its entry here (the compiler refuses the name without one), plus its translations and, if it wants, a layout.
/// </summary>
public static class IndexKinds
{
    /// <summary>Every kind in the order of <see cref="TermKind"/>, which is the order of their pages, menu entries and facets.</summary>
    public static readonly IReadOnlyList<IndexKind> All = Enum.GetValues<TermKind>().Select(Describe).ToArray();

    public static IndexKind Of(TermKind kind) => All[(int)kind];

    // Without a catch-all arm, a TermKind left out here is error CS8509 naming it; CS8524 only speaks of numbers
    // that are not names, which never reach this switch.
#pragma warning disable CS8524
    private static IndexKind Describe(TermKind kind) => kind switch
    {
        TermKind.Unit => new(kind)
        {
            Name = "unit",
            Prefix = "satuan/",
            Overview = new("units", "units_title", "nav_units"),
            HasFeed = true,
            Parent = term => (TermKind.Polda, term.Unit!.Polda, term.Unit.PoldaSlug),
            Facet = "unit",
            Word = () => Say.TermKindUnit,
            Keys = b => [b.Unit.Slug],
            Terms = (from, make) => from.Units
                .Select(u => make(u.Name, u.Slug) with { Unit = u })
                .OrderBy(t => t.Name, StringComparer.Ordinal),
        },
        TermKind.Polda => new(kind)
        {
            Name = "polda",
            Prefix = "polda/",
            Section = TermKind.Unit,
            Facet = "polda",
            Word = () => Say.TermKindPolda,
            Keys = b => [b.Unit.PoldaSlug],
            Terms = (from, make) => from.Units
                .GroupBy(u => u.PoldaSlug, StringComparer.Ordinal)
                .Select(g => make(g.First().Polda, g.Key) with { Polda = new Polda(g.First().Polda, g.Key, g.ToArray()) })
                .OrderBy(t => t.Name, StringComparer.Ordinal),
        },
        TermKind.Election => new(kind)
        {
            Name = "election",
            Prefix = "pemilihan/",
            Overview = new("elections", "elections_title", "nav_elections"),
            HasFeed = true,
            Facet = "election",
            Word = () => Say.TermKindElection,
            Keys = b => b.Elections.Select(e => e.Slug),
            Terms = (from, make) => from.Elections
                .Select(e => make(e.Name, e.Slug) with { Election = e })
                .OrderByDescending(t => t.Election!.VotingDay ?? DateOnly.MinValue).ThenBy(t => t.Name, StringComparer.Ordinal),
        },
        TermKind.Tag => new(kind)
        {
            Name = "tag",
            Prefix = "tag/",
            Overview = new("tags", "tags_title", "nav_tags"),
            Facet = "tag",
            Word = () => Say.TermKindTag,
            Keys = b => b.Tags.Select(t => t.Slug),
            Terms = (from, make) => from.Tags
                .Select(t => make(t.Name, t.Slug) with { Tag = t })
                .OrderBy(t => t.Slug, StringComparer.Ordinal),
        },
        TermKind.Year => new(kind)
        {
            Name = "year",
            Prefix = "arsip/",
            Overview = new("archive", "archive_title", "nav_archive"),
            Facet = "year",
            Word = () => Say.TermKindYear,
            Keys = b => [Year(b)],
            Terms = (from, make) => from.Bulletins.Select(Year).Distinct(StringComparer.Ordinal)
                .Select(y => make(y, y))
                .OrderByDescending(t => t.Slug, StringComparer.Ordinal),
        },
    };
#pragma warning restore CS8524

    private static string Year(Bulletin b) => b.Date.Year.ToString(CultureInfo.InvariantCulture);
}
