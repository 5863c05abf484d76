using System.Globalization;
using System.Text;
using System.Text.Json;
using SiteGen.Model;

namespace SiteGen.Search;

/// <summary>
/// The facets of the index (unit, Polda, election, tag, year). The manifest names the values; each block of documents
/// gives, per document, its unit, its set of elections and its tags as small numbers. Codes are given by frequency,
/// most used first, so the common values take one letter. Years need no column: ids follow the date, so a year is a
/// range of ids.
/// </summary>
internal sealed class FacetTables
{
    private readonly Func<int, Bulletin> _byId;
    private readonly (string Name, string Slug, int Polda)[] _units;
    private readonly (string Name, string Slug)[] _poldas;
    private readonly (string Name, string Slug)[] _elections;
    private readonly (string Name, string Slug)[] _tags;
    private readonly (int Year, int First, int Count)[] _years;
    private readonly Dictionary<string, int> _unitCode = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _electionCode = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _tagCode = new(StringComparer.Ordinal);
    private readonly List<int[]> _electionSets = [];
    private readonly Dictionary<string, int> _electionSetCode = new(StringComparer.Ordinal);

    public FacetTables(Site site, int count, Func<int, Bulletin> byId)
    {
        _byId = byId;
        // Read again for each count rather than held: each count keeps one entry per value, not per bulletin.
        var bulletins = Enumerable.Range(0, count).Select(byId);

        var poldas = ByFrequency(bulletins.Select(b => (b.Unit.PoldaSlug, b.Unit.Polda)));
        var poldaCode = poldas.Select((p, i) => (p.Slug, i)).ToDictionary(p => p.Slug, p => p.i, StringComparer.Ordinal);
        _poldas = poldas;
        var unitPolda = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var b in bulletins) unitPolda.TryAdd(b.Unit.Slug, b.Unit.PoldaSlug);
        _units = ByFrequency(bulletins.Select(b => (b.Unit.Slug, b.Unit.Name)))
            .Select(u => (u.Name, u.Slug, poldaCode[unitPolda[u.Slug]])).ToArray();
        _elections = ByFrequency(bulletins.SelectMany(b => b.Elections.Select(e => (e.Slug, e.Name))));
        _tags = ByFrequency(bulletins.SelectMany(b => b.Tags.Select(t => (t.Slug, t.Name))));
        for (var i = 0; i < _units.Length; i++) _unitCode[_units[i].Slug] = i;
        for (var i = 0; i < _elections.Length; i++) _electionCode[_elections[i].Slug] = i;
        for (var i = 0; i < _tags.Length; i++) _tagCode[_tags[i].Slug] = i;

        // Sets of elections, most common first; almost every bulletin has one of a handful.
        var sets = new Dictionary<string, (int[] Set, int Count)>(StringComparer.Ordinal);
        foreach (var b in bulletins)
        {
            var set = ElectionSet(b);
            var key = string.Join(',', set);
            sets[key] = sets.TryGetValue(key, out var seen) ? (seen.Set, seen.Count + 1) : (set, 1);
        }
        foreach (var (key, (set, _)) in sets.OrderByDescending(s => s.Value.Count).ThenBy(s => s.Key, StringComparer.Ordinal))
        {
            _electionSetCode[key] = _electionSets.Count;
            _electionSets.Add(set);
        }

        var years = new List<(int, int, int)>();
        for (var id = 0; id < count;)
        {
            var year = byId(id).Date.Year;
            var first = id;
            while (id < count && byId(id).Date.Year == year) id++;
            years.Add((year, first, id - first));
        }
        _years = [.. years];
    }

    private int[] ElectionSet(Bulletin b) => b.Elections.Select(e => _electionCode[e.Slug]).Order().ToArray();

    /// <summary>The distinct values, most frequent first, then by slug; a value keeps the name it first comes with.</summary>
    private static (string Name, string Slug)[] ByFrequency(IEnumerable<(string Slug, string Name)> values)
    {
        var counts = new Dictionary<string, (string Name, int Count)>(StringComparer.Ordinal);
        foreach (var (slug, name) in values)
            counts[slug] = counts.TryGetValue(slug, out var seen) ? (seen.Name, seen.Count + 1) : (name, 1);
        return counts.OrderByDescending(v => v.Value.Count).ThenBy(v => v.Key, StringComparer.Ordinal)
            .Select(v => (v.Value.Name, v.Key)).ToArray();
    }

    /// <summary>One block: per document of [first, end) its unit code (u), election-set code (e), tag count and tag codes (t); and the hashes of its record groups (r).</summary>
    public byte[] BlockJson(int first, int end, string[] groupHashes)
    {
        var units = new StringBuilder();
        var elections = new StringBuilder();
        var tags = new StringBuilder();
        for (var id = first; id < end; id++)
        {
            var b = _byId(id);
            PostingCodec.Write(units, _unitCode[b.Unit.Slug]);
            PostingCodec.Write(elections, _electionSetCode[string.Join(',', ElectionSet(b))]);
            var codes = b.Tags.Select(t => _tagCode[t.Slug]).Distinct().Order().ToArray();
            PostingCodec.Write(tags, codes.Length);
            foreach (var code in codes) PostingCodec.Write(tags, code);
        }
        return SearchIndexBuilder.Json(w =>
        {
            w.WriteStartObject();
            w.WriteString("u", units.ToString());
            w.WriteString("e", elections.ToString());
            w.WriteString("t", tags.ToString());
            w.WriteStartArray("r");
            for (var g = first / SearchIndexBuilder.GroupSize; g * SearchIndexBuilder.GroupSize < end; g++) w.WriteStringValue(groupHashes[g]);
            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    /// <summary>The facet values (manifest "facets") and the election sets ("electionSets").</summary>
    public void WriteManifest(Utf8JsonWriter w)
    {
        w.WriteStartObject("facets");
        w.WriteStartArray("unit");
        foreach (var (name, slug, polda) in _units)
        {
            w.WriteStartArray();
            w.WriteStringValue(name);
            w.WriteStringValue(slug);
            w.WriteNumberValue(polda);
            w.WriteEndArray();
        }
        w.WriteEndArray();
        Pairs(w, "polda", _poldas);
        Pairs(w, "election", _elections);
        Pairs(w, "tag", _tags);
        w.WriteStartArray("year");
        foreach (var (year, first, count) in _years)
        {
            w.WriteStartArray();
            w.WriteStringValue(year.ToString(CultureInfo.InvariantCulture));
            w.WriteNumberValue(first);
            w.WriteNumberValue(count);
            w.WriteEndArray();
        }
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteStartArray("electionSets");
        foreach (var set in _electionSets)
        {
            w.WriteStartArray();
            foreach (var code in set) w.WriteNumberValue(code);
            w.WriteEndArray();
        }
        w.WriteEndArray();
    }

    private static void Pairs(Utf8JsonWriter w, string name, (string Name, string Slug)[] values)
    {
        w.WriteStartArray(name);
        foreach (var (value, slug) in values)
        {
            w.WriteStartArray();
            w.WriteStringValue(value);
            w.WriteStringValue(slug);
            w.WriteEndArray();
        }
        w.WriteEndArray();
    }
}
