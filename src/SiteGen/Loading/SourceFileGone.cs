namespace SiteGen.Loading;

/// <summary>
/// A content file the load found could not be read when it was used (<see cref="SourceFile.Bytes"/>): removed, moved or
/// made unreadable while the site was being built. The build reports it as an error at the file, and writes nothing,
/// instead of failing with the system's words.
/// </summary>
public sealed class SourceFileGone(string path, Exception cause) : IOException(cause.Message, cause)
{
    /// <summary>The file's path relative to the source folder.</summary>
    public string Path { get; } = path;
}
