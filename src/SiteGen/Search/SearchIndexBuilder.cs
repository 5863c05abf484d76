using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using SiteGen.Model;
using SiteGen.Output;
using SiteGen.Text;

namespace SiteGen.Search;

/// <summary>
/// Builds the site's search index (part of phase 4, Render): an inverted index split into chunks by key, facet data
/// in blocks of documents, one record per bulletin for the results list, the vocabulary for mistyped words, and a
/// small manifest that names them all. A query fetches the manifest, the chunks of its words, the facet blocks of its
/// hits and the records it shows; a word that finds nothing also fetches the few vocabulary files that may hold it.
/// Every file name holds a hash of the bytes it names, and two builds of one site give the same bytes.
/// </summary>
public static class SearchIndexBuilder
{
    /// <summary>The folder of the index in the site.</summary>
    public const string Folder = "search/";

    /// <summary>About how many characters of keys and postings one chunk holds.</summary>
    public const int ChunkTarget = 12_000;

    /// <summary>Documents per facet block.</summary>
    public const int BlockSize = 2_048;

    /// <summary>Documents per record group: a record's file name carries the hash of its group.</summary>
    public const int GroupSize = 64;

    /// <summary>Characters of body text a record keeps for excerpts.</summary>
    public const int RecordTextLimit = 4_000;

    public const int FormatVersion = 1;

    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    /// <summary>Builds the index in memory: every file is in the result.</summary>
    /// <param name="cancel">Stops the work (with <see cref="OperationCanceledException"/>) when the index is no longer wanted.</param>
    public static SearchIndex Build(Site site, Glossary glossary, bool parallel = true, CancellationToken cancel = default)
    {
        var files = new OutputList();
        var index = Write(site, glossary, files, parallel, cancel);
        return index with { Files = files.Sorted() };
    }

    /// <summary>
    /// Builds the index, handing each file to <paramref name="sink"/> as soon as it is made (the result lists none), so a
    /// large site never holds its whole index in memory.
    /// </summary>
    public static SearchIndex Write(Site site, Glossary glossary, IOutputSink sink, bool parallel = true, CancellationToken cancel = default)
    {
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallel ? Environment.ProcessorCount : 1, CancellationToken = cancel };
        var plain = new TextAnalyzer();
        // A key of several words ("politik uang") is no word of the text, so there is nothing to protect.
        var glossaryKeys = glossary.Entries.Select(e => GlossaryMatcher.KeyOf(e.Term, plain)).OfType<string>().Where(k => !k.Contains(' '));
        var protectedWords = ProtectedWords(site, glossaryKeys, plain);
        var analyzer = new TextAnalyzer(protectedWords);
        var matcher = new GlossaryMatcher(glossary, analyzer);
        var count = site.Bulletins.Count;
        var counted = new CountingSink(sink);

        var vocabulary = new SearchVocabulary();
        var (chunks, termCount) = IndexTerms(site, analyzer, matcher, vocabulary, options);
        var chunkNames = new string[chunks.Count];
        Parallel.For(0, chunks.Count, options, i =>
        {
            var bytes = ChunkJson(chunks[i]);
            chunkNames[i] = "i/" + ContentHash.Of(bytes) + ".json";
            counted.Add(new OutputFile(Folder + chunkNames[i], bytes));
        });

        var facets = new FacetTables(site, count, id => ById(site, id));
        var groupHashes = WriteRecords(site, counted, options);
        var blockNames = new List<string>();
        for (var first = 0; first < count; first += BlockSize)
        {
            var bytes = facets.BlockJson(first, Math.Min(count, first + BlockSize), groupHashes);
            var name = "d/" + ContentHash.Of(bytes) + ".json";
            blockNames.Add(name);
            counted.Add(new OutputFile(Folder + name, bytes));
        }

