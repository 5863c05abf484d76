using System.Threading.Channels;
using SiteGen.Diagnostics;
using SiteGen.Messages;
using SiteGen.Text;

namespace SiteGen.Output;

/// <summary>
/// Phase 5, Write: a fresh folder beside the output folder that files are written into while the site renders (by two
/// writer tasks, so rendering never waits on the disk), then put in place on <see cref="Commit"/>. Disposed without a
/// commit, it is deleted and the output folder is left exactly as it was. Hold the <see cref="OutputLock"/> while using one.
/// </summary>
/// <remarks>
/// It is put in place in one of two ways. Without a record of what the last build wrote, it holds the whole site and is
/// swapped in for the output folder in one step. With one (<see cref="WrittenFiles"/>, an update), a file whose bytes
/// the output folder already holds, unchanged since it was written, is left there and not written at all; the folder
/// holds only the files that changed, which are moved into the output one by one once the files the site no longer has
/// are removed. Every file is whole at every moment, and a small change costs a few files instead of the whole site.
/// </remarks>
public sealed class StagingFolder : IOutputSink, IDisposable
{
    private const int Writers = 2;

    private readonly string _output;
    private readonly string _path;
    private readonly Channel<OutputFile> _queue = Channel.CreateBounded<OutputFile>(new BoundedChannelOptions(256) { SingleWriter = false, SingleReader = false });
    private readonly Task[] _writers;
    private readonly OutputComparison? _comparison;
    // What the last build wrote to the output folder, when this build updates it in place; null when it swaps in a whole site.
    private readonly WrittenFiles? _last;
    // Every file of the site as it now is in the output, or will be once committed.
    private readonly List<WrittenFiles.WrittenFile> _written = [];
    // For an update: what was put in the output by hand since the last build, the files written (added or changed), and
    // what is removed, known once every file is in.
    private readonly List<string> _strays;
    private readonly List<OutputChange> _updated = [];
    private List<string>? _removed;
    private HashSet<string>? _produced;
    // For an update: the folders whose time is not the one recorded, or will not be once committed (found changed by
    // hand, or holding a file moved in or removed); every other folder keeps its recorded time.
    private readonly HashSet<string> _touched = new(StringComparer.Ordinal);
    private WrittenFiles.Entry? _markerKept;
    // True once an update has begun to change the output folder: a failure from then on leaves it part old, part new.
    private bool _updating;
    private Exception? _failure;
    private int _files;
    private int _pages;
    private long _bytes;
    private bool _finished;
    private long _drainedMilliseconds;

    private StagingFolder(string output, string path, OutputComparison? comparison, WrittenFiles? last, List<string>? strays)
    {
        _output = output;
        _path = path;
        _comparison = comparison;
        _last = last;
        _strays = strays ?? [];
        _writers = Enumerable.Range(0, Writers).Select(_ => Task.Run(WriteQueued)).ToArray();
    }

    /// <summary>
    /// Makes the staging folder (removing any a killed build left, which carry SiteGen's marker), or reports why it
    /// cannot and returns null. A folder beside the output that only has a name like SiteGen's is left alone, with a warning.
    /// </summary>
    /// <param name="listChanges">Compare every file with the output folder's as it is written, for <see cref="Changes"/>.</param>
    /// <param name="last">What the last build wrote to the output folder, to update it in place; null (or an output folder
    /// that is missing or holds a link, which a file moved in could lead through) to write the whole site and swap it in.</param>
    public static StagingFolder? Create(string outputRoot, DiagnosticBag diagnostics, bool listChanges = false, WrittenFiles? last = null)
    {
        var output = Path.GetFullPath(outputRoot).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(output)!;
        var name = Path.GetFileName(output);
        try
        {
            Directory.CreateDirectory(parent);
            foreach (var leftover in Directory.EnumerateDirectories(parent, $".{name}.staging-*").Concat(Directory.EnumerateDirectories(parent, $".{name}.old-*")))
                RemoveLeftover(leftover, diagnostics);
            var path = Path.Combine(parent, $".{name}.staging-{Environment.ProcessId}-{Guid.NewGuid():N}");
            Directory.CreateDirectory(path);
            // Marked at once, so that if this build is killed the next one knows the folder for its own. The marker says
            // what the folder is once swapped in, the only time anyone sees it.
            var marker = new OutputFile(OutputFolder.MarkerFile, System.Text.Encoding.UTF8.GetBytes(Say.OutputMarker + "\n"));
            File.WriteAllBytes(Path.Combine(path, marker.Path), marker.Bytes);
            var changed = new HashSet<string>(StringComparer.Ordinal);
            var strays = last is not null && Directory.Exists(output) ? last.AddedSince(output, changed) : null;
            if (strays is null) last = null;
            var comparison = listChanges && last is null ? new OutputComparison(output) : null;
            comparison?.Record(marker);
            var staging = new StagingFolder(output, path, comparison, last, strays);
            staging._touched.UnionWith(changed);
            // An update leaves the output's marker as it is when it says the same (the staging folder's goes with the folder).
            staging._markerKept = last?.Holding(output, marker.Path, marker.Bytes.Length, WrittenFiles.HashOf(marker.Bytes));
            staging.Note(marker.Path, staging._markerKept ?? new WrittenFiles.Entry(marker.Bytes.Length, WrittenFiles.HashOf(marker.Bytes), File.GetLastWriteTimeUtc(Path.Combine(path, marker.Path)).Ticks));
            return staging;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            WriteFailed(output, e, diagnostics);
            return null;
        }
    }

