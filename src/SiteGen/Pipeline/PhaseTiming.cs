namespace SiteGen.Pipeline;

/// <summary>How long one phase of a build took, for <c>--verbose</c>.</summary>
public sealed record PhaseTiming(string Phase, TimeSpan Elapsed, string Detail);
