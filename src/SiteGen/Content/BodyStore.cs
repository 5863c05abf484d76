using Microsoft.Win32.SafeHandles;

namespace SiteGen.Content;

/// <summary>
/// Where a build keeps its bulletins' bodies (HTML and plain text) from Parse to Render: in memory up to
/// <see cref="MemoryBudget"/> bytes, and beyond it in a temporary file read back when a page or the search index needs
/// the body, so a site of a million bulletins does not hold a million bodies. The file is removed from its folder as
/// soon as it is made; it goes with the last body that uses it, even when the process is killed.
/// </summary>
public sealed class BodyStore
{
    private readonly Lock _opening = new();
    private long _inMemory;
    private long _end;
    private long _written;
    private string? _problem;
    private SafeFileHandle? _file;

    /// <param name="memoryBudget">Bytes of bodies kept in memory before they go to the file; 0 sends all to it.</param>
    /// <param name="folder">Where the file is made; the system's temporary folder when null.</param>
    public BodyStore(long memoryBudget, string? folder = null)
    {
        MemoryBudget = memoryBudget;
        Folder = folder ?? Path.GetTempPath();
    }

    /// <summary>A store over a file that already holds bodies (a build cache's), read from and never written to.</summary>
    internal BodyStore(SafeFileHandle file) : this(0) => _file = file;

    public long MemoryBudget { get; }

    public string Folder { get; }

    /// <summary>Bytes of bodies written to the file so far.</summary>
    public long Spilled => Interlocked.Read(ref _written);

    /// <summary>
    /// Why the file could not be made or written (the folder is missing, read-only or full), or null: from then on
    /// bodies stay in memory, which a large site may run short of.
    /// </summary>
    public string? Problem => Volatile.Read(ref _problem);

    /// <summary>True when <paramref name="size"/> more bytes still fit in memory (counted as taken when they do). Safe on any thread.</summary>
    internal bool FitsInMemory(long size) => Interlocked.Add(ref _inMemory, size) <= MemoryBudget;

    /// <summary>
    /// Writes <paramref name="parts"/> one after another to the file and returns where they start; null when the file
    /// cannot be made or written (see <see cref="Problem"/>), and the caller keeps them. Safe on any thread.
    /// </summary>
    internal long? TryWrite(params ReadOnlyMemory<byte>[] parts)
    {
        if (Problem is not null) return null;
        var length = parts.Sum(p => (long)p.Length);
        try
        {
            var file = File;
            var at = Interlocked.Add(ref _end, length) - length;
            RandomAccess.Write(file, parts, at);
            Interlocked.Add(ref _written, length);
            return at;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Interlocked.CompareExchange(ref _problem, e.Message, null);
            return null;
        }
    }

    /// <summary>Reads <paramref name="buffer"/>'s length of bytes from <paramref name="at"/>. Safe on any thread.</summary>
    internal void Read(long at, Span<byte> buffer)
    {
        while (buffer.Length > 0)
        {
            var read = RandomAccess.Read(File, buffer, at);
            if (read == 0) throw new EndOfStreamException($"The build's body file ended at {at}; it was changed from outside.");
            buffer = buffer[read..];
            at += read;
        }
    }

    private SafeFileHandle File
    {
        get
        {
            if (_file is { } open) return open;
            lock (_opening)
            {
                if (_file is null)
                {
                    var path = Path.Combine(Folder, $"sitegen-bodies-{Guid.NewGuid():N}.tmp");
                    var file = System.IO.File.OpenHandle(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.Delete, FileOptions.DeleteOnClose);
                    // Gone from the folder at once; the open handle keeps the bytes until it is closed, by the process or its end.
                    System.IO.File.Delete(path);
                    _file = file;
                }
                return _file;
            }
        }
    }
}
