using SiteGen.Messages;
using SiteGen.Model;
using SiteGen.Output;
using SiteGen.Rendering;
using SiteGen.Search;

namespace SiteGen.Pipeline;

/// <summary>
/// The search index. A build writes it file by file as it is made, so it never stays in memory; serve keeps it and,
/// with <see cref="Defer"/>, keeps the last one through rebuilds until <see cref="BuildSession.RefreshSearchAsync"/> brings it up to date.
/// </summary>
internal sealed class SearchCache(bool keep)
{
    /// <summary>Keep the last index through rebuilds (serve); the theme changing still makes a new one.</summary>
    public bool Defer { get; set; }

    /// <summary>The index of the last run, when kept.</summary>
    public SearchIndex? Current { get; set; }

    /// <summary>True when <see cref="Current"/> is older than the site it is served with.</summary>
    public bool IsStale { get; set; }

    /// <summary>Puts the index's files into <paramref name="sink"/> and returns its manifest's path, which the search page names.</summary>
    /// <param name="store">For a build, the analyses of the last written build to take and this build's to keep; null for none.</param>
    public string Make(Site site, Theme theme, bool themeChanged, IOutputSink sink, bool parallel, KeptAnalyses? store, out string detail)
    {
        if (!keep)
        {
            var written = SearchIndexBuilder.Write(site, theme.Glossary, sink, parallel, store: store);
            detail = Say.PhaseSearchDetail.With(written.FileCount, written.TermCount, written.Bytes / 1024);
            if (store is not null) detail += "; " + Say.PhaseSearchKeptAnalyses.With(store.Kept, site.Bulletins.Count);
            return written.ManifestPath;
        }
        if (Defer && Current is not null && !themeChanged)
        {
            IsStale = true;
            detail = Say.PhaseSearchKept;
        }
        else
        {
            Current = SearchIndexBuilder.Build(site, theme.Glossary, parallel);
            IsStale = false;
            detail = Say.PhaseSearchFiles.With(Current.Files.Count);
        }
        foreach (var file in Current.Files) sink.Add(file);
        return Current.ManifestPath;
    }
}
