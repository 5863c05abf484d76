using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Images;
using SiteGen.Loading;
using SiteGen.Messages;
using SiteGen.Model;
using SiteGen.Output;
using SiteGen.Rendering;
using SiteGen.Text;

namespace SiteGen.Pipeline;

/// <summary>
/// Phase 4's pages. A build renders every page straight into its sink; serve keeps what each page of the last good
/// build depended on and renders again only pages whose dependencies changed, keeping the others' files.
/// </summary>
internal sealed class RenderCache(BuildOptions options, bool keep)
{
    // Kept across rebuilds: resized pictures are remembered by the resizer.
    private readonly ImageResizer _images = ImageResizer.For(options);
    private Kept? _good;
    private Kept? _pending;

    /// <summary>Renders the site's pages and copies its files into <paramref name="sink"/>; returns how many pages were rendered.</summary>
    /// <param name="previous">The files of the last good build, whose pages may be kept; null for none.</param>
    /// <param name="version">The version of a bulletin as its page shows it, when pages are kept.</param>
    /// <param name="settingsAndTheme">A fingerprint of the settings, data files and theme as written, which every page may show.</param>
    public int Render(Site site, Theme theme, bool themeChanged, IReadOnlyDictionary<string, SourceFile> contentFiles, string manifest,
        IReadOnlyDictionary<string, OutputFile>? previous, Func<Bulletin, ulong>? version, ulong settingsAndTheme, CountingSink sink, DiagnosticBag diagnostics, out string detail)
    {
        _pending = null;
        var renderer = new SiteRenderer(site, theme, contentFiles, _images, options.Parallel, manifest);
        if (!keep && options.ReuseLastBuild && version is not null)
            return RenderReusing(site, renderer, manifest, version, settingsAndTheme, sink, diagnostics, out detail);
        if (!keep)
        {
            renderer.Render(options.Parallel, diagnostics, sink);
            _images.Report(diagnostics);
            detail = Say.PhaseRenderDetail.With(sink.Files, sink.Bytes / 1024, _images.Encoded, _images.Reused);
            return site.Pages.Count;
        }

        var keys = PageKeys.Of(site, version!, manifest, options.Parallel);
        var good = themeChanged || previous is null || _good is null || _good.SiteKey != keys.Site ? null : _good;
        var toRender = new List<int>();
        var pageKeys = new Dictionary<string, ulong>(site.Pages.Count, StringComparer.Ordinal);
        for (var i = 0; i < site.Pages.Count; i++)
        {
            var path = SitePath.ToFile(site.Pages[i].Path);
            pageKeys[path] = keys.Pages[i];
            if (good is not null && good.PageKeys.TryGetValue(path, out var key) && key == keys.Pages[i])
                sink.Add(previous![path]);
            else
                toRender.Add(i);
        }
        var rendered = renderer.RenderPages(toRender, options.Parallel, diagnostics);
        detail = Say.PhaseRenderAgain.With(toRender.Count, site.Pages.Count);
        if (diagnostics.HasErrors)
        {
            _images.Report(diagnostics);
            return toRender.Count;
        }
        foreach (var file in rendered) sink.Add(file!);
        renderer.CopyFiles(sink);
        _images.Report(diagnostics);
        _pending = new Kept(keys.Site, pageKeys);
        return toRender.Count;
    }

