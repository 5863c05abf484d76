namespace SiteGen.Search;

/// <summary>
/// Finds glossary phrases in analysed text. A phrase is matched on the stems of its words (stop words removed,
/// as <see cref="TextAnalyzer"/> leaves them), longest phrase first, left to right, without overlaps, so
/// "Komisi Pemilihan Umum" yields "kpu" and not also "pemilu". The browser does the same with the phrases
/// the manifest carries. A term of several words ("Politik uang: money politics") stands as a key of those words
/// joined by a space, which no word of a text can be, and is itself one of its phrases.
/// </summary>
public sealed class GlossaryMatcher
{
    private readonly Dictionary<string, List<(string[] Stems, string Key)>> _byFirstStem = new(StringComparer.Ordinal);

    public GlossaryMatcher(Glossary glossary, TextAnalyzer analyzer)
    {
        var phrases = new SortedSet<(string Key, string Stems)>();
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var entry in glossary.Entries)
        {
            if (KeyOf(entry.Term, analyzer) is not { } key) continue;
            keys.Add(key);
            foreach (var phrase in key.Contains(' ') ? entry.Phrases.Prepend(entry.Term) : entry.Phrases)
            {
                var stems = analyzer.Analyze(phrase).Select(t => t.Stem).ToArray();
                if (stems.Length == 0 || (stems.Length == 1 && stems[0] == key)) continue;
                phrases.Add((key, string.Join(' ', stems)));
            }
        }
        Keys = keys.ToArray();
        Phrases = phrases.ToArray();
        foreach (var (key, stems) in Phrases)
        {
            var words = stems.Split(' ');
            if (!_byFirstStem.TryGetValue(words[0], out var list)) _byFirstStem.Add(words[0], list = []);
            list.Add((words, key));
        }
        foreach (var list in _byFirstStem.Values)
            list.Sort((a, b) => b.Stems.Length != a.Stems.Length ? b.Stems.Length - a.Stems.Length : string.CompareOrdinal(a.Key, b.Key));
    }

    /// <summary>The keys, sorted: the normalised short forms, protected from stemming, and the keys of terms of several words.</summary>
    public IReadOnlyList<string> Keys { get; }

    /// <summary>Every (short form, stems of one long form joined by spaces), sorted; shipped to the browser in the manifest.</summary>
    public IReadOnlyList<(string Key, string Stems)> Phrases { get; }

    /// <summary>The index term a glossary term stands as: its normalised words joined by a space, or null when it has none.</summary>
    public static string? KeyOf(string term, TextAnalyzer analyzer) =>
        analyzer.Normalize(term) is { Count: > 0 } words ? string.Join(' ', words) : null;

    /// <summary>The short forms whose phrases occur in <paramref name="tokens"/>, one per occurrence.</summary>
    public IEnumerable<string> Find(IReadOnlyList<AnalyzedToken> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!_byFirstStem.TryGetValue(tokens[i].Stem, out var candidates)) continue;
            foreach (var (stems, key) in candidates)
            {
                if (i + stems.Length > tokens.Count) continue;
                var match = true;
                for (var k = 1; k < stems.Length && match; k++) match = tokens[i + k].Stem == stems[k];
                if (!match) continue;
                yield return key;
                i += stems.Length - 1;
                break;
            }
        }
    }
}
