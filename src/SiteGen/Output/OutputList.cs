using System.Collections.Concurrent;

namespace SiteGen.Output;

/// <summary>Keeps the files of a build in memory (tests, <c>sitegen check</c>), handed out in path order.</summary>
public sealed class OutputList : IOutputSink
{
    private readonly ConcurrentQueue<OutputFile> _files = new();

    public void Add(OutputFile file) => _files.Enqueue(file);

    /// <summary>The files sorted by path, so their order never depends on the threads that made them.</summary>
    public IReadOnlyList<OutputFile> Sorted()
    {
        var files = _files.ToArray();
        Array.Sort(files, (a, b) => string.CompareOrdinal(a.Path, b.Path));
        return files;
    }
}
