using SiteGen.Diagnostics;

namespace SiteGen.Loading;

/// <summary>
/// A text file of the site found and judged by a load but not read yet: a build reads each bulletin only when it parses
/// it, so a site of a million bulletins never holds all their text at once.
/// </summary>
/// <param name="Path">Relative to the source folder, forward slashes.</param>
/// <param name="Real">Where the file judged to lie inside its folder is (<see cref="SiteFolder.RealPlaceOf"/>), which is the one read.</param>
public sealed record UnreadText(string Path, RealPlace Real)
{
    /// <summary>The file's length and last-write time as the load found it; null when it was not a plain file there (a link).</summary>
    public FileStamp? Stamp { get; init; }

    /// <summary>Reads and decodes the file as <see cref="SiteFolder.ReadText"/> does; null when it is gone or unreadable (reported). Safe on any thread.</summary>
    public SourceText? Read(DiagnosticBag diagnostics) => SiteFolder.ReadTextAt(Path, Real.Of(Path), diagnostics);
}

/// <summary>A file's length and last-write time (UTC ticks): what a build cache compares to know, without reading it, that a file did not change.</summary>
public readonly record struct FileStamp(long Length, long WriteTicks);
