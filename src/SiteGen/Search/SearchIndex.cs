using SiteGen.Output;

namespace SiteGen.Search;

/// <summary>The search index of a site: its files under <c>search/</c> and the path of the manifest the search page starts from.</summary>
/// <param name="ManifestPath">Path of the manifest within the site, e.g. "search/manifest.0123456789ab.json".</param>
/// <param name="Files">Every index file, sorted by path; empty when they were handed to a sink as they were made.</param>
/// <param name="TermCount">How many distinct terms (stems and glossary short forms) the index holds.</param>
public sealed record SearchIndex(string ManifestPath, IReadOnlyList<OutputFile> Files, int TermCount)
{
    /// <summary>How many files the index has, however they were handed out.</summary>
    public int FileCount { get; init; }

    /// <summary>How many bytes the index's files hold together.</summary>
    public long Bytes { get; init; }
}
