using System.Buffers.Binary;
using System.Globalization;
using System.IO.Hashing;
using System.Text;
using Microsoft.Win32.SafeHandles;
using SiteGen.Configuration;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Loading;
using SiteGen.Text;

namespace SiteGen.Pipeline;

/// <summary>
/// The parsed bulletins of the last written build, kept in <c>.sitegen/cache/parsed.bin</c> (front matter, names, links,
/// files used and diagnostics) and <c>bodies.bin</c> (their bodies' HTML and text): a bulletin whose file, and the
/// pictures it shows, did not change is taken from them instead of being parsed again, its body read from where it is
/// in <c>bodies.bin</c> when the page or the search index needs it. A file is known unchanged by the length and time it
/// had when it was last read (<see cref="FindUnchanged"/>), or else by its text's fingerprint (<see cref="Find"/>).
/// This build's entries are written to a new file as the bulletins are parsed or taken, which replaces the old one once the site is in place (<see cref="Save"/>; without
/// that, it is removed in <see cref="Dispose"/>). The bodies of bulletins parsed anew are added at the end of
/// <c>bodies.bin</c>, where no entry of the last build points, so a small change writes only its own bodies; when less
/// than half of the file is still used, this build writes every body to a new file instead, which replaces it.
/// </summary>
/// <remarks>
/// What every parse depends on besides its file is the context: this SiteGen (<see cref="CacheFolder.Identity"/>), the
/// Markdown and date settings, the data files, the language of messages, and which files exist under <c>content/</c>
/// (links and pictures are resolved against them); when it changed, every bulletin is parsed again. <c>parsed.bin</c>
/// carries a checksum; each part of a body (HTML, text, first paragraph) has its hash in its entry, checked whenever the
/// part is read (<see cref="KeptBodyDamaged"/>), and the Model reads each bulletin's lead from the entry, not the body.
/// </remarks>
internal sealed class KeptParses(string file) : IDisposable
{
    public const string FileName = "parsed.bin";
    public const string BodiesName = "bodies.bin";

    private const string Magic = "sitegen-parsed";
    private const int FormatVersion = 4;

    // Bytes of bodies no entry uses that bodies.bin may hold beyond the bytes in use before it is written anew.
    private const long AllowedUnused = 16 << 20;

    private readonly string _bodiesFile = Path.Join(Path.GetDirectoryName(file), BodiesName);
    private IReadOnlyList<Unit> _units = [];
    private IReadOnlyList<Election> _elections = [];
    private IReadOnlyDictionary<string, SourceFile> _contentFiles = new Dictionary<string, SourceFile>();

    // The last build's files: its entries (read whole) by bulletin path, and its bodies (checked when taken, and read
    // from there whenever a page needs one, so open until the build ends); where each body taken is, and its hash.
    private byte[] _last = [];
    // Per bulletin path: where its entry starts in _last, its length, and where its fields after the path start.
    private Dictionary<string, (int Start, int Length, int At)> _lastAt = new(StringComparer.Ordinal);
    private FileStream? _lastBodies;
    private BodyStore? _lastStore;
    private long _lastLive;
    private long _lastBodiesLength;
    // When this build began (UTC ticks): files written since may change again without their stamp changing.
    private long _begun;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _taken = new(StringComparer.Ordinal);
    // True when this build adds its new bodies at the end of the last build's file rather than writing them all to a new one.
    private bool _appending;
    private long _live;

    // This build's: its bodies' file and its entries' (put in order on Save), written as they come, and where each
    // bulletin's entry is in the latter (aligned with the bulletins; length 0 for none).
    private (long At, int Length)[] _entries = [];
    private string? _temporaryBodies;
    private SafeFileHandle? _nextBodies;
    private long _bodiesEnd;
    private string? _temporaryEntries;
    private SafeFileHandle? _nextEntries;
    private long _entriesEnd;
    private ulong _context;

    public string File => file;

    /// <summary>How the last build's files were found.</summary>
    public LastBuildFile Found { get; private set; } = LastBuildFile.None;

    /// <summary>Why this build's files could not be written; null when they could.</summary>
    public string? Problem { get; private set; }

    /// <summary>How many bulletins were taken from the last build.</summary>
    public int Kept => _kept;
    private int _kept;

