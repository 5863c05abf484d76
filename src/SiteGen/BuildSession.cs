using System.Diagnostics;
using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Messages;
using SiteGen.Model;
using SiteGen.Output;
using SiteGen.Pipeline;
using SiteGen.Search;

namespace SiteGen;

/// <summary>
/// A site kept in memory and built again after its files change, for <c>sitegen serve</c>: the same
/// <see cref="BuildPipeline"/> as a build, with its parts keeping what they made, so only the work a change needs is
/// done (see <see cref="SourceCache"/>, <see cref="ParseCache"/>, <see cref="ThemeCache"/>, <see cref="SearchCache"/>,
/// <see cref="RenderCache"/>). The result equals a full build's, byte for byte. Not thread-safe: one build at a time.
/// </summary>
public sealed class BuildSession(BuildOptions options, TimeProvider? clock = null)
{
    private readonly BuildPipeline _pipeline = new(options, keep: true);
    private GoodBuild? _good;

    public BuildOptions Options { get; } = options;

    /// <summary>
    /// Keep the last search index through rebuilds and bring it up to date afterwards (<see cref="RefreshSearchAsync"/>),
    /// so an edit reaches the open page without waiting for the index of the whole site. <c>sitegen serve</c> sets it.
    /// </summary>
    public bool DeferSearch
    {
        get => _pipeline.Search.Defer;
        init => _pipeline.Search.Defer = value;
    }

    /// <summary>True when the served search index is older than the site (see <see cref="DeferSearch"/>).</summary>
    public bool SearchIsStale => _pipeline.Search.IsStale;

    /// <summary>The files of the last build without errors, by output path; empty before the first.</summary>
    public IReadOnlyDictionary<string, OutputFile> Files => _good?.Files ?? new Dictionary<string, OutputFile>();

    /// <summary>Builds the site, reusing what the files at <paramref name="changed"/> (paths relative to the source folder) did not affect.</summary>
    /// <param name="changed">What changed since the last build; null when unknown, which re-reads every file (and still re-renders only what changed).</param>
    public BuildUpdate Build(IReadOnlyCollection<string>? changed = null)
    {
        var options = clock is null ? Options : Options with { Now = clock.GetLocalNow() };
        var files = new SiteFiles(_good?.Files.Count ?? 0);
        var run = _pipeline.Run(options, changed, files, _good is null ? null : (_good.Site, _good.Files));
        if (!run.Rendered || run.Site is not { } site) return new BuildUpdate(new BuildResult(run.Diagnostics.ToSortedList(), [], run.Timings, run.Site), [], 0);

        _pipeline.Pages.Commit();
        var changedFiles = OutputDiff.Changes(_good?.Files, files.ByPath);
        var list = OutputDiff.Sorted(files.ByPath, _good?.List);
        _good = new GoodBuild(site, files.ByPath, list);
        return new BuildUpdate(new BuildResult(run.Diagnostics.ToSortedList(), list, run.Timings, run.Site), changedFiles, run.RenderedPages);
    }

    /// <summary>
    /// Builds the search index of the last good build on a background thread (one core, leaving the other for edits).
    /// Safe to run while <see cref="Build"/> runs: it reads only that build's immutable site. Apply the result with <see cref="ApplySearch"/>.
    /// </summary>
    /// <param name="cancel">Stops the refresh (the task ends cancelled) when a newer edit makes it outdated.</param>
    public Task<SearchRefresh> RefreshSearchAsync(CancellationToken cancel = default)
    {
        var good = _good ?? throw new InvalidOperationException("There is no good build to index yet.");
        var glossary = _pipeline.Themes.Theme!.Glossary;
        return Task.Run(() => new SearchRefresh(good, SearchIndexBuilder.Build(good.Site, glossary, parallel: false, cancel)), cancel);
    }

    /// <summary>
    /// Puts a refreshed search index into the site and renders the search page again; null when a later build made
    /// the refresh outdated (start another).
    /// </summary>
    public BuildUpdate? ApplySearch(SearchRefresh refresh)
    {
        var good = _good;
        if (good is null || !ReferenceEquals(refresh.Build, good) || _pipeline.Themes.Theme is not { } theme || _pipeline.Sources.Current is not { } sources) return null;
        var watch = Stopwatch.StartNew();
        var index = refresh.Index;
        var files = new SiteFiles(good.Files);
        foreach (var path in good.Files.Keys.Where(p => p.StartsWith(SearchIndexBuilder.Folder, StringComparison.Ordinal)))
            files.Remove(path);
        foreach (var file in index.Files) files.Add(file);

        var diagnostics = new DiagnosticBag();
        if (_pipeline.Pages.RenderSearchPage(good.Site, theme, sources.ContentFiles, index.ManifestPath, diagnostics) is not { } page)
            return null; // the theme failed on it; the next build reports why
        files.Add(page);

        var changed = OutputDiff.Changes(good.Files, files.ByPath);
        var list = OutputDiff.Sorted(files.ByPath, null);
        _good = good with { Files = files.ByPath, List = list };
        _pipeline.Search.Current = index;
        _pipeline.Search.IsStale = false;
        var timings = new[] { new PhaseTiming("search", watch.Elapsed, Say.PhaseSearchPlaced.With(index.Files.Count)) };
        return new BuildUpdate(new BuildResult(diagnostics.ToSortedList(), list, timings, good.Site), changed, 1);
    }

    private sealed record GoodBuild(Site Site, IReadOnlyDictionary<string, OutputFile> Files, OutputFile[] List);
}
