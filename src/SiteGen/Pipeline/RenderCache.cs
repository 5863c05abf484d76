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
    public int Render(Site site, Theme theme, bool themeChanged, IReadOnlyDictionary<string, SourceFile> contentFiles, string manifest,
        IReadOnlyDictionary<string, OutputFile>? previous, Func<Bulletin, ulong>? version, CountingSink sink, DiagnosticBag diagnostics, out string detail)
    {
        _pending = null;
        var renderer = new SiteRenderer(site, theme, contentFiles, _images, options.Parallel, manifest);
        if (!keep)
        {
            renderer.Render(options.Parallel, diagnostics, sink);
            _images.Report(diagnostics);
            detail = Say.PhaseRenderDetail.With(sink.Files, sink.Bytes / 1024, _images.Encoded, _images.Reused);
            return site.Pages.Count;
        }

        var keys = PageKeys.Of(site, version!, manifest);
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
