using System.IO.Hashing;
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

    /// <summary>
    /// How many bulletins past the oldest one not yet added to the index may be analysed meanwhile: the few analyses
    /// held at once are gone before the next collection, so they never reach the older generations of the heap.
    /// </summary>
    private const int AnalysisWindow = 64;
    // How many ids a worker takes at once (the window holds several batches).
    private const int AnalysisBatch = 16;

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
    /// <param name="store">Where analyses of an earlier build are found and this build's are handed on; null to analyse every bulletin.</param>
    public static SearchIndex Write(Site site, Glossary glossary, IOutputSink sink, bool parallel = true, CancellationToken cancel = default, AnalysisStore? store = null)
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
        if (store is not null)
        {
            var analyser = new Fingerprint().Add(string.Join(' ', protectedWords));
            foreach (var entry in glossary.Entries)
            {
                analyser.Add(entry.Term).Add(entry.Phrases.Count);
                foreach (var phrase in entry.Phrases) analyser.Add(phrase);
            }
            store.Begin(analyser.Value);
        }
        var (chunks, termCount) = IndexTerms(site, analyzer, matcher, vocabulary, counted, options, store);

        var facets = new FacetTables(site, count, id => ById(site, id));
        var groupHashes = WriteRecords(site, counted, options, store);
        var blockNames = new List<string>();
        for (var first = 0; first < count; first += BlockSize)
        {
            var bytes = facets.BlockJson(first, Math.Min(count, first + BlockSize), groupHashes);
            var name = "d/" + ContentHash.Of(bytes) + ".json";
            blockNames.Add(name);
            counted.Add(new OutputFile(Folder + name, bytes));
        }

        var vocabularyEntry = vocabulary.Write(Folder, counted);
        var manifest = ManifestJson(count, chunks, blockNames, facets, protectedWords, matcher, vocabularyEntry);
        var manifestPath = Folder + "manifest." + ContentHash.Of(manifest) + ".json";
        counted.Add(new OutputFile(manifestPath, manifest));
        return new SearchIndex(manifestPath, [], termCount) { FileCount = counted.Files, Bytes = counted.Bytes };
    }

    /// <summary>Ids run from the oldest bulletin, so "newest first" is descending id and a new bulletin changes only the last block.</summary>
    private static Bulletin ById(Site site, int id) => site.Bulletins[site.Bulletins.Count - 1 - id];

    /// <summary>
    /// Analyses the bulletins (in parallel) and adds each one's terms to the postings in id order as soon as it is
    /// analysed, so memory holds the postings and a few analyses; then cuts the word index into chunks and writes them.
    /// </summary>
    private static (List<(string FirstKey, string Name)> Chunks, int TermCount) IndexTerms(
        Site site, TextAnalyzer analyzer, GlossaryMatcher matcher, SearchVocabulary vocabulary, IOutputSink sink, ParallelOptions options, AnalysisStore? store)
    {
        var names = site.Units.SelectMany(u => new[] { u.Name, u.Polda, u.Region })
            .Concat(site.Elections.Select(e => e.Name))
            .Concat(site.Bulletins.SelectMany(b => b.Tags.Select(t => t.Name)))
            .Distinct(StringComparer.Ordinal)
            .ToDictionary(n => n, n => SearchDocument.AnalyzeName(n, analyzer, matcher), StringComparer.Ordinal);
        var count = site.Bulletins.Count;
        var words = new System.Collections.Concurrent.ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        // Postings are added in id order, so every list is sorted by id without a sort. Each document's lists are found
        // by the worker that analysed it, so adding (one document at a time) is only appending.
        var postings = new System.Collections.Concurrent.ConcurrentDictionary<string, PostingList>(StringComparer.Ordinal);
        var surfaces = new Dictionary<string, string>(StringComparer.Ordinal);
        // For documents taken from the store: each word's posting list and count, by its number in the store's table.
        var storeWords = store?.Words ?? [];
        var listsById = new PostingList?[storeWords.Count];
        var countsById = new int[storeWords.Count];
        // Surface words of taken documents already filed, by number: most recur in thousands of documents.
        var surfaceFiled = new bool[storeWords.Count];
        (SearchDocument Document, PostingList[] Lists) Analyse(int id)
        {
            var bulletin = ById(site, id);
            var document = store?.Find(bulletin, id);
            if (document is { TermIds: { } termIds, WordIds: { } wordIds })
            {
                var kept = new PostingList[termIds.Length];
                for (var i = 0; i < kept.Length; i++)
                    kept[i] = listsById[termIds[i]] ??= postings.GetOrAdd(document.Terms[i].Key, _ => new PostingList());
                foreach (var word in wordIds) Interlocked.Increment(ref countsById[word]);
                return (document, kept);
            }
            if (document is null) document = SearchDocument.Analyze(bulletin, id, analyzer, matcher, names, words, vocabulary);
            else vocabulary.Count(document.Words);
            var lists = new PostingList[document.Terms.Count];
            for (var i = 0; i < lists.Length; i++) lists[i] = postings.GetOrAdd(document.Terms[i].Key, _ => new PostingList());
            return (document, lists);
        }
        AnalyseInOrder(count, Analyse, analysed =>
        {
            var (document, lists) = analysed;
            store?.Made(ById(site, document.Id), document);
            for (var i = 0; i < lists.Length; i++) lists[i].Add(document.Id, document.Terms[i].Value);
            // The first document with a surface word gives its stem; later ones would change nothing.
            var ids = document.SurfaceIds;
            for (var i = 0; i < document.Surfaces.Count; i++)
            {
                if (ids is not null)
                {
                    if (surfaceFiled[ids[i]]) continue;
                    surfaceFiled[ids[i]] = true;
                }
                surfaces.TryAdd(document.Surfaces[i].Key, document.Surfaces[i].Value);
            }
        }, options);
        for (var word = 0; word < countsById.Length; word++)
            if (countsById[word] > 0) vocabulary.Count(storeWords[word], countsById[word]);
        // An acronym found only through its long form ("pilpres" for "pemilihan presiden") is still a word a reader types.
        foreach (var key in matcher.Keys)
            vocabulary.Add(key, postings.TryGetValue(key, out var list) ? list.Documents : 0);
        return (Chunk(postings, surfaces, sink), postings.Count);
    }

    /// <summary>
    /// Analyses documents 0 to <paramref name="count"/> - 1 in parallel, taking ids in increasing order, and hands each
    /// to <paramref name="add"/> in id order (one at a time), no more than <see cref="AnalysisWindow"/> ids ahead of the
    /// last one added.
    /// </summary>
    private static void AnalyseInOrder<T>(int count, Func<int, T> analyse, Action<T> add, ParallelOptions options) where T : struct
    {
        var waiting = new T?[AnalysisWindow];
        var gate = new object();
        var next = 0; // the next id to add
        var taken = -1;
        var failed = false;
        var workers = options.MaxDegreeOfParallelism > 0 ? options.MaxDegreeOfParallelism : Environment.ProcessorCount;
        Parallel.For(0, workers, options, _ =>
        {
            try
            {
                var analysed = new T[AnalysisBatch];
                while (true)
                {
                    options.CancellationToken.ThrowIfCancellationRequested();
                    // Ids are taken a batch at a time: an analysis kept from the last build takes less time than a lock.
                    var first = Interlocked.Add(ref taken, AnalysisBatch) - AnalysisBatch + 1;
                    if (first >= count) return;
                    var end = Math.Min(count, first + AnalysisBatch);
                    if (end - 1 - Volatile.Read(ref next) >= AnalysisWindow)
                        lock (gate)
                        {
                            // Only the worker analysing id 'next' never waits, so the window always moves on.
                            while (end - 1 - next >= AnalysisWindow && !failed) Monitor.Wait(gate);
                            if (failed) return;
                        }
                    for (var id = first; id < end; id++) analysed[id - first] = analyse(id);
                    lock (gate)
                    {
                        for (var id = first; id < end; id++) waiting[id % AnalysisWindow] = analysed[id - first];
                        while (next < count && waiting[next % AnalysisWindow] is { } ready)
                        {
                            waiting[next % AnalysisWindow] = null;
                            add(ready);
                            next++;
                        }
                        Monitor.PulseAll(gate);
                    }
                }
            }
            catch
            {
                // Wake the other workers so they stop instead of waiting for an id that never comes; the error goes on.
                lock (gate)
                {
                    failed = true;
                    Monitor.PulseAll(gate);
                }
                throw;
            }
        });
    }

    /// <summary>
    /// Writes one record per bulletin; a record's folder is the hash of its group of <see cref="GroupSize"/>. Returns the
    /// group hashes. A group whose records' inputs are those of a group an earlier build wrote (<paramref name="store"/>)
    /// has that group's hash, and its files, when the output still holds them, are kept without their bytes being made.
    /// </summary>
    private static string[] WriteRecords(Site site, IOutputSink sink, ParallelOptions options, AnalysisStore? store)
    {
        var count = site.Bulletins.Count;
        var groupHashes = new string[(count + GroupSize - 1) / GroupSize];
        var dates = new DateFormatter(site.Config.Language);
        Parallel.For(0, groupHashes.Length, options, g =>
        {
            var first = g * GroupSize;
            var last = Math.Min(count, first + GroupSize);
            string Path(int id) => $"{Folder}r/{groupHashes[g]}/{id}.json";
            var key = store is null ? 0 : GroupKey(site, store, dates, first, last);
            if (store?.FindGroup(key) is { } found && found.Lengths.Length == last - first && found.Hashes.Length == last - first)
            {
                groupHashes[g] = found.Hash;
                for (var id = first; id < last; id++)
                    if (!sink.Keep(Path(id), found.Lengths[id - first], found.Hashes[id - first]))
                        sink.Add(new OutputFile(Path(id), RecordJson(ById(site, id), site, dates)));
                store.MadeGroup(key, found);
                return;
            }
            var records = new byte[last - first][];
            for (var id = first; id < last; id++) records[id - first] = RecordJson(ById(site, id), site, dates);
            groupHashes[g] = ContentHash.Of(records);
            for (var id = first; id < last; id++) sink.Add(new OutputFile(Path(id), records[id - first]));
            store?.MadeGroup(key, new RecordGroup(groupHashes[g], records.Select(r => (long)r.Length).ToArray(), records.Select(r => XxHash64.HashToUInt64(r)).ToArray()));
        });
        return groupHashes;
    }

    /// <summary>A fingerprint of everything the records of bulletins <paramref name="first"/> to <paramref name="last"/> - 1 are made of, in id order.</summary>
    private static ulong GroupKey(Site site, AnalysisStore store, DateFormatter dates, int first, int last)
    {
        var key = new Fingerprint().Add(first).Add(last);
        for (var id = first; id < last; id++)
        {
            var bulletin = ById(site, id);
            key.Add(store.VersionOf(bulletin)).Add(bulletin.Title).Add(site.Config.Url(bulletin.Path)).Add(dates.Long(bulletin.Date.DateTime))
                .Add(DateFormatter.Iso(bulletin.Date)).Add(bulletin.Unit.Name).Add(bulletin.Summary);
        }
        return key.Value;
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

    /// <summary>Cuts the postings and surface words into chunks in key order, writing each chunk as it is made; returns each chunk's first key and file name.</summary>
    private static List<(string FirstKey, string Name)> Chunk(IReadOnlyDictionary<string, PostingList> postings, Dictionary<string, string> surfaces, IOutputSink sink)
    {
        var keys = postings.Keys.Union(surfaces.Keys, StringComparer.Ordinal).ToArray();
        Array.Sort(keys, StringComparer.Ordinal);

        var chunks = new List<(string FirstKey, string Name)>();
        var current = new List<KeyValuePair<string, ReadOnlyMemory<byte>>>();
        var currentSurfaces = new List<KeyValuePair<string, string>>();
        var size = 0;
        void Close()
        {
            if (current.Count == 0 && currentSurfaces.Count == 0) return;
            var first = current.Count == 0 ? currentSurfaces[0].Key
                : currentSurfaces.Count == 0 ? current[0].Key
                : string.CompareOrdinal(current[0].Key, currentSurfaces[0].Key) <= 0 ? current[0].Key : currentSurfaces[0].Key;
            var bytes = ChunkJson(new IndexChunk(first, [.. current], [.. currentSurfaces]));
            var name = "i/" + ContentHash.Of(bytes) + ".json";
            sink.Add(new OutputFile(Folder + name, bytes));
            chunks.Add((first, name));
            current.Clear();
            currentSurfaces.Clear();
            size = 0;
        }
        for (var i = 0; i < keys.Length; i++)
        {
            var key = keys[i];
            var parts = postings.TryGetValue(key, out var list) ? list.Parts() : [];
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

    private static byte[] ChunkJson(IndexChunk chunk) => Json(w =>
    {
        w.WriteStartObject();
        w.WriteStartObject("w");
        foreach (var (key, value) in chunk.Postings) w.WriteString(key, value.Span);
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
        int count, List<(string FirstKey, string Name)> chunks, List<string> blockNames, FacetTables facets,
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
        foreach (var (_, name) in chunks) w.WriteStringValue(name[2..^5]);
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