    public OutputSummary Summary => new(_files, _pages, _bytes);

    public void Add(OutputFile file)
    {
        // Every file lands inside the folder, whatever made its path.
        if (!SitePath.IsInside(file.Path))
        {
            Interlocked.CompareExchange(ref _failure, new IOException($"'{file.Path}' is not a path inside the site"), null);
            return;
        }
        Interlocked.Increment(ref _files);
        Interlocked.Add(ref _bytes, file.Bytes.Length);
        if (file.Path.EndsWith(".html", StringComparison.Ordinal)) Interlocked.Increment(ref _pages);
        if (_last?.Holding(_output, file.Path, file.Bytes.Length, WrittenFiles.HashOf(file.Bytes)) is { } same)
        {
            Note(file.Path, same);
            return;
        }
        if (!_queue.Writer.TryWrite(file))
            _queue.Writer.WriteAsync(file).AsTask().GetAwaiter().GetResult();
    }

    /// <summary>Leaves the output folder's file at <paramref name="path"/> as it is, when it holds these bytes and is unchanged since written; false (nothing done) otherwise.</summary>
    public bool Keep(string path, long length, ulong hash)
    {
        if (_last?.Holding(_output, path, length, hash) is not { } same) return false;
        Interlocked.Increment(ref _files);
        Interlocked.Add(ref _bytes, length);
        if (path.EndsWith(".html", StringComparison.Ordinal)) Interlocked.Increment(ref _pages);
        Note(path, same);
        return true;
    }

    /// <summary>Every file and folder of the site as it is in the output folder; call once committed, for the next build to update it.</summary>
    public WrittenFiles Written()
    {
        Finish();
        var folders = new HashSet<string>(StringComparer.Ordinal) { "" };
        foreach (var file in _written)
            for (var folder = WrittenFiles.Parent(file.Path); folders.Add(folder); folder = WrittenFiles.Parent(folder)) { }
        // A folder an update did not touch has the time recorded for it; any other's is looked up.
        var times = folders.Order(StringComparer.Ordinal).Select(f => new WrittenFiles.Folder(f,
            _last?.FolderTime(f) is { } ticks && !_touched.Contains(f) ? ticks : Directory.GetLastWriteTimeUtc(Path.Join(_output, f)).Ticks)).ToList();
        return new WrittenFiles(_written, times);
    }

    private void Note(string path, WrittenFiles.Entry entry)
    {
        lock (_written) _written.Add(new WrittenFiles.WrittenFile(path, entry));
    }

    /// <summary>
    /// Waits for every file to be written, then lists what putting the folder in place would add, change and remove in
    /// the output folder, sorted by path: for an update, the files it writes and removes; otherwise found by comparing
    /// (only for a folder created to list changes).
    /// </summary>
    /// <param name="leaveOut">A path neither compared nor listed: the list itself, when it is kept in the output.</param>
    public IReadOnlyList<OutputChange> Changes(string? leaveOut)
    {
        Finish();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        List<OutputChange> changes;
        if (_last is not null)
        {
            changes = _updated.Concat(Removed().Select(p => new OutputChange(ChangeKind.Removed, p))).Where(c => c.Path != leaveOut).ToList();
            changes.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        }
        else
        {
            var comparison = _comparison ?? throw new InvalidOperationException("This staging folder was not created to list changes.");
            changes = [.. comparison.Changes(leaveOut)];
        }
        ChangesDetail = Say.OutputChangesDetail.With(clock.ElapsedMilliseconds);
        return changes;
    }

    /// <summary>How long <see cref="Changes"/> took to find the removed files and sort the list, for <c>--verbose</c>.</summary>
    public string ChangesDetail { get; private set; } = "";

