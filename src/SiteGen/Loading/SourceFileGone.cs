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

    /// <summary>The <see cref="SourceFileGone"/> in <paramref name="e"/> or among the exceptions it carries (parallel work wraps them); null when there is none.</summary>
    public static SourceFileGone? In(Exception e) => e switch
    {
        SourceFileGone gone => gone,
        AggregateException all => all.InnerExceptions.Select(In).FirstOrDefault(g => g is not null),
        _ => e.InnerException is { } inner ? In(inner) : null,
    };
}
