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
        var bulletins = Enumerable.Range(0, count).Select(byId).ToArray();

        var poldas = ByFrequency(bulletins.Select(b => (b.Unit.PoldaSlug, b.Unit.Polda)));
        var poldaCode = poldas.Select((p, i) => (p.Slug, i)).ToDictionary(p => p.Slug, p => p.i, StringComparer.Ordinal);
        _poldas = poldas;
        _units = ByFrequency(bulletins.Select(b => (b.Unit.Slug, b.Unit.Name)))
            .Select(u => (u.Name, u.Slug, poldaCode[bulletins.First(b => b.Unit.Slug == u.Slug).Unit.PoldaSlug])).ToArray();
        _elections = ByFrequency(bulletins.SelectMany(b => b.Elections.Select(e => (e.Slug, e.Name))));
        _tags = ByFrequency(bulletins.SelectMany(b => b.Tags.Select(t => (t.Slug, t.Name))));
        for (var i = 0; i < _units.Length; i++) _unitCode[_units[i].Slug] = i;
        for (var i = 0; i < _elections.Length; i++) _electionCode[_elections[i].Slug] = i;
        for (var i = 0; i < _tags.Length; i++) _tagCode[_tags[i].Slug] = i;

        // Sets of elections, most common first; almost every bulletin has one of a handful.
        var sets = bulletins.Select(ElectionSet).GroupBy(s => string.Join(',', s), StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal);
        foreach (var set in sets)
        {
            _electionSetCode[set.Key] = _electionSets.Count;
            _electionSets.Add(set.First());
        }

        var years = new List<(int, int, int)>();
        for (var id = 0; id < count;)
        {
            var year = bulletins[id].Date.Year;
            var first = id;
            while (id < count && bulletins[id].Date.Year == year) id++;
            years.Add((year, first, id - first));
        }
        _years = [.. years];
    }

    private int[] ElectionSet(Bulletin b) => b.Elections.Select(e => _electionCode[e.Slug]).Order().ToArray();

    private static (string Name, string Slug)[] ByFrequency(IEnumerable<(string Slug, string Name)> values) =>
        values.GroupBy(v => v.Slug, StringComparer.Ordinal)
            .Select(g => (Name: g.First().Name, Slug: g.Key, Count: g.Count()))
            .OrderByDescending(v => v.Count).ThenBy(v => v.Slug, StringComparer.Ordinal)
            .Select(v => (v.Name, v.Slug)).ToArray();

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
