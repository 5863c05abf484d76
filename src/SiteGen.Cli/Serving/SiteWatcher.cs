using System.Threading.Channels;

namespace SiteGen.Cli.Serving;

/// <summary>
/// Watches a site's sources (content/, themes/, sitegen.yaml) and hands out changes in batches: a batch closes when no
/// change has come for a short quiet time, so an editor's several writes for one save, or several quick saves, make one rebuild.
/// </summary>
internal sealed class SiteWatcher : IDisposable
{
    private readonly string _root;
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Channel<string?> _events = Channel.CreateUnbounded<string?>(new UnboundedChannelOptions { SingleReader = true });
    private readonly TimeSpan _quiet;

    public SiteWatcher(string sourceRoot, TimeSpan quiet)
    {
        _root = Path.GetFullPath(sourceRoot);
        _quiet = quiet;
        Watch(Path.Combine(_root, "content"), "*", recursive: true);
        Watch(Path.Combine(_root, "themes"), "*", recursive: true);
        Watch(_root, Configuration.SiteConfig.FileName, recursive: false);
    }

    /// <summary>The next batch of changed paths (relative to the source folder), or null when the system lost track of some changes.</summary>
    public async Task<IReadOnlyCollection<string>?> NextBatchAsync(CancellationToken cancel)
    {
        var batch = new HashSet<string>(StringComparer.Ordinal);
        var unknown = false;
        void Drain()
        {
            while (_events.Reader.TryRead(out var path))
            {
                if (path is null) unknown = true;
                else batch.Add(path);
            }
        }

        if (!await _events.Reader.WaitToReadAsync(cancel)) throw new OperationCanceledException("the watcher was stopped");
        Drain();
        while (true)
        {
            using var quiet = CancellationTokenSource.CreateLinkedTokenSource(cancel);
            quiet.CancelAfter(_quiet);
            try
            {
                if (!await _events.Reader.WaitToReadAsync(quiet.Token)) break;
                Drain();
            }
            catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
            {
                break;
            }
        }
        return unknown ? null : batch;
    }

    /// <summary>Raised, on the watcher's thread, for each change it takes (its path relative to the source folder), after the change is queued for a batch.</summary>
    public event Action<string>? Noticed;

    public void Dispose()
    {
        foreach (var watcher in _watchers) watcher.Dispose();
        _events.Writer.TryComplete();
    }

    private void Watch(string folder, string filter, bool recursive)
    {
        if (!Directory.Exists(folder)) return;
        var watcher = new FileSystemWatcher(folder, filter)
        {
            IncludeSubdirectories = recursive,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
            InternalBufferSize = 64 * 1024,
        };
        watcher.Changed += (_, e) => Report(e.FullPath);
        watcher.Created += (_, e) => Report(e.FullPath);
        watcher.Deleted += (_, e) => Report(e.FullPath);
        watcher.Renamed += (_, e) =>
        {
            Report(e.OldFullPath);
            Report(e.FullPath);
        };
        // The system's event queue overflowed: say "unknown", and the next build reads everything again.
        watcher.Error += (_, _) => _events.Writer.TryWrite(null);
        watcher.EnableRaisingEvents = true;
        _watchers.Add(watcher);
    }

    private void Report(string fullPath)
    {
        var relative = Path.GetRelativePath(_root, fullPath).Replace('\\', '/');
        if (IsEditorScratch(relative)) return;
        _events.Writer.TryWrite(relative);
        Noticed?.Invoke(relative);
    }

    /// <summary>Files editors write beside the one being saved (vim's 4913 and .swp, emacs' #autosave#, backups~), which are no part of the site.</summary>
    private static bool IsEditorScratch(string relative)
    {
        var name = relative[(relative.LastIndexOf('/') + 1)..];
        return name.StartsWith('.') || name.StartsWith('#') || name.EndsWith('~') || name == "4913"
            || name.EndsWith(".swp", StringComparison.Ordinal) || name.EndsWith(".tmp", StringComparison.Ordinal);
    }
}
