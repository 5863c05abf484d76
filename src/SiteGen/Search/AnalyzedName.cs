namespace SiteGen.Search;

/// <summary>The index terms of a name (unit, Polda, region, election, tag), its surface words whose stem differs, and its words a reader may mistype.</summary>
public sealed record AnalyzedName(IReadOnlyList<string> Terms, IReadOnlyList<KeyValuePair<string, string>> Surfaces, IReadOnlyList<string> Words);
