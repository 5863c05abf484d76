namespace SiteGen.Pipeline;

/// <summary>How long one phase of a build took, for <c>--verbose</c>, with the most memory the process had held by its end.</summary>
public sealed record PhaseTiming(string Phase, TimeSpan Elapsed, string Detail)
{
    /// <summary>The process's peak resident memory when the phase ended, in bytes (0 where the system does not say).</summary>
    public long PeakMemory { get; init; } = PeakSoFar();

    private static long PeakSoFar()
    {
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }
}
