using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Output;

namespace SiteGen;

/// <summary>What a build produced: its diagnostics (sorted), the files of the site (empty when it failed) and the phases' timings.</summary>
public sealed record BuildResult(
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<OutputFile> Files,
    IReadOnlyList<PhaseTiming> Timings,
    Site? Site)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
    public int ErrorCount => Diagnostics.Count(d => d.IsError);
    public int WarningCount => Diagnostics.Count(d => !d.IsError);
}