    /// <summary>Reads the last build's entries and starts this build's, for <paramref name="count"/> bulletins.</summary>
    public void Begin(SourceSet sources, SiteConfig config, IReadOnlyList<Unit> units, IReadOnlyList<Election> elections, int count)
    {
        (_units, _elections, _contentFiles) = (units, elections, sources.ContentFiles);
        var context = new Fingerprint().Add(CacheFolder.Identity).Add(CultureInfo.CurrentUICulture.Name).Add(ParseCache.Settings(sources, config));
        foreach (var path in sources.ContentFiles.Keys.Order(StringComparer.Ordinal)) context.Add(path);
        context.Add(-1L);
        foreach (var path in sources.BulletinPaths.Concat(sources.Pages.Select(p => p.Path)).Order(StringComparer.Ordinal)) context.Add(path);
        _context = context.Value;
        _begun = DateTime.UtcNow.Ticks;
        Found = ReadLast();
        _entries = new (long, int)[count];
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            if (_appending)
            {
                _nextBodies = _lastBodies!.SafeFileHandle;
                _bodiesEnd = _lastBodies.Length;
            }
            else
            {
                _temporaryBodies = $"{_bodiesFile}.{Guid.NewGuid():N}.tmp";
                _nextBodies = System.IO.File.OpenHandle(_temporaryBodies, FileMode.CreateNew, FileAccess.Write);
            }
            _temporaryEntries = $"{file}.{Guid.NewGuid():N}.tmp";
            _nextEntries = System.IO.File.OpenHandle(_temporaryEntries, FileMode.CreateNew, FileAccess.ReadWrite);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            GiveUp(e);
        }
    }

    /// <summary>The bulletin <paramref name="source"/> as the last build parsed it, with its diagnostics added to <paramref name="diagnostics"/>; null when its file, a picture it shows or the context changed. Safe on any thread.</summary>
    /// <param name="text">The fingerprint of the bulletin's text (<see cref="Fingerprint.Of"/>).</param>
    public ParsedBulletin? Find(SourceText source, ulong text, DiagnosticBag diagnostics)
    {
        if (TryTake(source.Path, text, stamp: null, out _) is not { } taken) return null;
        diagnostics.AddRange(taken.Reported);
        return taken.Bulletin;
    }

    /// <summary>
    /// The bulletin at <paramref name="path"/> as the last build parsed it, and what it reported, when its file still has
    /// the length and time (<paramref name="stamp"/>) it had, well before, when that build read it; null otherwise (or
    /// when a picture it shows or the context changed), and the file is read. Safe on any thread.
    /// </summary>
    /// <param name="text">The fingerprint of the bulletin's text when that build read it.</param>
    public (ParsedBulletin Bulletin, IReadOnlyList<Diagnostic> Reported)? FindUnchanged(string path, FileStamp stamp, out ulong text) =>
        TryTake(path, text: null, stamp, out text);

    private (ParsedBulletin Bulletin, IReadOnlyList<Diagnostic> Reported)? TryTake(string path, ulong? text, FileStamp? stamp, out ulong keptText)
    {
        keptText = 0;
        if (!_lastAt.TryGetValue(path, out var entry)) return null;
        try
        {
            return Take(path, text, stamp, entry.At, out keptText);
        }
        catch (Exception e) when (e is EndOfStreamException or FormatException or ArgumentOutOfRangeException or IndexOutOfRangeException)
        {
            // The checksum held but the entry does not read: written by something else. The bulletin is parsed again.
            Found = LastBuildFile.Damaged;
            return null;
        }
    }

    private (ParsedBulletin Bulletin, IReadOnlyList<Diagnostic> Reported)? Take(string path, ulong? text, FileStamp? stamp, int at, out ulong keptText)
    {
        using var reader = new BinaryReader(new MemoryStream(_last, at, _last.Length - at, writable: false), Encoding.UTF8);
        keptText = reader.ReadUInt64();
        var keptStamp = new FileStamp(reader.ReadInt64(), reader.ReadInt64());
        // By its text's fingerprint when it was read, or by its stamp when that build could trust it (see Stamped).
        if (text is { } read ? read != keptText : keptStamp == default || keptStamp != stamp) return null;
        for (var pictures = reader.ReadInt32(); pictures > 0; pictures--)
        {
            var (picture, hash) = (reader.ReadString(), reader.ReadUInt64());
            if (PictureHash(picture) != hash) return null;
        }
        var found = new List<Diagnostic>();
        for (var n = reader.ReadInt32(); n > 0; n--) found.Add(ReadDiagnostic(reader));
        var (bodyAt, lengths) = (reader.ReadInt64(), (reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32()));
        var hashes = (reader.ReadUInt64(), reader.ReadUInt64(), reader.ReadUInt64());
        var lead = reader.ReadBoolean() ? reader.ReadString() : null;
        // The body stays where it is, checked part by part when a page or the search index reads it: a cached build
        // reads only the bodies of what it makes again. One that is not even in the file is damage found now.
        if (bodyAt < 0 || lengths.Item1 < 0 || lengths.Item2 < 0 || lengths.Item3 < 0 || bodyAt + lengths.Item1 + lengths.Item2 + lengths.Item3 > _lastBodiesLength)
        {
            Found = LastBuildFile.Damaged;
            return null;
        }
        var bulletin = KeptBulletin.Read(reader, path, _units, _elections, _lastStore!, bodyAt, lengths, hashes, lead);
        // The files it uses are files of this site, published under plain names beside its page; anything else was not
        // written by a build of this site.
        if (bulletin.Files.Any(r => !_contentFiles.ContainsKey(r.SourcePath) || !SitePath.IsName(r.FileName)))
        {
            Found = LastBuildFile.Damaged;
            return null;
        }
        _taken[path] = true;
        Interlocked.Increment(ref _kept);
        return (bulletin, found);
    }

    /// <summary>
    /// The stamp a build records for a file it read: the one the load found, when the file was last written at least
    /// <see cref="StampMargin"/> before this build began (a later write in the same tick of the file system's clock could
    /// leave the stamp as it was); none otherwise, and the next build reads the file.
    /// </summary>
    private FileStamp Stamped(FileStamp? stamp) =>
        stamp is { } found && found.WriteTicks < _begun - StampMargin.Ticks ? found : default;

    private static readonly TimeSpan StampMargin = TimeSpan.FromSeconds(2);

    /// <summary>Keeps the bulletin at <paramref name="index"/> (parsed or taken), whose text has the fingerprint <paramref name="text"/>, for the next build, with its diagnostics. Safe on any thread.</summary>
    /// <param name="stamp">Its file's stamp as the load found it; null when it has none (a link).</param>
    public void Keep(int index, ulong text, FileStamp? stamp, ParsedBulletin bulletin, IReadOnlyList<Diagnostic> diagnostics)
    {
        if (_nextBodies is null || !KeptBulletin.CanKeep(bulletin, _units, _elections)) return;
        var (htmlLength, textLength, firstLength) = bulletin.Body.Lengths;
        var length = (long)htmlLength + textLength + firstLength;
        var stamped = Stamped(stamp);
        // A bulletin taken from the last build, whose body stays where it is: its entry is the one it had, byte for byte
        // but for its file's stamp.
        if (_appending && _taken.ContainsKey(bulletin.SourcePath) && _lastAt.TryGetValue(bulletin.SourcePath, out var last))
        {
            Interlocked.Add(ref _live, length);
            var lastEntry = _last.AsMemory(last.Start, last.Length);
            var stampAt = last.At - last.Start + sizeof(ulong);
            var kept = new FileStamp(BinaryPrimitives.ReadInt64LittleEndian(lastEntry.Span[stampAt..]), BinaryPrimitives.ReadInt64LittleEndian(lastEntry.Span[(stampAt + 8)..]));
            if (kept != stamped)
            {
                var copy = lastEntry.ToArray();
                BinaryPrimitives.WriteInt64LittleEndian(copy.AsSpan(stampAt), stamped.Length);
                BinaryPrimitives.WriteInt64LittleEndian(copy.AsSpan(stampAt + 8), stamped.WriteTicks);
                lastEntry = copy;
            }
            Append(index, lastEntry);
            return;
        }
        // Any other body is written: parsed anew, or taken from a file this build does not add to (read, and checked, from there).
        var (html, plain, first, _) = bulletin.Body.Parts();
        var at = Interlocked.Add(ref _bodiesEnd, length) - length;
        if (!TryWrite(_nextBodies, [html, plain, first], at)) return;
        Interlocked.Add(ref _live, length);
        var lead = bulletin.Meta.Summary is null ? Model.SiteModelBuilder.Lead(bulletin.Body) : null;

        using var entry = new MemoryStream();
        using (var writer = new BinaryWriter(entry, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(bulletin.SourcePath);
            writer.Write(text);
            writer.Write(stamped.Length);
            writer.Write(stamped.WriteTicks);
            var pictures = bulletin.Files.Where(r => r.Image is not null).ToArray();
            writer.Write(pictures.Length);
            foreach (var picture in pictures)
            {
                writer.Write(picture.SourcePath);
                writer.Write(PictureHash(picture.SourcePath)!.Value);
            }
            writer.Write(diagnostics.Count);
            foreach (var diagnostic in diagnostics) Write(writer, diagnostic);
            writer.Write(at);
            writer.Write(htmlLength);
            writer.Write(textLength);
            writer.Write(firstLength);
            writer.Write(XxHash64.HashToUInt64(html));
            writer.Write(XxHash64.HashToUInt64(plain));
            writer.Write(XxHash64.HashToUInt64(first));
            writer.Write(lead is not null);
            if (lead is not null) writer.Write(lead);
            KeptBulletin.Write(writer, bulletin, _units, _elections);
        }
        Append(index, entry.GetBuffer().AsMemory(0, (int)entry.Length));
    }

    /// <summary>Adds the entry of the bulletin at <paramref name="index"/> to this build's entries file.</summary>
    private void Append(int index, ReadOnlyMemory<byte> bytes)
    {
        var entryAt = Interlocked.Add(ref _entriesEnd, bytes.Length) - bytes.Length;
        if (_nextEntries is { } entries && TryWrite(entries, [bytes], entryAt)) _entries[index] = (entryAt, bytes.Length);
    }

    /// <summary>Writes <paramref name="parts"/> at <paramref name="at"/> of one of this build's files; false (and nothing more is kept) when it cannot.</summary>
    private bool TryWrite(SafeFileHandle handle, ReadOnlyMemory<byte>[] parts, long at)
    {
        try
        {
            RandomAccess.Write(handle, parts, at);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ObjectDisposedException)
        {
            lock (_entries) GiveUp(e);
            return false;
        }
    }

    /// <summary>Lets go of the last build's entries once every bulletin has been taken or parsed (its bodies stay open for the pages).</summary>
    public void DoneReading() => (_last, _lastAt) = ([], new(StringComparer.Ordinal));

    /// <summary>Writes this build's entries and puts both files in place of the last ones; call once the site is in place.</summary>
    public void Save()
    {
        if (Problem is not null) throw new IOException(Problem);
        if (_nextBodies is null || (_temporaryBodies is null && !_appending) || _nextEntries is null) return;
        if (!_appending) _nextBodies.Dispose();
        _nextBodies = null;
        var temporary = $"{file}.{Guid.NewGuid():N}.tmp";
        try
        {
            // The entries in the bulletins' order, from the file they were written to as they came.
            using (var output = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                var checksum = new XxHash64();
                var buffer = new MemoryStream();
                using var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true);
                void Flush()
                {
                    var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
                    checksum.Append(bytes);
                    output.Write(bytes);
                    buffer.SetLength(0);
                }
                CacheFolder.WriteHeader(writer, Magic, FormatVersion, _context);
                writer.Write(_entries.Count(e => e.Length > 0));
                writer.Write(Interlocked.Read(ref _live));
                var entry = Array.Empty<byte>();
                foreach (var (at, length) in _entries)
                {
                    if (length == 0) continue;
                    if (entry.Length < length) entry = new byte[Math.Max(length, entry.Length * 2)];
                    if (RandomAccess.Read(_nextEntries, entry.AsSpan(0, length), at) != length) throw new IOException($"{_temporaryEntries} ended early");
                    writer.Write7BitEncodedInt(length);
                    writer.Write(entry, 0, length);
                    if (buffer.Length > 1 << 16) Flush();
                }
                writer.Flush();
                Flush();
                var sum = new byte[sizeof(ulong)];
                BinaryPrimitives.WriteUInt64LittleEndian(sum, checksum.GetCurrentHashAsUInt64());
                output.Write(sum);
            }
            // The bodies first: an entry of the old list never meets a body of the new file unchecked (each body's hash is in its entry).
            if (_temporaryBodies is not null) System.IO.File.Move(_temporaryBodies, _bodiesFile, overwrite: true);
            _temporaryBodies = null;
            System.IO.File.Move(temporary, file, overwrite: true);
        }
        finally
        {
            if (System.IO.File.Exists(temporary)) System.IO.File.Delete(temporary);
        }
    }

    public void Dispose()
    {
        if (!_appending) _nextBodies?.Dispose();
        _nextBodies = null;
        // The last build's bodies file stays open (closed with the last body that reads it): the bodies taken from it are
        // read through it for as long as the site is used. Other builds may add to it from now on.
        if (_appending && !OperatingSystem.IsMacOS()) _lastBodies?.Unlock(0, long.MaxValue);
        _appending = false;
        _lastBodies = null;
        _nextEntries?.Dispose();
        _nextEntries = null;
        try
        {
            if (_temporaryBodies is not null && System.IO.File.Exists(_temporaryBodies)) System.IO.File.Delete(_temporaryBodies);
            if (_temporaryEntries is not null && System.IO.File.Exists(_temporaryEntries)) System.IO.File.Delete(_temporaryEntries);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A temporary file left in the cache folder is harmless (the next build's takes another name); the reason stays.
            Problem ??= e.Message;
        }
        _temporaryBodies = null;
        _temporaryEntries = null;
    }

    private void GiveUp(Exception e)
    {
        Problem ??= e.Message;
        // When adding to the last build's file, its handle stays open: the bodies taken from it are read through it.
        if (!_appending) _nextBodies?.Dispose();
        _nextBodies = null;
    }

    /// <summary>The hash of a picture's bytes, read and hashed once a build however many bulletins show it; null for no such file.</summary>
    private ulong? PictureHash(string path) =>
        _contentFiles.TryGetValue(path, out var picture) ? _pictureHashes.GetOrAdd(path, _ => XxHash64.HashToUInt64(picture.Bytes)) : null;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, ulong> _pictureHashes = new(StringComparer.Ordinal);

    private LastBuildFile ReadLast()
    {
        var found = CacheFolder.Read(file, Magic, FormatVersion, _context, out var bytes, out var content, out var end);
        if (found != LastBuildFile.Usable) return found;
        try
        {
            using var reader = new BinaryReader(new MemoryStream(bytes, content, end - content), Encoding.UTF8);
            var count = reader.ReadInt32();
            _lastLive = reader.ReadInt64();
            var at = new Dictionary<string, (int, int, int)>(Math.Max(0, count), StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                var length = reader.Read7BitEncodedInt();
                var start = (int)reader.BaseStream.Position;
                var path = reader.ReadString();
                at[path] = (content + start, length, content + (int)reader.BaseStream.Position);
                reader.BaseStream.Position = start + length;
            }
            if (reader.BaseStream.Position != reader.BaseStream.Length) return LastBuildFile.Damaged;
            // Added to when most of it is in use and no other build has it open for adding; otherwise read only.
            _lastBodies = CacheFolder.Opened(_bodiesFile, forAdding: true);
            _appending = _lastBodies is not null && _lastBodies.Length <= 2 * _lastLive + AllowedUnused;
            if (_lastBodies is not null && !_appending)
            {
                _lastBodies.Dispose();
                _lastBodies = null;
            }
            _lastBodies ??= CacheFolder.Opened(_bodiesFile);
            if (_lastBodies is null) return LastBuildFile.Damaged;
            _lastStore = new BodyStore(_lastBodies.SafeFileHandle);
            _lastBodiesLength = _lastBodies.Length;
            (_last, _lastAt) = (bytes, at);
            return LastBuildFile.Usable;
        }
        catch (Exception e) when (e is EndOfStreamException or FormatException or ArgumentOutOfRangeException)
        {
            // The checksum held but the content does not: written by something else.
            return LastBuildFile.Damaged;
        }
    }

    private static void Write(BinaryWriter writer, Diagnostic diagnostic)
    {
        writer.Write(diagnostic.Path);
        writer.Write(diagnostic.Line);
        writer.Write(diagnostic.Column);
        writer.Write((int)diagnostic.Severity);
        writer.Write(diagnostic.Code);
        writer.Write(diagnostic.Message);
        writer.Write(diagnostic.Fix is not null);
        if (diagnostic.Fix is { } fix)
        {
            writer.Write(fix.Line);
            writer.Write(fix.Before);
            writer.Write(fix.After);
        }
    }

    private static Diagnostic ReadDiagnostic(BinaryReader reader)
    {
        var diagnostic = new Diagnostic(reader.ReadString(), reader.ReadInt32(), reader.ReadInt32(), (Severity)reader.ReadInt32(), reader.ReadString(), reader.ReadString());
        return reader.ReadBoolean() ? diagnostic with { Fix = new LineFix(reader.ReadInt32(), reader.ReadString(), reader.ReadString()) } : diagnostic;
    }
}
