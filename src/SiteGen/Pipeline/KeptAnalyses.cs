using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;
using SiteGen.Model;
using SiteGen.Search;
using SiteGen.Text;

namespace SiteGen.Pipeline;

/// <summary>
/// The search analyses of the last written build's bulletins, kept in <c>.sitegen/cache/search.bin</c>: a bulletin whose
/// searchable text (its file, and the names of its unit, elections and tags) did not change is not analysed again.
/// This build's analyses are written to a new file as they are made, which replaces the old one once the site is in place
/// (<see cref="Save"/>); without that, it is removed (<see cref="Dispose"/>).
/// </summary>
/// <remarks>
/// The file names the SiteGen that wrote it (<see cref="CacheFolder.Identity"/>) and how it analysed (protected words,
/// glossary); one of another SiteGen or analyser, or one that fails its checksum, is not used. Layout: a header; each
/// bulletin's key and its terms with weights, surface words and vocabulary words, as numbers into a table of words (as
/// variable-length integers); the table; the groups of search records written (<see cref="RecordGroup"/>, by the
/// fingerprint of their inputs); an index (each bulletin's key, and where its analysis starts and ends, so a build finds
/// them without reading them all); and a footer (where the table, the groups and the index start, how many bulletins, the checksum).
/// </remarks>
internal sealed class KeptAnalyses(string file, Func<Bulletin, ulong> version) : AnalysisStore, IDisposable
{
    public const string FileName = "search.bin";

    private const string Magic = "sitegen-search";
    private const int FormatVersion = 3;
    // Where the table of words, the record groups and the index start, and how many bulletins there are (the checksum after them is CacheFolder's).
    private const int FooterSize = 3 * sizeof(long) + sizeof(int);
    // An entry of the index: a bulletin's key, and where its analysis starts and ends.
    private const int IndexEntrySize = sizeof(ulong) + 2 * sizeof(int);

    // The last build's file, and where each bulletin's analysis starts in it.
    private byte[] _last = [];
    private string[] _lastWords = [];
    private Dictionary<ulong, (int At, int End)> _lastAt = [];
    private Dictionary<ulong, RecordGroup> _lastGroups = [];
    private readonly System.Collections.Concurrent.ConcurrentDictionary<ulong, RecordGroup> _groups = new();

    // This build's file, written as analyses are made.
    private FileStream? _next;
    private string? _temporary;
    private readonly XxHash64 _checksum = new();
    private readonly MemoryStream _buffer = new();
    private BinaryWriter Writer => field ??= new BinaryWriter(_buffer, Encoding.UTF8, leaveOpen: true);
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _words = [];
    private readonly List<(ulong Key, int Start, int End)> _index = [];

    /// <summary>Where the analyses are kept.</summary>
    public string File => file;

    /// <summary>How the last build's file was found.</summary>
    public LastBuildFile Found { get; private set; } = LastBuildFile.None;

    /// <summary>How many bulletins were taken from it.</summary>
    public int Kept => _kept;
    private int _kept;

    public override void Begin(ulong analyser)
    {
        Found = ReadLast(analyser);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            _temporary = $"{file}.{Guid.NewGuid():N}.tmp";
            _next = new FileStream(_temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
            using var header = new BinaryWriter(_buffer, Encoding.UTF8, leaveOpen: true);
            CacheFolder.WriteHeader(header, Magic, FormatVersion, analyser);
            Flush();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing is kept for the next build, which says so when it is saved.
            Problem = e.Message;
            Dispose();
        }
    }

    /// <summary>Why this build's analyses could not be written; null when they could.</summary>
    public string? Problem { get; private set; }

    public override SearchDocument? Find(Bulletin bulletin, int id)
    {
        if (!_lastAt.TryGetValue(Key(bulletin), out var range)) return null;
        try
        {
            return Read(id, range.At, range.End);
        }
        catch (Exception e) when (e is FormatException or IndexOutOfRangeException or ArgumentOutOfRangeException)
        {
            // The checksum held but the analysis does not read: written by something else. The bulletin is analysed again.
            Found = LastBuildFile.Damaged;
            return null;
        }
    }

    /// <summary>The analysis from <paramref name="at"/> to <paramref name="end"/> of the last build's file, each word's number checked against its table.</summary>
    private SearchDocument Read(int id, int at, int end)
    {
        ReadOnlySpan<byte> bytes = _last.AsSpan(0, end);
        var terms = new KeyValuePair<string, int>[Count(bytes, ref at)];
        var termIds = new int[terms.Length];
        for (var i = 0; i < terms.Length; i++)
        {
            termIds[i] = Number(bytes, ref at);
            terms[i] = KeyValuePair.Create(_lastWords[termIds[i]], (int)bytes[at++]);
        }
        var surfaces = new KeyValuePair<string, string>[Count(bytes, ref at)];
        var surfaceIds = new int[surfaces.Length];
        for (var i = 0; i < surfaces.Length; i++)
        {
            surfaceIds[i] = Number(bytes, ref at);
            surfaces[i] = KeyValuePair.Create(_lastWords[surfaceIds[i]], _lastWords[Number(bytes, ref at)]);
        }
        var words = new string[Count(bytes, ref at)];
        var wordIds = new int[words.Length];
        for (var i = 0; i < words.Length; i++)
        {
            wordIds[i] = Number(bytes, ref at);
            words[i] = _lastWords[wordIds[i]];
        }
        if (at != end) throw new FormatException("an analysis that does not end where the index says");
        Interlocked.Increment(ref _kept);
        return SearchDocument.Kept(id, terms, surfaces, words, termIds, wordIds, surfaceIds);
    }

