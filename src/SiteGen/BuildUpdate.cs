namespace SiteGen;

/// <summary>What one build of a <see cref="BuildSession"/> produced and how it differs from the last good build.</summary>
/// <param name="Result">The build as <see cref="SiteBuilder.Build"/> would give it; when it has errors, the session keeps its last good site.</param>
/// <param name="ChangedFiles">Output paths added, changed or removed since the last good build, sorted; empty when the build failed.</param>
/// <param name="RenderedPages">How many pages were rendered (the rest were kept from the last good build).</param>
public sealed record BuildUpdate(BuildResult Result, IReadOnlyList<string> ChangedFiles, int RenderedPages);