        var vocabularyEntry = vocabulary.Write(Folder, counted);
        var manifest = ManifestJson(count, chunks, chunkNames, blockNames, facets, protectedWords, matcher, vocabularyEntry);
        var manifestPath = Folder + "manifest." + ContentHash.Of(manifest) + ".json";
        counted.Add(new OutputFile(manifestPath, manifest));
        return new SearchIndex(manifestPath, [], termCount) { FileCount = counted.Files, Bytes = counted.Bytes };
    }

    /// <summary>Ids run from the oldest bulletin, so "newest first" is descending id and a new bulletin changes only the last block.</summary>
    private static Bulletin ById(Site site, int id) => site.Bulletins[site.Bulletins.Count - 1 - id];

    /// <summary>Analyses every bulletin and cuts the word index into chunks; the analysed documents are dropped on return.</summary>
    private static (List<IndexChunk> Chunks, int TermCount) IndexTerms(
        Site site, TextAnalyzer analyzer, GlossaryMatcher matcher, SearchVocabulary vocabulary, ParallelOptions options)
    {
        var names = site.Units.SelectMany(u => new[] { u.Name, u.Polda, u.Region })
            .Concat(site.Elections.Select(e => e.Name))
            .Concat(site.Bulletins.SelectMany(b => b.Tags.Select(t => t.Name)))
            .Distinct(StringComparer.Ordinal)
            .ToDictionary(n => n, n => SearchDocument.AnalyzeName(n, analyzer, matcher), StringComparer.Ordinal);
        var documents = new SearchDocument[site.Bulletins.Count];
        var words = new System.Collections.Concurrent.ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        Parallel.For(0, documents.Length, options, id => documents[id] = SearchDocument.Analyze(ById(site, id), id, analyzer, matcher, names, words, vocabulary));
        // An acronym found only through its long form ("pilpres" for "pemilihan presiden") is still a word a reader types.
        foreach (var key in matcher.Keys)
            vocabulary.Add(key, documents.Count(d => BinarySearch(d.Terms, key)));
        var chunks = Chunk(documents, options);
        var termCount = chunks.SelectMany(c => c.Postings.Select(p => p.Key)).Distinct(StringComparer.Ordinal).Count();
        return (chunks, termCount);
    }

    private static bool BinarySearch(IReadOnlyList<KeyValuePair<string, int>> sorted, string key)
    {
        int lo = 0, hi = sorted.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var c = string.CompareOrdinal(sorted[mid].Key, key);
            if (c == 0) return true;
            if (c < 0) lo = mid + 1; else hi = mid - 1;
        }
        return false;
    }

    /// <summary>Writes one record per bulletin; a record's folder is the hash of its group of <see cref="GroupSize"/>. Returns the group hashes.</summary>
    private static string[] WriteRecords(Site site, IOutputSink sink, ParallelOptions options)
    {
        var count = site.Bulletins.Count;
        var groupHashes = new string[(count + GroupSize - 1) / GroupSize];
        var dates = new DateFormatter(site.Config.Language);
        Parallel.For(0, groupHashes.Length, options, g =>
        {
            var first = g * GroupSize;
            var last = Math.Min(count, first + GroupSize);
            var records = new byte[last - first][];
            for (var id = first; id < last; id++) records[id - first] = RecordJson(ById(site, id), site, dates);
            groupHashes[g] = ContentHash.Of(records.SelectMany(r => r).ToArray());
            for (var id = first; id < last; id++)
                sink.Add(new OutputFile($"{Folder}r/{groupHashes[g]}/{id}.json", records[id - first]));
        });
        return groupHashes;
    }

    /// <summary>Names are never stemmed: the normalised words of unit, region, Polda and election names and the glossary's short forms.</summary>
    public static string[] ProtectedWords(Site site, IEnumerable<string> glossaryKeys, TextAnalyzer analyzer)
    {
        var names = site.Units.SelectMany(u => new[] { u.Name, u.Region, u.Polda })
            .Concat(site.Elections.Select(e => e.Name));
        var words = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
            foreach (var word in analyzer.Normalize(name))
                if (word.Length > 0 && word[0] is >= 'a' and <= 'z') words.Add(word);
        words.UnionWith(glossaryKeys);
        return [.. words];
    }

    private static List<IndexChunk> Chunk(SearchDocument[] documents, ParallelOptions options)
    {
        // Postings are collected in id order, so every list is sorted by id without a sort.
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var surfaces = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            foreach (var (term, weight) in document.Terms)
            {
                if (!postings.TryGetValue(term, out var list)) postings.Add(term, list = []);
                list.Add(document.Id << 5 | weight);
            }
            foreach (var (surface, stem) in document.Surfaces) surfaces.TryAdd(surface, stem);
        }

        var keys = postings.Keys.Union(surfaces.Keys, StringComparer.Ordinal).ToArray();
        Array.Sort(keys, StringComparer.Ordinal);
        var encoded = new string[keys.Length][];
        Parallel.For(0, keys.Length, options, i => encoded[i] = postings.TryGetValue(keys[i], out var list) ? Encode(list) : []);

        var chunks = new List<IndexChunk>();
        var current = new List<KeyValuePair<string, string>>();
        var currentSurfaces = new List<KeyValuePair<string, string>>();
        var size = 0;
        void Close()
        {
            if (current.Count == 0 && currentSurfaces.Count == 0) return;
            var first = current.Count == 0 ? currentSurfaces[0].Key
                : currentSurfaces.Count == 0 ? current[0].Key
                : string.CompareOrdinal(current[0].Key, currentSurfaces[0].Key) <= 0 ? current[0].Key : currentSurfaces[0].Key;
            chunks.Add(new IndexChunk(first, [.. current], [.. currentSurfaces]));
            current.Clear();
            currentSurfaces.Clear();
            size = 0;
        }
        for (var i = 0; i < keys.Length; i++)
        {
            var key = keys[i];
            var parts = encoded[i];
            var surfaceSize = surfaces.TryGetValue(key, out var stem) ? key.Length + stem.Length + 6 : 0;
            var entrySize = surfaceSize + parts.Sum(p => key.Length + p.Length + 6);
            if (size > 0 && size + entrySize > ChunkTarget) Close();
            if (stem is not null) currentSurfaces.Add(KeyValuePair.Create(key, stem));
            for (var p = 0; p < parts.Length; p++)
            {
                // A long list fills chunks of its own, each starting with its key.
                if (parts.Length > 1 && p > 0) Close();
                current.Add(KeyValuePair.Create(key, parts[p]));
            }
            size += entrySize;
            if (parts.Length > 1) Close();
        }
        Close();
        return chunks;
    }

    /// <summary>Gaps and weights of one posting list, cut into parts that each fit a chunk; each part starts its gaps from -1.</summary>
    private static string[] Encode(List<int> list)
    {
        var parts = new List<string>();
        var text = new StringBuilder();
        var previous = -1;
        foreach (var packed in list)
        {
            if (text.Length >= ChunkTarget)
            {
                parts.Add(text.ToString());
                text.Clear();
                previous = -1;
            }
            var id = packed >> 5;
            PostingCodec.Write(text, id - previous - 1);
            PostingCodec.Write(text, (packed & 31) - 1);
            previous = id;
        }
        parts.Add(text.ToString());
        return [.. parts];
    }

    private static byte[] ChunkJson(IndexChunk chunk) => Json(w =>
    {
        w.WriteStartObject();
        w.WriteStartObject("w");
        foreach (var (key, value) in chunk.Postings) w.WriteString(key, value);
        w.WriteEndObject();
        w.WriteStartObject("s");
        foreach (var (key, value) in chunk.SurfaceStems) w.WriteString(key, value);
        w.WriteEndObject();
        w.WriteEndObject();
    });

    private static byte[] RecordJson(Bulletin bulletin, Site site, DateFormatter dates) => Json(w =>
    {
        w.WriteStartObject();
        w.WriteString("t", bulletin.Title);
        w.WriteString("u", site.Config.Url(bulletin.Path));
        w.WriteString("d", dates.Long(bulletin.Date.DateTime));
        w.WriteString("i", DateFormatter.Iso(bulletin.Date));
        w.WriteString("n", bulletin.Unit.Name);
        w.WriteString("s", bulletin.Summary);
        w.WriteString("x", Cut(bulletin.Body.PlainText, RecordTextLimit));
        w.WriteEndObject();
    });

    /// <summary>The first <paramref name="limit"/> characters of a body, cut between words; lines (blocks) stay as they are.</summary>
    private static string Cut(string text, int limit)
    {
        if (text.Length <= limit) return text;
        var space = text.LastIndexOfAny([' ', '\n'], limit);
        return text[..(space > limit / 2 ? space : limit)];
    }

    private static byte[] ManifestJson(
        int count, List<IndexChunk> chunks, string[] chunkNames, List<string> blockNames, FacetTables facets,
        string[] protectedWords, GlossaryMatcher glossary, (string Hash, string Mask) vocabulary) => Json(w =>
    {
        w.WriteStartObject();
        w.WriteNumber("version", FormatVersion);
        w.WriteNumber("count", count);
        w.WriteNumber("blockSize", BlockSize);
        w.WriteNumber("groupSize", GroupSize);
        w.WriteStartArray("first");
        foreach (var chunk in chunks) w.WriteStringValue(chunk.FirstKey);
        w.WriteEndArray();
        w.WriteStartArray("chunks");
        foreach (var name in chunkNames) w.WriteStringValue(name[2..^5]);
        w.WriteEndArray();
        w.WriteStartArray("blocks");
        foreach (var name in blockNames) w.WriteStringValue(name[2..^5]);
        w.WriteEndArray();
        facets.WriteManifest(w);
        w.WriteString("protected", string.Join(' ', protectedWords));
        w.WriteStartArray("glossary");
        foreach (var (key, stems) in glossary.Phrases)
        {
            w.WriteStartArray();
            w.WriteStringValue(key);
            w.WriteStringValue(stems);
            w.WriteEndArray();
        }
        w.WriteEndArray();
        w.WriteStartArray("vocab");
        w.WriteStringValue(vocabulary.Hash);
        w.WriteStringValue(vocabulary.Mask);
        w.WriteEndArray();
        w.WriteEndObject();
    });

    internal static byte[] Json(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, JsonOptions)) write(writer);
        return buffer.ToArray();
    }
}
