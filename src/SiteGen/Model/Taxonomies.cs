namespace SiteGen.Model;

/// <summary>Groups bulletins into the terms of every index kind (<see cref="IndexKinds"/>); each term's list keeps the site's order.</summary>
public static class Taxonomies
{
    public static IReadOnlyDictionary<TermKind, IReadOnlyList<Term>> Build(TermSources sources)
    {
        var terms = new Dictionary<TermKind, IReadOnlyList<Term>>();
        foreach (var kind in IndexKinds.All)
        {
            var groups = new Dictionary<string, List<Bulletin>>(StringComparer.Ordinal);
            foreach (var bulletin in sources.Bulletins)
            foreach (var key in kind.Keys(bulletin))
            {
                if (!groups.TryGetValue(key, out var list)) groups.Add(key, list = []);
                list.Add(bulletin);
            }
            Term Make(string name, string slug) => new()
            {
                Kind = kind.Kind, Name = name, Slug = slug, Path = kind.PathOf(slug),
                Bulletins = groups.TryGetValue(slug, out var list) ? [.. list] : [],
            };
            terms[kind.Kind] = kind.Terms(sources, Make).ToArray();
        }
        return terms;
    }
}
