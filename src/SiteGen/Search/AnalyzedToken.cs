namespace SiteGen.Search;

/// <summary>One indexed or queried word: its normalised surface form, its stem, and its index in <see cref="TextAnalyzer.Normalize"/>'s output.</summary>
/// <param name="Surface">The normalised word as it appeared (steps 1–6 of SEARCH.md).</param>
/// <param name="Stem">The Snowball stem, or <paramref name="Surface"/> itself for numbers and protected words.</param>
/// <param name="Position">The word's index among all normalised words, counting removed stop words, so gaps show where they were.</param>
public readonly record struct AnalyzedToken(string Surface, string Stem, int Position);