    /// <summary>True when the site has a file or folder at <paramref name="relative"/> (forward slashes); call after <see cref="Changes"/>.</summary>
    public bool Holds(string relative)
    {
        if (Path.Exists(Path.Combine(_path, relative))) return true;
        if (_last is null) return false;
        return Produced().Contains(relative) || _written.Any(w => w.Path.StartsWith(relative + "/", StringComparison.Ordinal));
    }

    /// <summary>Writes a file that is not part of the site's comparison (the list of changes) into the folder, after every other file.</summary>
    public void Place(string relative, byte[] bytes)
    {
        Finish();
        var target = Path.Combine(_path, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.WriteAllBytes(target, bytes);
        // Recorded, so that a later build without it removes it, as a whole build would.
        Note(relative, new WrittenFiles.Entry(bytes.Length, WrittenFiles.HashOf(bytes), File.GetLastWriteTimeUtc(target).Ticks));
    }

    /// <summary>How the last <see cref="Commit"/> spent its time, for <c>--verbose</c>.</summary>
    public string CommitDetail { get; private set; } = "";

    /// <summary>
    /// Waits for every file to be written, then puts the folder in place (swapped in, or its files moved into the output
    /// for an update); on failure reports, and leaves the old output unless an update had begun to change it.
    /// </summary>
    public bool Commit(DiagnosticBag diagnostics)
    {
        Finish();
        var drained = _drainedMilliseconds;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            if (_failure is not null) throw _failure;
            if (_last is not null)
            {
                var (written, removed) = UpdateInPlace();
                CommitDetail = Say.OutputUpdateDetail.With(drained, written, removed, clock.ElapsedMilliseconds);
                TryDelete(_path, diagnostics);
                return true;
            }
            if (!Directory.Exists(_output))
            {
                Directory.Move(_path, _output);
                CommitDetail = Say.OutputFirstCommitDetail.With(drained, clock.ElapsedMilliseconds);
                return true;
            }
            if (DirectorySwap.TryExchange(_path, _output))
            {
                var swapped = clock.ElapsedMilliseconds;
                TryDelete(_path, diagnostics); // now holds the previous site
                CommitDetail = Say.OutputCommitDetail.With(drained, swapped, clock.ElapsedMilliseconds - swapped);
                return true;
            }
            // Without an atomic exchange, two renames: between them the output is briefly missing, never half-written.
            var old = _path.Replace(".staging-", ".old-", StringComparison.Ordinal);
            Directory.Move(_output, old);
            try
            {
                Directory.Move(_path, _output);
            }
            catch
            {
                Directory.Move(old, _output);
                throw;
            }
            var moved = clock.ElapsedMilliseconds;
            TryDelete(old, diagnostics);
            CommitDetail = Say.OutputCommitDetail.With(drained, moved, clock.ElapsedMilliseconds - moved);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (_updating)
                diagnostics.Error(new SourcePosition("--output", 0, 0), DiagnosticCodes.WriteFailed, Say.OutputUpdateFailed.With(_output, e.Message));
            else
                WriteFailed(_output, e, diagnostics);
            TryDelete(_path, diagnostics);
            return false;
        }
    }

