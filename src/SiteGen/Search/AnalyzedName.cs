namespace SiteGen.Search;

/// <summary>The index terms of a name (unit, Polda, region, election, tag) and its surface words whose stem differs.</summary>
public sealed record AnalyzedName(IReadOnlyList<string> Terms, IReadOnlyList<KeyValuePair<string, string>> Surfaces);
