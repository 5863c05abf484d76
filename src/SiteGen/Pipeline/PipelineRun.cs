using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Pipeline;

/// <summary>What one run of the <see cref="BuildPipeline"/> did: its diagnostics, timings and site (null when a file went missing before it was placed), whether it rendered, and how many pages.</summary>
internal sealed record PipelineRun(DiagnosticBag Diagnostics, IReadOnlyList<PhaseTiming> Timings, Site? Site, bool Rendered, int RenderedPages)
{
    /// <summary>How many bulletins the search index analysed (the others' analyses were taken from the last build).</summary>
    public int AnalysedBulletins { get; init; }

    /// <summary>How many bulletins were parsed (the others were taken from the last build).</summary>
    public int ParsedBulletins { get; init; }
}
