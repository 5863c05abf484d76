using System.Text;
using System.Text.Json;
using SiteGen.Output;
using SiteGen.Search;

namespace SiteGen.Tests.Support;

/// <summary>
/// Reads a built search index the way the browser does (manifest → chunks → facet blocks → records) and answers
/// queries with the same rules as sitegen-search.js: every word (or glossary phrase) must match; the last word also
/// matches the words it begins; a mistyped word is corrected or offered from the vocabulary. Records which files each
/// query needed.
/// </summary>
internal sealed class SearchIndexReader
{
    private readonly Dictionary<string, byte[]> _files;
    private readonly JsonElement _manifest;
    private readonly string[] _first;
    private readonly TextAnalyzer _analyzer;
    private readonly List<(string Key, string[] Stems)> _phrases = [];

    public SearchIndexReader(IEnumerable<OutputFile> files)
    {
        _files = files.Where(f => f.Path.StartsWith("search/", StringComparison.Ordinal)).ToDictionary(f => f.Path["search/".Length..], f => f.Bytes);
        ManifestName = _files.Keys.Single(k => k.StartsWith("manifest.", StringComparison.Ordinal));
        _manifest = Json(ManifestName);
        _first = _manifest.GetProperty("first").EnumerateArray().Select(e => e.GetString()!).ToArray();
        _analyzer = new TextAnalyzer(_manifest.GetProperty("protected").GetString()!.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        foreach (var pair in _manifest.GetProperty("glossary").EnumerateArray())
            _phrases.Add((pair[0].GetString()!, pair[1].GetString()!.Split(' ')));
        _phrases.Sort((a, b) => b.Stems.Length != a.Stems.Length ? b.Stems.Length - a.Stems.Length : string.CompareOrdinal(a.Key, b.Key));
    }

    public string ManifestName { get; }

    public JsonElement Manifest => _manifest;

    public int Count => _manifest.GetProperty("count").GetInt32();

    public IReadOnlySet<string> ProtectedWords => _manifest.GetProperty("protected").GetString()!.Split(' ').ToHashSet();

    /// <summary>Files read since the last <see cref="Search"/>, relative to search/.</summary>
    public List<string> Fetched { get; } = [];

    public IEnumerable<string> ChunkFiles => _manifest.GetProperty("chunks").EnumerateArray().Select(h => $"i/{h.GetString()}.json");

    public JsonElement Json(string path)
    {
        Fetched.Add(path);
        return JsonDocument.Parse(_files[path]).RootElement;
    }

    /// <summary>The ids matching <paramref name="query"/> (0 = oldest bulletin), ascending.</summary>
    public IReadOnlyList<int> Search(string query)
    {
        Fetched.Clear();
        Fetched.Add(ManifestName);
        return Ids(query);
    }

    private IReadOnlyList<int> Ids(string query)
    {
        HashSet<int>? result = null;
        foreach (var (_, ids) in Groups(query)) result = result is null ? ids : [.. result.Intersect(ids)];
        return (result ?? []).Order().ToArray();
    }

    /// <summary>Each group of the query (a word, or a glossary phrase with no word) with the ids it matches alone.</summary>
    private List<(string? Word, HashSet<int> Ids)> Groups(string query)
    {
        var tokens = _analyzer.Analyze(query, isQuery: true);
        var groups = new List<(string? Word, string[] Exact, string[] Prefixes)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var phrase = _phrases.FirstOrDefault(p => i + p.Stems.Length <= tokens.Count && p.Stems.Select((s, k) => tokens[i + k].Stem == s).All(x => x));
            if (phrase.Key is not null)
            {
                groups.Add((null, [phrase.Key], []));
                i += phrase.Stems.Length - 1;
                continue;
            }
            var last = i == tokens.Count - 1 && !query.EndsWith(' ');
            var prefixes = last ? new[] { tokens[i].Surface, tokens[i].Stem }.Where(p => p.Length >= 3).Distinct().ToArray() : [];
            groups.Add((tokens[i].Surface, [tokens[i].Stem], prefixes));
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<(string?, HashSet<int>)>();
        foreach (var (word, exact, prefixes) in groups)
        {
            if (!seen.Add(string.Join(' ', exact) + "|" + string.Join(' ', prefixes))) continue;
            var terms = new HashSet<string>(exact, StringComparer.Ordinal);
            foreach (var prefix in prefixes) terms.UnionWith(KeysWithPrefix(prefix));
            result.Add((word, terms.SelectMany(Postings).Select(p => p.Id).ToHashSet()));
        }
        return result;
    }

    /// <summary>
    /// What sitegen-search.js does about mistyped words of <paramref name="query"/>: the query it searches instead, or the
    /// queries it offers ("Maksud Anda"), with the same rules (words of 5+ letters found in at most 3 bulletins, the
    /// first letter kept, the most common candidate searched when it is held by 4× more bulletins than the next).
    /// </summary>
    public (string? Corrected, IReadOnlyList<string> Suggestions) Spell(string query)
    {
        Fetched.Clear();
        Fetched.Add(ManifestName);
        var groups = Groups(query);
        var found = Ids(query).Count;
        var doubtful = groups
            .Where(g => g.Word is { Length: >= 5 } w && w.All(c => c is >= 'a' and <= 'z') && g.Ids.Count <= 3)
            .Select(g => (Word: g.Word!, Count: g.Ids.Count, Candidates: Candidates(g.Word!)))
            .ToList();
        if (doubtful.Count == 0) return (null, []);
        var missing = doubtful.Where(d => d.Count == 0).ToList();
        if (missing.Count > 0)
        {
            if (missing.Any(d => d.Candidates.Count == 0)) return (null, []);
            var best = missing.ToDictionary(d => d.Word, d => d.Candidates[0].Word);
            var clear = missing.All(d => d.Candidates.Count == 1 || d.Candidates[0].Count >= 4 * d.Candidates[1].Count);
            if (clear && Ids(Rewrite(query, best)).Count > 0) return (Rewrite(query, best), []);
            var unclear = missing.FirstOrDefault(d => d.Candidates.Count > 1);
            if (unclear.Word is null) unclear = missing[0];
            var suggestions = unclear.Candidates.Take(3)
                .Select(c => Rewrite(query, new Dictionary<string, string>(best) { [unclear.Word] = c.Word }))
                .Where(q => Ids(q).Count > 0).ToList();
            return (null, suggestions);
        }
        var better = doubtful.Where(d => d.Candidates.Count > 0 && d.Candidates[0].Count >= 10 * d.Count)
            .ToDictionary(d => d.Word, d => d.Candidates[0].Word);
        if (better.Count == 0) return (null, []);
        var offered = Rewrite(query, better);
        return Ids(offered).Count > found ? (null, [offered]) : (null, []);
    }

    /// <summary>The vocabulary's words one edit from <paramref name="word"/> with the same first letter, most bulletins first.</summary>
    public IReadOnlyList<(string Word, int Count)> Candidates(string word)
    {
        var vocab = _manifest.GetProperty("vocab");
        var masks = PostingCodec.ReadAll(vocab[1].GetString()!);
        var found = new List<(string Word, int Count)>();
        foreach (var length in new[] { word.Length - 1, word.Length, word.Length + 1 })
        {
            var bit = length - SearchVocabulary.MinLength;
            if (bit < 0 || (masks[word[0] - 'a'] >> bit & 1) == 0) continue;
            var name = $"v/{vocab[0].GetString()}/{word[0]}{length}";
            var first = Json(name + ".json");
            var parts = new List<JsonElement> { first };
            if (first.TryGetProperty("more", out var more))
                for (var k = 1; k <= more.GetInt32(); k++) parts.Add(Json($"{name}.{k}.json"));
            foreach (var part in parts)
            {
                var counts = PostingCodec.ReadAll(part.GetProperty("f").GetString()!);
                var words = part.GetProperty("w").GetString()!.Split(' ');
                for (var k = 0; k < words.Length; k++)
                    if (SearchVocabulary.OneEditApart(word, words[k])) found.Add((words[k], counts[k]));
            }
        }
        return found.OrderByDescending(c => c.Count).ThenBy(c => c.Word, StringComparer.Ordinal).ToList();
    }

    private string Rewrite(string query, IReadOnlyDictionary<string, string> replacements) =>
        string.Concat(System.Text.RegularExpressions.Regex.Split(query, @"(\s+)").Select(part =>
        {
            if (part.Length == 0 || string.IsNullOrWhiteSpace(part)) return part;
            var words = _analyzer.Normalize(part);
            return words.Any(replacements.ContainsKey) ? string.Join(' ', words.Select(w => replacements.GetValueOrDefault(w, w))) : part;
        }));

    /// <summary>Ids and weights of <paramref name="term"/>, from the chunks the manifest points to.</summary>
    public IEnumerable<(int Id, int Weight)> Postings(string term)
    {
        foreach (var chunk in ChunksFor(term))
        {
            if (!Json(chunk).GetProperty("w").TryGetProperty(term, out var text)) continue;
            var numbers = PostingCodec.ReadAll(text.GetString()!);
            var previous = -1;
            for (var k = 0; k + 1 < numbers.Count; k += 2)
            {
                previous += numbers[k] + 1;
                yield return (previous, numbers[k + 1] + 1);
            }
        }
    }

    private IEnumerable<string> ChunksFor(string key)
    {
        var lo = Array.FindIndex(_first, f => string.CompareOrdinal(f, key) >= 0);
        if (lo < 0) lo = _first.Length;
        var found = false;
        for (var i = lo; i < _first.Length && _first[i] == key; i++)
        {
            found = true;
            yield return ChunkName(i);
        }
        if (!found && lo > 0) yield return ChunkName(lo - 1);
    }

    private string ChunkName(int i) => $"i/{_manifest.GetProperty("chunks")[i].GetString()}.json";

    private IEnumerable<string> KeysWithPrefix(string prefix)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in ChunkFiles)
        {
            var json = JsonDocument.Parse(_files[chunk]).RootElement;
            foreach (var w in json.GetProperty("w").EnumerateObject()) if (w.Name.StartsWith(prefix, StringComparison.Ordinal)) keys.Add(w.Name);
            foreach (var s in json.GetProperty("s").EnumerateObject()) if (s.Name.StartsWith(prefix, StringComparison.Ordinal)) keys.Add(s.Value.GetString()!);
        }
        return keys;
    }

    /// <summary>The record (title t, url u, date d, unit n, summary s, text x) of document <paramref name="id"/>.</summary>
    public JsonElement Record(int id)
    {
        var block = Json($"d/{_manifest.GetProperty("blocks")[id / _manifest.GetProperty("blockSize").GetInt32()].GetString()}.json");
        var groupSize = _manifest.GetProperty("groupSize").GetInt32();
        var blockSize = _manifest.GetProperty("blockSize").GetInt32();
        var group = block.GetProperty("r")[id / groupSize - id / blockSize * blockSize / groupSize].GetString();
        return Json($"r/{group}/{id}.json");
    }

    public string Title(int id) => Record(id).GetProperty("t").GetString()!;

    /// <summary>Facet values of one document by facet name, as slugs.</summary>
    public Dictionary<string, string[]> Facets(int id)
    {
        var blockSize = _manifest.GetProperty("blockSize").GetInt32();
        var block = Json($"d/{_manifest.GetProperty("blocks")[id / blockSize].GetString()}.json");
        var k = id % blockSize;
        var units = PostingCodec.ReadAll(block.GetProperty("u").GetString()!);
        var elections = PostingCodec.ReadAll(block.GetProperty("e").GetString()!);
        var raw = PostingCodec.ReadAll(block.GetProperty("t").GetString()!);
        var tags = new List<int[]>();
        for (var i = 0; i < raw.Count;)
        {
            var n = raw[i++];
            tags.Add(raw.Skip(i).Take(n).ToArray());
            i += n;
        }
        var facets = _manifest.GetProperty("facets");
        var unit = facets.GetProperty("unit")[units[k]];
        var year = facets.GetProperty("year").EnumerateArray()
            .First(y => id >= y[1].GetInt32() && id < y[1].GetInt32() + y[2].GetInt32())[0].GetString()!;
        return new Dictionary<string, string[]>
        {
            ["unit"] = [unit[1].GetString()!],
            ["polda"] = [facets.GetProperty("polda")[unit[2].GetInt32()][1].GetString()!],
            ["election"] = _manifest.GetProperty("electionSets")[elections[k]].EnumerateArray().Select(e => facets.GetProperty("election")[e.GetInt32()][1].GetString()!).ToArray(),
            ["tag"] = tags[k].Select(t => facets.GetProperty("tag")[t][1].GetString()!).ToArray(),
            ["year"] = [year],
        };
    }

    public static string Text(byte[] bytes) => Encoding.UTF8.GetString(bytes);
}
