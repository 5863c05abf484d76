using System.Buffers;
using System.Collections.Concurrent;

namespace SiteGen.Output;

/// <summary>
/// Compares each file a build writes with the file at the same path in the output folder it is about to replace, by
/// bytes (times say nothing: every build writes every file anew), and then finds the files of that folder the build no
/// longer makes. Safe to use from the staging folder's writer threads at once.
/// </summary>
internal sealed class OutputComparison(string previousOutput)
{
    private const int ChunkSize = 64 * 1024;

    private readonly bool _hasPrevious = Directory.Exists(previousOutput);
    private readonly ConcurrentDictionary<string, ChangeKind?> _written = new(StringComparer.Ordinal);

    /// <summary>Notes how <paramref name="file"/> differs from the previous output's file at its path.</summary>
    public void Record(OutputFile file) => _written[file.Path] = _hasPrevious ? Compare(file) : ChangeKind.Added;

    /// <summary>Every file added, changed or removed, sorted by path; call once every file is recorded.</summary>
    /// <param name="leaveOut">A path that is neither compared nor listed (the list itself, when it is kept in the output).</param>
    public IReadOnlyList<OutputChange> Changes(string? leaveOut)
    {
        var changes = new List<OutputChange>();
        foreach (var (path, kind) in _written)
            if (kind is { } changed && path != leaveOut) changes.Add(new OutputChange(changed, path));
        if (_hasPrevious)
        {
            foreach (var full in OutputTree.Files(previousOutput))
            {
                var path = OutputTree.Relative(previousOutput, full);
                if (path != leaveOut && !_written.ContainsKey(path)) changes.Add(new OutputChange(ChangeKind.Removed, path));
            }
        }
        changes.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return changes;
    }

    /// <summary>Added, changed, or null when the previous output holds the same bytes at the path.</summary>
    private ChangeKind? Compare(OutputFile file)
    {
        var before = new FileInfo(Path.Combine(previousOutput, file.Path));
        try
        {
            if (!before.Exists) return ChangeKind.Added;
            // A link was not made by a build; the new file replaces it with real bytes.
            if (before.LinkTarget is not null || before.Length != file.Bytes.Length) return ChangeKind.Changed;
            return file.Bytes.Length == 0 || SameBytes(before.FullName, file.Bytes) ? null : ChangeKind.Changed;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A file that cannot be read back cannot be shown to be the same: listing it as changed uploads it again, which is safe.
            return ChangeKind.Changed;
        }
    }

    private static bool SameBytes(string path, byte[] bytes)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
            var offset = 0;
            while (offset < bytes.Length)
            {
                var read = stream.Read(buffer, 0, Math.Min(ChunkSize, bytes.Length - offset));
                if (read == 0 || !buffer.AsSpan(0, read).SequenceEqual(bytes.AsSpan(offset, read))) return false;
                offset += read;
            }
            return stream.Read(buffer, 0, 1) == 0;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
