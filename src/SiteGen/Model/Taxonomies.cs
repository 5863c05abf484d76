using SiteGen.Content;

namespace SiteGen.Model;

/// <summary>Groups bulletins by unit, Polda, election, tag and year; each list keeps the site's order.</summary>
public static class Taxonomies
{
    public static IReadOnlyDictionary<TermKind, IReadOnlyList<Term>> Build(
        Bulletin[] bulletins, IReadOnlyList<Unit> units, IReadOnlyList<Election> elections, IEnumerable<Tag> tags)
    {
        var byUnit = Group(bulletins, b => [b.Unit.Slug]);
        var byPolda = Group(bulletins, b => [b.Unit.PoldaSlug]);
        var byElection = Group(bulletins, b => b.Elections.Select(e => e.Slug));
        var byTag = Group(bulletins, b => b.Tags.Select(t => t.Slug));
        var byYear = Group(bulletins, b => [b.Date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)]);

        var poldas = units
            .GroupBy(u => u.PoldaSlug, StringComparer.Ordinal)
            .Select(g => new Polda(g.First().Polda, g.Key, g.ToArray()))
            .ToArray();

        return new Dictionary<TermKind, IReadOnlyList<Term>>
        {
            [TermKind.Unit] = units
                .Select(u => new Term { Kind = TermKind.Unit, Name = u.Name, Slug = u.Slug, Path = UrlScheme.Unit(u.Slug), Bulletins = Get(byUnit, u.Slug), Unit = u })
                .OrderBy(t => t.Name, StringComparer.Ordinal).ToArray(),
            [TermKind.Polda] = poldas
                .Select(p => new Term { Kind = TermKind.Polda, Name = p.Name, Slug = p.Slug, Path = UrlScheme.Polda(p.Slug), Bulletins = Get(byPolda, p.Slug), Polda = p })
                .OrderBy(t => t.Name, StringComparer.Ordinal).ToArray(),
            [TermKind.Election] = elections
                .Select(e => new Term { Kind = TermKind.Election, Name = e.Name, Slug = e.Slug, Path = UrlScheme.Election(e.Slug), Bulletins = Get(byElection, e.Slug), Election = e })
                .OrderByDescending(t => t.Election!.VotingDay ?? DateOnly.MinValue).ThenBy(t => t.Name, StringComparer.Ordinal).ToArray(),
            [TermKind.Tag] = tags
                .Select(t => new Term { Kind = TermKind.Tag, Name = t.Name, Slug = t.Slug, Path = UrlScheme.Tag(t.Slug), Bulletins = Get(byTag, t.Slug), Tag = t })
                .OrderBy(t => t.Slug, StringComparer.Ordinal).ToArray(),
            [TermKind.Year] = byYear.Keys
                .Select(y => new Term { Kind = TermKind.Year, Name = y, Slug = y, Path = UrlScheme.Year(int.Parse(y, System.Globalization.CultureInfo.InvariantCulture)), Bulletins = Get(byYear, y) })
                .OrderByDescending(t => t.Slug, StringComparer.Ordinal).ToArray(),
        };
    }

    private static Dictionary<string, List<Bulletin>> Group(Bulletin[] bulletins, Func<Bulletin, IEnumerable<string>> keys)
    {
        var groups = new Dictionary<string, List<Bulletin>>(StringComparer.Ordinal);
        foreach (var bulletin in bulletins)
        foreach (var key in keys(bulletin))
        {
            if (!groups.TryGetValue(key, out var list)) groups.Add(key, list = []);
            list.Add(bulletin);
        }
        return groups;
    }

    private static Bulletin[] Get(Dictionary<string, List<Bulletin>> groups, string key) =>
        groups.TryGetValue(key, out var list) ? [.. list] : [];
}
