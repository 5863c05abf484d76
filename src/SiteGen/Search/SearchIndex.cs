using SiteGen.Output;

namespace SiteGen.Search;

/// <summary>The search index of a site: its files under <c>search/</c> and the path of the manifest the search page starts from.</summary>
/// <param name="ManifestPath">Path of the manifest within the site, e.g. "search/manifest.0123456789ab.json".</param>
/// <param name="Files">Every index file, sorted by path.</param>
/// <param name="TermCount">How many distinct terms (stems and glossary short forms) the index holds.</param>
public sealed record SearchIndex(string ManifestPath, IReadOnlyList<OutputFile> Files, int TermCount);
