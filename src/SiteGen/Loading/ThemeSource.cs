namespace SiteGen.Loading;

/// <summary>A theme's files as read by <see cref="ThemeLoader"/>: templates, translations and assets, paths relative to the theme's folder.</summary>
/// <param name="DisplayRoot">How diagnostics name the theme's folder, e.g. "themes/default".</param>
public sealed record ThemeSource(
    string Name,
    string DisplayRoot,
    IReadOnlyList<SourceText> Templates,
    IReadOnlyList<SourceText> Translations,
    IReadOnlyList<SourceFile> Assets)
{
    /// <summary>Data files of the search under <c>search/</c> (the glossary).</summary>
    public IReadOnlyList<SourceText> SearchData { get; init; } = [];
}