    public override IReadOnlyList<string> Words => _lastWords;

    public override ulong VersionOf(Bulletin bulletin) => version(bulletin);

    public override RecordGroup? FindGroup(ulong key) => _lastGroups.GetValueOrDefault(key);

    public override void MadeGroup(ulong key, RecordGroup group) => _groups[key] = group;

    public override void Made(Bulletin bulletin, SearchDocument document)
    {
        if (_next is null) return;
        var key = Key(bulletin);
        Writer.Write(key);
        var start = (int)(_next.Position + _buffer.Length);
        // Taken from the last build: its bytes as they were, as this build's table of words starts as that build's.
        if (_lastAt.TryGetValue(key, out var range))
        {
            _buffer.Write(_last, range.At, range.End - range.At);
            _index.Add((key, start, (int)(_next.Position + _buffer.Length)));
            if (_buffer.Length > 1 << 16) Flush();
            return;
        }
        Writer.Write7BitEncodedInt(document.Terms.Count);
        foreach (var (term, weight) in document.Terms)
        {
            Writer.Write7BitEncodedInt(Id(term));
            Writer.Write((byte)weight);
        }
        Writer.Write7BitEncodedInt(document.Surfaces.Count);
        foreach (var (surface, stem) in document.Surfaces)
        {
            Writer.Write7BitEncodedInt(Id(surface));
            Writer.Write7BitEncodedInt(Id(stem));
        }
        Writer.Write7BitEncodedInt(document.Words.Count);
        foreach (var word in document.Words) Writer.Write7BitEncodedInt(Id(word));
        _index.Add((key, start, (int)(_next.Position + _buffer.Length)));
        if (_buffer.Length > 1 << 16) Flush();
    }

    /// <summary>Lets go of the last build's file once the index is made.</summary>
    public void DoneReading() => (_last, _lastWords, _lastAt, _lastGroups) = ([], [], [], []);

    /// <summary>Finishes this build's file and puts it in place of the last one; call once the site is in place.</summary>
    public void Save()
    {
        if (Problem is not null) throw new IOException(Problem);
        if (_next is null || _temporary is null) return;
        var table = _next.Position + _buffer.Length;
        using (var writer = new BinaryWriter(_buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(_words.Count);
            foreach (var word in _words) writer.Write(word);
            var groups = _next.Position + _buffer.Length;
            writer.Write(_groups.Count);
            foreach (var (key, group) in _groups)
            {
                writer.Write(key);
                writer.Write(group.Hash);
                writer.Write(group.Lengths.Length);
                for (var i = 0; i < group.Lengths.Length; i++)
                {
                    writer.Write(group.Lengths[i]);
                    writer.Write(group.Hashes[i]);
                }
            }
            var index = _next.Position + _buffer.Length;
            foreach (var (key, start, end) in _index)
            {
                writer.Write(key);
                writer.Write(start);
                writer.Write(end);
            }
            writer.Write(table);
            writer.Write(groups);
            writer.Write(index);
            writer.Write(_index.Count);
        }
        Flush();
        if (_next is null) throw new IOException(Problem);
        Span<byte> checksum = stackalloc byte[sizeof(ulong)];
        BinaryPrimitives.WriteUInt64LittleEndian(checksum, _checksum.GetCurrentHashAsUInt64());
        _next.Write(checksum);
        _next.Dispose();
        _next = null;
        System.IO.File.Move(_temporary, file, overwrite: true);
        _temporary = null;
    }

    public void Dispose()
    {
        _next?.Dispose();
        _next = null;
        try
        {
            if (_temporary is not null && System.IO.File.Exists(_temporary)) System.IO.File.Delete(_temporary);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A temporary file left in the cache folder is harmless (the next build's takes another name); the reason stays.
            Problem ??= e.Message;
        }
        _temporary = null;
    }

    /// <summary>What a bulletin's analysis is made from: its file (text and pictures, <paramref name="version"/>) and the names the model gives it.</summary>
    private ulong Key(Bulletin bulletin)
    {
        var key = new Fingerprint().Add(version(bulletin)).Add(bulletin.Title).Add(bulletin.Summary).Add(bulletin.Location)
            .Add(bulletin.Unit.Name).Add(bulletin.Unit.Polda).Add(bulletin.Unit.Region);
        foreach (var election in bulletin.Elections) key.Add(election.Name);
        key.Add(-1L);
        foreach (var tag in bulletin.Tags) key.Add(tag.Name);
        return key.Value;
    }

    private LastBuildFile ReadLast(ulong analyser)
    {
        var found = CacheFolder.Read(file, Magic, FormatVersion, analyser, out var bytes, out var first, out var end);
        if (found != LastBuildFile.Usable) return found;
        try
        {
            var table = BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(end - FooterSize));
            var groupsAt = BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(end - FooterSize + sizeof(long)));
            var indexAt = BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(end - FooterSize + 2 * sizeof(long)));
            var count = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(end - FooterSize + 3 * sizeof(long)));
            if (table < first || groupsAt < table || indexAt < groupsAt || count < 0 || indexAt + (long)count * IndexEntrySize != end - FooterSize)
                return LastBuildFile.Damaged;
            using var reader = new BinaryReader(new MemoryStream(bytes, (int)table, (int)(indexAt - table)), Encoding.UTF8);
            var words = new string[reader.ReadInt32()];
            for (var i = 0; i < words.Length; i++) words[i] = reader.ReadString();
            if (reader.BaseStream.Position != groupsAt - table) return LastBuildFile.Damaged;
            var groups = new Dictionary<ulong, RecordGroup>();
            for (var g = reader.ReadInt32(); g > 0; g--)
            {
                var (key, hash, records) = (reader.ReadUInt64(), reader.ReadString(), reader.ReadInt32());
                // A group's hash names a folder of the site: only what ContentHash makes.
                if (records < 0 || records > SearchIndexBuilder.GroupSize || hash.Length != 12 || !hash.All(char.IsAsciiHexDigitLower)) return LastBuildFile.Damaged;
                var (lengths, hashes) = (new long[records], new ulong[records]);
                for (var i = 0; i < records; i++) (lengths[i], hashes[i]) = (reader.ReadInt64(), reader.ReadUInt64());
                groups[key] = new RecordGroup(hash, lengths, hashes);
            }
            if (reader.BaseStream.Position != reader.BaseStream.Length) return LastBuildFile.Damaged;

