namespace SiteGen.Loading;

/// <summary>
/// A file copied or processed as bytes (images, theme assets), with its path relative to its root. A build reads a
/// content file's bytes each time they are asked for (<see cref="Unread"/>), so the photos of a large site are not all
/// held in memory at once.
/// </summary>
public sealed class SourceFile
{
    private readonly byte[]? _bytes;
    private readonly RealPlace _real;

    public SourceFile(string path, byte[] bytes)
    {
        Path = path;
        _bytes = bytes;
    }

    private SourceFile(string path, RealPlace real)
    {
        Path = path;
        _real = real;
    }

    /// <summary>A file found and judged by a load (<see cref="SiteFolder.RealPlaceOf"/>), read from where it really is on each use.</summary>
    public static SourceFile Unread(string path, RealPlace real) => new(path, real);

    public string Path { get; }

    /// <summary>The file's bytes: kept, or read anew (and not kept) for a file left unread.</summary>
    /// <exception cref="SourceFileGone">The file was removed or made unreadable since the load found it.</exception>
    public byte[] Bytes
    {
        get
        {
            if (_bytes is not null) return _bytes;
            try
            {
                return File.ReadAllBytes(_real.Of(Path));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new SourceFileGone(Path, e);
            }
        }
    }
}
