using SiteGen.Model;

namespace SiteGen.Search;

/// <summary>
/// One bulletin as the index sees it: the weight of each of its terms (stems and glossary short forms) and the
/// surface words whose stem differs, which prefix search needs. Titles and names weigh more than the body.
/// </summary>
public sealed class SearchDocument
{
    /// <summary>Weight a term gets from appearing in the title.</summary>
    public const int TitleWeight = 10;
    /// <summary>Weight from the unit, Polda, region, election, tag or location names.</summary>
    public const int NameWeight = 6;
    public const int SummaryWeight = 4;
    /// <summary>The body adds one per occurrence, up to this many.</summary>
    public const int BodyCap = 6;
    /// <summary>Weights are stored in one letter of <see cref="PostingCodec"/>.</summary>
    public const int MaxWeight = 31;

    /// <summary>Analyses a name once for every bulletin that carries it.</summary>
    public static AnalyzedName AnalyzeName(string name, TextAnalyzer analyzer, GlossaryMatcher glossary)
    {
        var tokens = analyzer.Analyze(name);
        var terms = tokens.Select(t => t.Stem).Concat(glossary.Find(tokens)).Distinct(StringComparer.Ordinal).ToArray();
        var surfaces = tokens.Where(t => t.Surface != t.Stem).Select(t => KeyValuePair.Create(t.Surface, t.Stem)).ToArray();
        var words = tokens.Select(t => t.Surface).Where(SearchVocabulary.Holds).Distinct(StringComparer.Ordinal).ToArray();
        return new AnalyzedName(terms, surfaces, words);
    }

    private SearchDocument(int id, KeyValuePair<string, int>[] terms, KeyValuePair<string, string>[] surfaces, string[] words)
    {
        Id = id;
        Terms = terms;
        Surfaces = surfaces;
        Words = words;
    }

    /// <summary>A document analysed by an earlier build (<see cref="AnalysisStore"/>), numbered <paramref name="id"/> in this one.</summary>
    /// <param name="termIds">The number of each term in the store's table of words (<see cref="AnalysisStore.Words"/>), aligned with <paramref name="terms"/>.</param>
    /// <param name="wordIds">The number of each of <paramref name="words"/> in that table.</param>
    /// <param name="surfaceIds">The number of each surface word of <paramref name="surfaces"/> in that table.</param>
    public static SearchDocument Kept(int id, KeyValuePair<string, int>[] terms, KeyValuePair<string, string>[] surfaces, string[] words, int[] termIds, int[] wordIds, int[] surfaceIds) =>
        new(id, terms, surfaces, words) { TermIds = termIds, WordIds = wordIds, SurfaceIds = surfaceIds };

    /// <summary>For a document taken from an <see cref="AnalysisStore"/>: the number of each surface word in its table of words; null for one analysed here.</summary>
    public int[]? SurfaceIds { get; private init; }

    /// <summary>For a document taken from an <see cref="AnalysisStore"/>: the number of each term in its table of words; null for one analysed here.</summary>
    public int[]? TermIds { get; private init; }

    /// <summary>For a document taken from an <see cref="AnalysisStore"/>: the number of each of its words in its table of words; null for one analysed here.</summary>
    public int[]? WordIds { get; private init; }

    /// <summary>The document's number in the index: 0 for the oldest bulletin, so ids also give the order by date.</summary>
    public int Id { get; }

    /// <summary>Terms and their weights (1–31), sorted by term.</summary>
    public IReadOnlyList<KeyValuePair<string, int>> Terms { get; }

    /// <summary>Surface words whose stem differs, with that stem, sorted by surface.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Surfaces { get; }

    /// <summary>The words a reader may mistype that it holds, each once, counted in the vocabulary (empty when analysed without one).</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>Analyses the searchable text of <paramref name="bulletin"/>.</summary>
    /// <param name="names">Terms of names many bulletins share (units, Polda, regions, elections, tags), analysed once; others are analysed here.</param>
    /// <param name="words">Shares one string per distinct word among all documents (the same few thousand words recur in every bulletin).</param>
    /// <param name="vocabulary">Counts, for each word a reader may mistype, the bulletins that hold it (for "did you mean").</param>
    public static SearchDocument Analyze(
        Bulletin bulletin, int id, TextAnalyzer analyzer, GlossaryMatcher glossary, IReadOnlyDictionary<string, AnalyzedName>? names = null,
        System.Collections.Concurrent.ConcurrentDictionary<string, string>? words = null, SearchVocabulary? vocabulary = null)
    {
        string Shared(string word) => words is null ? word : words.GetOrAdd(word, word);
        var weights = new Dictionary<string, int>(StringComparer.Ordinal);
        var surfaces = new Dictionary<string, string>(StringComparer.Ordinal);
        var seenWords = vocabulary is null ? null : new HashSet<string>(StringComparer.Ordinal);

        void AddOnce(IEnumerable<string> texts, int weight)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var text in texts)
            {
                IEnumerable<string> terms;
                if (names is not null && names.TryGetValue(text, out var known))
                {
                    foreach (var (surface, stem) in known.Surfaces) surfaces.TryAdd(surface, stem);
                    seenWords?.UnionWith(known.Words);
                    terms = known.Terms;
                }
                else
                {
                    terms = Terms(text);
                }
                foreach (var term in terms)
                    if (seen.Add(term)) weights[term] = weights.GetValueOrDefault(term) + weight;
            }
        }

        IEnumerable<string> Terms(string text)
        {
            var tokens = analyzer.Analyze(text);
            foreach (var token in tokens)
            {
                if (token.Surface != token.Stem) surfaces.TryAdd(token.Surface, token.Stem);
                if (seenWords is not null && SearchVocabulary.Holds(token.Surface)) seenWords.Add(token.Surface);
                yield return token.Stem;
            }
            foreach (var key in glossary.Find(tokens)) yield return key;
        }

        AddOnce([bulletin.Title], TitleWeight);
        var nameTexts = new List<string> { bulletin.Unit.Name, bulletin.Unit.Polda, bulletin.Unit.Region };
        nameTexts.AddRange(bulletin.Elections.Select(e => e.Name));
        nameTexts.AddRange(bulletin.Tags.Select(t => t.Name));
        if (bulletin.Location is { Length: > 0 } location) nameTexts.Add(location);
        AddOnce(nameTexts, NameWeight);
        AddOnce([bulletin.Summary], SummaryWeight);

        var body = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var term in Terms(bulletin.Body.PlainText)) body[term] = body.GetValueOrDefault(term) + 1;
        foreach (var (term, count) in body) weights[term] = weights.GetValueOrDefault(term) + Math.Min(count, BodyCap);

        string[] counted = [];
        if (seenWords is not null)
        {
            vocabulary!.Count(seenWords);
            counted = seenWords.Select(Shared).Order(StringComparer.Ordinal).ToArray();
        }
        var terms = weights.Select(w => KeyValuePair.Create(Shared(w.Key), Math.Min(w.Value, MaxWeight))).ToArray();
        Array.Sort(terms, (a, b) => string.CompareOrdinal(a.Key, b.Key));
        var forms = surfaces.Select(p => KeyValuePair.Create(Shared(p.Key), Shared(p.Value))).ToArray();
        Array.Sort(forms, (a, b) => string.CompareOrdinal(a.Key, b.Key));
        return new SearchDocument(id, terms, forms, counted);
    }
}
