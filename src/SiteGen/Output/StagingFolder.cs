using System.Threading.Channels;
using SiteGen.Diagnostics;
using SiteGen.Messages;

namespace SiteGen.Output;

/// <summary>
/// Phase 5, Write: a fresh folder beside the output folder that files are written into while the site renders (by two
/// writer tasks, so rendering never waits on the disk), then swapped in for the output folder in one step on
/// <see cref="Commit"/>. Disposed without a commit, it is deleted and the output folder is left exactly as it was.
/// Hold the <see cref="OutputLock"/> while using one.
/// </summary>
public sealed class StagingFolder : IOutputSink, IDisposable
{
    private const int Writers = 2;

    private readonly string _output;
    private readonly string _path;
    private readonly Channel<OutputFile> _queue = Channel.CreateBounded<OutputFile>(new BoundedChannelOptions(256) { SingleWriter = false, SingleReader = false });
    private readonly Task[] _writers;
    private readonly OutputComparison? _comparison;
    private Exception? _failure;
    private int _files;
    private int _pages;
    private long _bytes;
    private bool _finished;
    private long _drainedMilliseconds;

    private StagingFolder(string output, string path, OutputComparison? comparison)
    {
        _output = output;
        _path = path;
        _comparison = comparison;
        _writers = Enumerable.Range(0, Writers).Select(_ => Task.Run(WriteQueued)).ToArray();
    }

    /// <summary>
    /// Makes the staging folder (removing any a killed build left, which carry SiteGen's marker), or reports why it
    /// cannot and returns null. A folder beside the output that only has a name like SiteGen's is left alone, with a warning.
    /// </summary>
    /// <param name="listChanges">Compare every file with the output folder's as it is written, for <see cref="Changes"/>.</param>
    public static StagingFolder? Create(string outputRoot, DiagnosticBag diagnostics, bool listChanges = false)
    {
        var output = Path.GetFullPath(outputRoot).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(output)!;
        var name = Path.GetFileName(output);
        try
        {
            Directory.CreateDirectory(parent);
            foreach (var folder in Directory.EnumerateDirectories(parent, $".{name}.staging-*").Concat(Directory.EnumerateDirectories(parent, $".{name}.old-*")))
                RemoveLeftover(folder, diagnostics);
            var path = Path.Combine(parent, $".{name}.staging-{Environment.ProcessId}-{Guid.NewGuid():N}");
            Directory.CreateDirectory(path);
            // Marked at once, so that if this build is killed the next one knows the folder for its own. The marker says
            // what the folder is once swapped in, the only time anyone sees it.
            var marker = new OutputFile(OutputFolder.MarkerFile, System.Text.Encoding.UTF8.GetBytes(Say.OutputMarker + "\n"));
            File.WriteAllBytes(Path.Combine(path, marker.Path), marker.Bytes);
            var comparison = listChanges ? new OutputComparison(output) : null;
            comparison?.Record(marker);
            return new StagingFolder(output, path, comparison);
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
        if (!_queue.Writer.TryWrite(file))
            _queue.Writer.WriteAsync(file).AsTask().GetAwaiter().GetResult();
    }

    /// <summary>
    /// Waits for every file to be written, then lists what swapping the folder in would add, change and remove in the
    /// output folder, sorted by path. Only for a folder created to list changes.
    /// </summary>
    /// <param name="leaveOut">A path neither compared nor listed: the list itself, when it is kept in the output.</param>
    public IReadOnlyList<OutputChange> Changes(string? leaveOut)
    {
        var comparison = _comparison ?? throw new InvalidOperationException("This staging folder was not created to list changes.");
        Finish();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var changes = comparison.Changes(leaveOut);
        ChangesDetail = Say.OutputChangesDetail.With(clock.ElapsedMilliseconds);
        return changes;
    }

    /// <summary>How long <see cref="Changes"/> took to find the removed files and sort the list, for <c>--verbose</c>.</summary>
    public string ChangesDetail { get; private set; } = "";

    /// <summary>True when the site has a file or folder at <paramref name="relative"/> (forward slashes); call after <see cref="Changes"/>.</summary>
    public bool Holds(string relative) => Path.Exists(Path.Combine(_path, relative));

    /// <summary>Writes a file that is not part of the site's comparison (the list of changes) into the folder, after every other file.</summary>
    public void Place(string relative, byte[] bytes)
    {
        Finish();
        var target = Path.Combine(_path, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.WriteAllBytes(target, bytes);
    }

    /// <summary>How the last <see cref="Commit"/> spent its time, for <c>--verbose</c>.</summary>
    public string CommitDetail { get; private set; } = "";

    /// <summary>Waits for every file to be written, then swaps the folder in for the output; on failure reports and leaves the old output.</summary>
    public bool Commit(DiagnosticBag diagnostics)
    {
        Finish();
        var drained = _drainedMilliseconds;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            if (_failure is not null) throw _failure;
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
            WriteFailed(_output, e, diagnostics);
            TryDelete(_path, diagnostics);
            return false;
        }
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
                Interlocked.Increment(ref _files);
                Interlocked.Add(ref _bytes, file.Bytes.Length);
                if (file.Path.EndsWith(".html", StringComparison.Ordinal)) Interlocked.Increment(ref _pages);
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
