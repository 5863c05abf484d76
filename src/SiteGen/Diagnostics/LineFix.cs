namespace SiteGen.Diagnostics;

/// <summary>
/// A correction <c>sitegen check --fix</c> may make: line <paramref name="Line"/> (1-based) of the diagnostic's file, whole and
/// without its line end, reads <paramref name="Before"/> and becomes <paramref name="After"/>. A fix is applied only while the
/// line still reads <paramref name="Before"/>, so one made stale by an edit is never applied.
/// </summary>
public sealed record LineFix(int Line, string Before, string After);
