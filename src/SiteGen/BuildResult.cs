using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Output;
using SiteGen.Pipeline;

namespace SiteGen;

/// <summary>
/// What a build produced: its diagnostics (sorted), the files of the site when built in memory (empty when it failed,
/// or when they were written straight to disk), the phases' timings, and what was written.
/// </summary>
public sealed record BuildResult(
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<OutputFile> Files,
    IReadOnlyList<PhaseTiming> Timings,
    Site? Site)
{
    /// <summary>How many files, pages and bytes the build made.</summary>
    public OutputSummary Output { get; init; } = OutputSummary.Of(Files);

    /// <summary>What the written build added, changed and removed in the output folder, sorted by path; null unless <see cref="BuildOptions.ChangesFile"/> asked for it and the site was written.</summary>
    public IReadOnlyList<OutputChange>? Changes { get; init; }

    /// <summary>What a person should know of how the build went that is no problem of the site (a cache ignored or not saved), one sentence each.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>How many pages were rendered; a build that writes the site takes the others, unchanged, from the last one.</summary>
    public int RenderedPages { get; init; }

    /// <summary>How many bulletins were parsed; a build that writes the site takes the others, unchanged, from the last one.</summary>
    public int ParsedBulletins { get; init; }

    /// <summary>How many bulletins the search index analysed; a build that writes the site takes the others' analyses from the last one.</summary>
    public int AnalysedBulletins { get; init; }

    public bool HasErrors => Diagnostics.Any(d => d.IsError);
    public int ErrorCount => Diagnostics.Count(d => d.IsError);
    public int WarningCount => Diagnostics.Count(d => !d.IsError);
}