            // Where each bulletin's analysis starts and ends, from the index: each is read (and checked) only when taken.
            var at = new Dictionary<ulong, (int, int)>(count);
            var index = bytes.AsSpan((int)indexAt, count * IndexEntrySize);
            for (var d = 0; d < count; d++)
            {
                var entry = index.Slice(d * IndexEntrySize, IndexEntrySize);
                var (key, start, stop) = (BinaryPrimitives.ReadUInt64LittleEndian(entry), BinaryPrimitives.ReadInt32LittleEndian(entry[8..]), BinaryPrimitives.ReadInt32LittleEndian(entry[12..]));
                if (start < first + sizeof(ulong) || stop < start || stop > table) return LastBuildFile.Damaged;
                at[key] = (start, stop);
            }
            (_last, _lastWords, _lastAt, _lastGroups) = (bytes, words, at, groups);
            // This build's table starts as that one, so the analyses taken are written as they were (words no longer used
            // stay until the analyser changes, which starts a new table).
            for (var i = 0; i < words.Length; i++)
            {
                _ids[words[i]] = i;
                _words.Add(words[i]);
            }
            return LastBuildFile.Usable;
        }
        catch (Exception e) when (e is EndOfStreamException or ArgumentOutOfRangeException or IndexOutOfRangeException or FormatException)
        {
            // The checksum held but the content does not: written by something else.
            return LastBuildFile.Damaged;
        }
    }

    /// <summary>A count of numbers that follow, no more than the bytes left (each takes one at least).</summary>
    private static int Count(ReadOnlySpan<byte> bytes, ref int at)
    {
        var count = Number(bytes, ref at);
        return count >= 0 && count <= bytes.Length - at ? count : throw new FormatException("a count larger than what follows");
    }

    private int Id(string word)
    {
        if (!_ids.TryGetValue(word, out var id))
        {
            _ids.Add(word, id = _words.Count);
            _words.Add(word);
        }
        return id;
    }

    /// <summary>A number as <see cref="BinaryWriter.Write7BitEncodedInt"/> wrote it: 7 bits a byte, low bits first.</summary>
    private static int Number(ReadOnlySpan<byte> bytes, ref int at)
    {
        var value = 0u;
        for (var shift = 0; shift < 35; shift += 7)
        {
            var b = bytes[at++];
            value |= (uint)(b & 0x7F) << shift;
            if (b < 0x80) return (int)value;
        }
        throw new FormatException("a number longer than five bytes");
    }

    /// <summary>Writes what the buffer holds to this build's file; a file that cannot be written is given up (<see cref="Problem"/>), and the build goes on.</summary>
    private void Flush()
    {
        var bytes = _buffer.GetBuffer().AsSpan(0, (int)_buffer.Length);
        try
        {
            _checksum.Append(bytes);
            _next?.Write(bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Problem ??= e.Message;
            Dispose();
        }
        _buffer.SetLength(0);
    }
}