    /// <summary>
    /// Puts an update in place: removes the files the site no longer has (and the folders they leave empty), then moves
    /// in the files written, each in one step. Returns how many files were moved in and removed.
    /// </summary>
    private (int Written, int Removed) UpdateInPlace()
    {
        // Every path is checked before anything is touched.
        var removed = Removed().Select(p => (Relative: p, Full: Inside(p))).ToList();
        var staged = OutputTree.Files(_path).Where(f => _markerKept is null || f != Path.Combine(_path, OutputFolder.MarkerFile))
            .Select(f => (From: f, Relative: OutputTree.Relative(_path, f))).Select(f => (f.From, f.Relative, To: Inside(f.Relative))).ToList();
        _updating = true;
        var emptied = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (path, full) in removed)
        {
            Touch(path);
            if (Directory.Exists(full) && new DirectoryInfo(full).LinkTarget is null) Directory.Delete(full, recursive: true);
            else File.Delete(full);
            for (var folder = WrittenFiles.Parent(path); folder.Length > 0; folder = WrittenFiles.Parent(folder)) emptied.Add(folder);
        }
        // Deepest first, so a folder is looked at once its subfolders are gone.
        foreach (var folder in emptied.OrderByDescending(f => f.Length))
        {
            var full = Path.Combine(_output, folder);
            if (Directory.Exists(full) && !Directory.EnumerateFileSystemEntries(full).Any()) Directory.Delete(full);
        }
        foreach (var (from, relative, to) in staged)
        {
            Touch(relative);
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            // A folder where the site now has a file holds nothing of the site (its files were removed above): only empty folders.
            if (Directory.Exists(to)) Directory.Delete(to, recursive: true);
            File.Move(from, to, overwrite: true);
        }
        return (staged.Count, removed.Count);
    }

    /// <summary>The full path of <paramref name="relative"/> in the output folder; it never leads outside (the record it comes from was checked, and this checks again).</summary>
    private string Inside(string relative) =>
        SitePath.IsInside(relative) ? Path.Join(_output, relative) : throw new IOException($"{relative} leads outside {_output}");

    /// <summary>Notes that every folder holding <paramref name="path"/> changes (a folder made or removed changes the one that holds it).</summary>
    private void Touch(string path)
    {
        for (var folder = WrittenFiles.Parent(path); _touched.Add(folder) && folder.Length > 0; folder = WrittenFiles.Parent(folder)) { }
    }

    /// <summary>
    /// What an update removes from the output folder, relative, with forward slashes: the last build's files this site
    /// does not have, and what was put there by hand (a folder whole); call once every file is in.
    /// </summary>
    private List<string> Removed()
    {
        if (_removed is not null) return _removed;
        var produced = Produced();
        return _removed = _last!.Files.Select(f => f.Path).Where(p => !produced.Contains(p)).Concat(_strays.Where(p => !produced.Contains(p))).ToList();
    }

    private HashSet<string> Produced()
    {
        Finish();
        return _produced ??= _written.Select(w => w.Path).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Abandons the staging folder unless it was committed.</summary>
    public void Dispose()
    {
        Finish();
        if (Directory.Exists(_path)) TryDelete(_path, new DiagnosticBag());
    }

    private void Finish()
    {
        if (_finished) return;
        _finished = true;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        _queue.Writer.Complete();
        Task.WaitAll(_writers);
        _drainedMilliseconds = clock.ElapsedMilliseconds;
    }

    private async Task WriteQueued()
    {
        await foreach (var file in _queue.Reader.ReadAllAsync())
        {
            if (Volatile.Read(ref _failure) is not null) continue; // keep draining so renderers never block
            try
            {
                var target = Path.Combine(_path, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                await File.WriteAllBytesAsync(target, file.Bytes);
                _comparison?.Record(file);
                // A rename keeps the time, so the file's time once in the output is the one it has now.
                Note(file.Path, new WrittenFiles.Entry(file.Bytes.Length, WrittenFiles.HashOf(file.Bytes), File.GetLastWriteTimeUtc(target).Ticks));
                if (_last is not null)
                {
                    var kind = Path.Exists(Path.Combine(_output, file.Path)) ? ChangeKind.Changed : ChangeKind.Added;
                    lock (_updated) _updated.Add(new OutputChange(kind, file.Path));
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Interlocked.CompareExchange(ref _failure, e, null);
            }
        }
    }

    private static void WriteFailed(string output, Exception e, DiagnosticBag diagnostics) =>
        diagnostics.Error(new SourcePosition("--output", 0, 0), DiagnosticCodes.WriteFailed,
            Say.OutputWriteFailed.With(output, e.Message));

    /// <summary>
    /// Removes a folder a killed or failed build left beside the output: only a real folder (not a link) that carries the
    /// marker, or an empty one (killed before its marker was written), since a folder of someone else's may share the name.
    /// </summary>
    private static void RemoveLeftover(string folder, DiagnosticBag diagnostics)
    {
        var why = new DirectoryInfo(folder).LinkTarget is not null ? Say.LeftoverIsLink
            : File.Exists(Path.Combine(folder, OutputFolder.MarkerFile)) || !Directory.EnumerateFileSystemEntries(folder).Any() ? null
            : Say.LeftoverNoMarker.With(OutputFolder.MarkerFile);
        if (why is null)
        {
            TryDelete(folder, diagnostics);
            return;
        }
        diagnostics.Warning(new SourcePosition("--output", 0, 0), DiagnosticCodes.OutputFolderRefused,
            Say.LeftoverKept.With(folder, why));
    }

    private static void TryDelete(string folder, DiagnosticBag diagnostics)
    {
        try
        {
            if (!Directory.Exists(folder)) return;
            // Removing tens of thousands of files is mostly the kernel's work; separate folders go in parallel.
            Parallel.ForEach(Directory.EnumerateDirectories(folder), new ParallelOptions { MaxDegreeOfParallelism = 4 },
                sub => Directory.Delete(sub, recursive: true));
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover staging folder is harmless and the next build removes it; say so rather than fail a good build.
            diagnostics.Warning(new SourcePosition("--output", 0, 0), DiagnosticCodes.WriteFailed,
                Say.TemporaryFolderNotRemoved.With(folder, e.Message));
        }
    }
}