    /// <summary>
    /// Renders the pages of a build that writes the site, taking from the output folder each page whose fingerprint is
    /// the one recorded for it by the last written build (and whose file there is still the one recorded), and records
    /// every page for the next build (<see cref="SaveRecords"/>, once the site is in place).
    /// </summary>
    private int RenderReusing(Site site, SiteRenderer renderer, string manifest, Func<Bulletin, ulong> version, ulong settingsAndTheme,
        CountingSink sink, DiagnosticBag diagnostics, out string detail)
    {
        var keys = PageKeys.Of(site, version, manifest, options.Parallel);
        var context = new Fingerprint().Add(settingsAndTheme).Add(keys.Site).Value;
        var file = CacheFolder.File(options, PageRecords.FileName);
        var found = LastBuildFile.None;
        var last = file is null ? null : PageRecords.Read(file, context, out found);
        if (file is not null && CacheFolder.Note(options, file, found) is { } note) Notes.Add(note);

        var pages = site.Pages;
        var pathKeys = new ulong[pages.Count];
        var records = new PageRecords.Record[pages.Count];
        var output = options.ResolvedOutputRoot;
        var kept = 0;
        Parallel.For(0, pages.Count, new ParallelOptions { MaxDegreeOfParallelism = options.Parallel ? Environment.ProcessorCount : 1 }, i =>
        {
            var path = SitePath.ToFile(pages[i].Path);
            pathKeys[i] = PageRecords.PathKey(path);
            if (last is not null && last.TryGet(pathKeys[i], out var record) && record.Key == keys.Pages[i] && Reused(path, record))
            {
                records[i] = record;
                Interlocked.Increment(ref kept);
            }
            else if (renderer.RenderAt(i) is { } page)
            {
                sink.Add(page);
                records[i] = PageRecords.Record.Of(keys.Pages[i], page.Bytes);
            }
        });
        renderer.ReportErrors(diagnostics);
        renderer.CopyFiles(sink);
        _images.Report(diagnostics);
        if (!diagnostics.HasErrors && file is not null) _records = (file, context, pathKeys, records);
        var why = found switch
        {
            LastBuildFile.Usable => Say.PhaseRenderKept.With(kept),
            LastBuildFile.OtherSite => Say.PhaseRenderSiteChanged,
            _ => Say.PhaseRenderNoRecords,
        };
        detail = Say.PhaseRenderAgain.With(pages.Count - kept, pages.Count) + " (" + why + "); "
            + Say.PhaseRenderDetail.With(sink.Files, sink.Bytes / 1024, _images.Encoded, _images.Reused);
        return pages.Count - kept;

        // A page unchanged is left where it is when the output folder is updated in place; otherwise read back from it, checked.
        bool Reused(string path, PageRecords.Record record)
        {
            if (sink.Keep(path, record.Length, record.Hash)) return true;
            if (Written(output, path, record) is not { } bytes) return false;
            sink.Add(new OutputFile(path, bytes));
            return true;
        }
    }

    /// <summary>The file a page was written to by the last build, when it is still the one <paramref name="record"/> describes; null otherwise (missing, changed, unreadable: the page is rendered again).</summary>
    private static byte[]? Written(string output, string path, PageRecords.Record record)
    {
        var full = Path.Join(output, path);
        try
        {
            var info = new FileInfo(full);
            if (!info.Exists || info.Length != record.Length || info.LinkTarget is not null) return null;
            var bytes = File.ReadAllBytes(full);
            return record.Describes(bytes) ? bytes : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // What cannot be read is made again: the page renders as in a build without the cache.
            return null;
        }
    }

    /// <summary>
    /// Writes the records of the pages of the last build, once its site is in place; a record that cannot be written is a
    /// note (the next build renders every page), not a failure of a good build.
    /// </summary>
    public void SaveRecords()
    {
        if (_records is not { } records) return;
        _records = null;
        PageRecords.Write(options, records.File, records.Context, records.PathKeys, records.Records, Notes);
    }

    /// <summary>What a person should know of how the cache was used (one sentence each): ignored as damaged or of another version, not saved.</summary>
    public List<string> Notes { get; } = [];

    private (string File, ulong Context, ulong[] PathKeys, PageRecords.Record[] Records)? _records;

    /// <summary>Renders the search page alone, for a search index put in place after the build.</summary>
    public OutputFile? RenderSearchPage(Site site, Theme theme, IReadOnlyDictionary<string, SourceFile> contentFiles, string manifest, DiagnosticBag diagnostics)
    {
        var index = Enumerable.Range(0, site.Pages.Count).First(i => site.Pages[i].Kind == PageKind.Search);
        var renderer = new SiteRenderer(site, theme, contentFiles, _images, parallel: false, manifest);
        var page = renderer.RenderPages([index], parallel: false, diagnostics)[0];
        if (page is not null && _good is not null)
            _good = _good with { PageKeys = new Dictionary<string, ulong>(_good.PageKeys, StringComparer.Ordinal) { [page.Path] = PageKeys.OfSearchPage(site.Pages[index], manifest) } };
        return page;
    }

    /// <summary>Makes the last run's pages the ones later runs compare with; called once its build has no errors.</summary>
    public void Commit()
    {
        if (_pending is not null) _good = _pending;
        _pending = null;
    }

    private sealed record Kept(ulong SiteKey, IReadOnlyDictionary<string, ulong> PageKeys);
}
