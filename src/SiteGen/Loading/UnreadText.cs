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
    /// <summary>Reads and decodes the file as <see cref="SiteFolder.ReadText"/> does; null when it is gone or unreadable (reported). Safe on any thread.</summary>
    public SourceText? Read(DiagnosticBag diagnostics) => SiteFolder.ReadTextAt(Path, Real.Of(Path), diagnostics);
}
