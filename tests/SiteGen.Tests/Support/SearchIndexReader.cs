using System.Text;
using System.Text.Json;
using SiteGen.Output;
using SiteGen.Search;

namespace SiteGen.Tests.Support;

/// <summary>
/// Reads a built search index the way the browser does (manifest → chunks → facet blocks → records) and answers
/// queries with the same rules as sitegen-search.js: every word (or glossary phrase) must match; the last word also
/// matches the words it begins. Records which files each query needed.
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
        var tokens = _analyzer.Analyze(query, isQuery: true);
        var groups = new List<(string[] Exact, string[] Prefixes)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var phrase = _phrases.FirstOrDefault(p => i + p.Stems.Length <= tokens.Count && p.Stems.Select((s, k) => tokens[i + k].Stem == s).All(x => x));
            if (phrase.Key is not null)
            {
                groups.Add(([phrase.Key], []));
                i += phrase.Stems.Length - 1;
                continue;
            }
            var last = i == tokens.Count - 1 && !query.EndsWith(' ');
            var prefixes = last ? new[] { tokens[i].Surface, tokens[i].Stem }.Where(p => p.Length >= 3).Distinct().ToArray() : [];
            groups.Add(([tokens[i].Stem], prefixes));
        }
        HashSet<int>? result = null;
        foreach (var (exact, prefixes) in groups)
        {
            var terms = new HashSet<string>(exact, StringComparer.Ordinal);
            foreach (var prefix in prefixes) terms.UnionWith(KeysWithPrefix(prefix));
            var ids = terms.SelectMany(Postings).Select(p => p.Id).ToHashSet();
            result = result is null ? ids : [.. result.Intersect(ids)];
        }
        return (result ?? []).Order().ToArray();
    }

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
