using System.Text;
using Scriban.Syntax;
using SiteGen.Diagnostics;
using SiteGen.Feeds;
using SiteGen.Images;
using SiteGen.Messages;
using SiteGen.Model;
using SiteGen.Output;
using SiteGen.Text;

namespace SiteGen.Rendering;

/// <summary>Phase 4, Render: turns every planned page into an output file, in parallel into a position-indexed array, so order never depends on timing.</summary>
public sealed class SiteRenderer
{
    private readonly Site _site;
    private readonly Theme _theme;
    private readonly TemplateModel _model;
    private readonly TemplateRenderer _templates;
    private readonly IReadOnlyDictionary<string, Loading.SourceFile> _contentFiles;
    private readonly AssetCatalog _assets;
    private readonly TemplateErrors _errors = new();

    private readonly IReadOnlyDictionary<string, PictureSizes> _images;
    private readonly ImageResizer _resizer;
    private readonly bool _parallel;
    private readonly SiteIdentity _identity;

    public SiteRenderer(Site site, Theme theme, IReadOnlyDictionary<string, Loading.SourceFile> contentFiles, ImageResizer resizer, bool parallel, string? searchManifest = null)
    {
        _site = site;
        _theme = theme;
        _contentFiles = contentFiles;
        _images = PlanPictures(site);
        _resizer = resizer;
        _parallel = parallel;
        _identity = new SiteIdentity(site.Config, site.Logo);
        _model = new TemplateModel(site, theme.Translations, _images, searchManifest, _identity);
        // Loops are bounded: generous for the largest list a page can show, so only a runaway loop hits the limit.
        var loopLimit = Math.Max(10_000, _model.LargestList * 4);
        _assets = new AssetCatalog(theme.Assets);
        _templates = new TemplateRenderer(theme, TemplateFunctions.Create(site.Config, theme, _assets), loopLimit);
    }

    /// <summary>Renders every page and puts it and the copied files into <paramref name="sink"/> as each is made.</summary>
    public void Render(bool parallel, DiagnosticBag diagnostics, IOutputSink sink)
    {
        var pages = _site.Pages;
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallel ? Environment.ProcessorCount : 1 };
        Parallel.For(0, pages.Count, options, i =>
        {
            if (RenderPage(pages[i]) is { } file) sink.Add(file);
        });
        _errors.Report(diagnostics);
        CopyFiles(sink);
    }

    /// <summary>Renders the page at <paramref name="index"/> of the site's pages; null when a template failed (reported by <see cref="ReportErrors"/>).</summary>
    public OutputFile? RenderAt(int index) => RenderPage(_site.Pages[index]);

    /// <summary>Reports the template errors of the pages rendered by <see cref="RenderAt"/>, one per place in a template.</summary>
    public void ReportErrors(DiagnosticBag diagnostics) => _errors.Report(diagnostics);

    /// <summary>Renders the pages at <paramref name="indices"/> of the site's pages, aligned with them; null where a template failed (reported).</summary>
    public OutputFile?[] RenderPages(IReadOnlyList<int> indices, bool parallel, DiagnosticBag diagnostics)
    {
        var pages = _site.Pages;
        var rendered = new OutputFile?[indices.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallel ? Environment.ProcessorCount : 1 };
        Parallel.For(0, indices.Count, options, i => rendered[i] = RenderPage(pages[indices[i]]));
        _errors.Report(diagnostics);
        return rendered;
    }

    /// <summary>
    /// Puts into <paramref name="sink"/> the files that are not rendered pages: the sizes of bulletin pictures, pictures and
    /// documents the texts of bulletins and free pages use, the theme's assets, and the site's icons, manifest, logo and
    /// colours (<see cref="SiteIdentity"/>). Pictures are resized here, page by page in parallel, so each picture's sizes
    /// are in memory only until they are handed on.
    /// </summary>
    public void CopyFiles(IOutputSink sink)
    {
        var texts = _site.Bulletins.Where(b => b.Image is not null || b.Body.Resources.Count > 0)
            .Select(b => (b.Path, Resources: b.Image is { } image ? [image.File, .. b.Body.Resources] : b.Body.Resources, Own: b.Image?.File))
            .Concat(_site.FreePages.Where(p => p.Body.Resources.Count > 0).Select(p => (p.Path, p.Body.Resources, Own: (Content.Resource?)null)))
            .ToArray();
        Parallel.ForEach(texts, new ParallelOptions { MaxDegreeOfParallelism = _parallel ? Environment.ProcessorCount : 1 }, text =>
        {
            foreach (var file in FilesOf(text.Path, text.Resources, text.Own)) sink.Add(file);
        });
        foreach (var file in _assets.Files()) sink.Add(file);
        foreach (var file in _identity.Files) sink.Add(file);
    }

    /// <summary>
    /// The files a text uses, under the page at <paramref name="pagePath"/>: pictures in their sizes, other files as they are;
    /// the bulletin's own picture (<paramref name="own"/>) also in its WebP sizes, which its page and cards offer.
    /// </summary>
    private IEnumerable<OutputFile> FilesOf(string pagePath, IReadOnlyList<Content.Resource> resources, Content.Resource? own = null)
    {
        // The bulletin's own picture may be shown in its text as well.
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var resource in resources)
        {
            if (resource.Image is null)
            {
                if (names.Add(resource.FileName)) yield return new OutputFile(pagePath + resource.FileName, _contentFiles[resource.SourcePath].Bytes);
                continue;
            }
            // Its sizes once for this page, with WebP when some bulletin shows it as its own picture (as they were planned).
            var planned = _images[resource.SourcePath];
            var sizes = _resizer.Resize(_contentFiles[resource.SourcePath].Bytes, resource.FileName, resource.Image, withWebp: planned.WebpVariants.Count > 0);
            var variants = resource.SourcePath == own?.SourcePath ? sizes.Variants.Concat(sizes.WebpVariants) : sizes.Variants;
            foreach (var variant in variants)
                if (names.Add(variant.FileName)) yield return new OutputFile(pagePath + variant.FileName, variant.Bytes);
        }
    }

    /// <summary>
    /// The sizes of every picture of bulletins and free pages (front matter and text), keyed by source path, as pages show
    /// them; a bulletin's own picture also has WebP sizes, shown on cards and its page in a &lt;picture&gt;.
    /// </summary>
    private static Dictionary<string, PictureSizes> PlanPictures(Site site)
    {
        var own = site.Bulletins.Select(b => b.Image?.File.SourcePath).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return site.Bulletins.Select(b => b.Image?.File)
            .Concat(site.Bulletins.SelectMany(b => b.Body.Resources))
            .Concat(site.FreePages.SelectMany(p => p.Body.Resources))
            .Where(r => r?.Image is not null).OfType<Content.Resource>()
            .DistinctBy(r => r.SourcePath)
            .ToDictionary(r => r.SourcePath, r => PictureSizes.Of(r.FileName, r.Image!, own.Contains(r.SourcePath)), StringComparer.Ordinal);
    }

    private OutputFile? RenderPage(Page page)
    {
        var file = SitePath.ToFile(page.Path);
        try
        {
            var bytes = page.Kind switch
            {
                PageKind.Feed => AtomFeed.Write(_site, page.Term),
                PageKind.Sitemap => Sitemap.Write(_site, page),
                PageKind.Robots => Robots.Write(_site),
                PageKind.Alias => AliasPage.Write(_site.Config.Permalink(page.Target!), _site.Config.Url(page.Target!), _site.Config.Language, _theme.Translate("redirect_text")),
                _ => RenderHtml(page),
            };
            return new OutputFile(file, bytes);
        }
        catch (ScriptRuntimeException e)
        {
            _errors.Add(e, "/" + page.Path);
            return null;
        }
    }

    private byte[] RenderHtml(Page page)
    {
        var (layout, kind, title, description) = page.Kind switch
        {
            PageKind.Home => ("home", "home", _site.Config.Title, null),
            PageKind.Bulletin => ("bulletin", "bulletin", page.Bulletin!.Title, page.Bulletin.Summary),
            PageKind.Overview => ("terms", page.Index!.Overview!.Name, _theme.Translate(page.Index.Overview.TitleKey), null),
            PageKind.Term => ("term", page.Index!.Name, page.Term!.Name, page.Term.Description),
            PageKind.FreePage => ("page", "page", page.FreePage!.Title, page.FreePage.Summary),
            PageKind.Search => ("search", "search", _theme.Translate("search_title"), null),
            PageKind.NotFound => ("404", "404", _theme.Translate("not_found_title"), null),
            _ => throw new InvalidOperationException($"No layout for {page.Kind}."),
        };
        var globals = _model.Globals(page, kind, title, description);
        return _templates.Render(layout, globals);
    }

    /// <summary>Template errors, one diagnostic per place in a template however many pages hit it.</summary>
    private sealed class TemplateErrors
    {
        private readonly Dictionary<(string File, int Line, int Column, string Message), (string FirstPage, int Count)> _seen = [];
        private readonly Lock _lock = new();

        public void Add(ScriptRuntimeException e, string page)
        {
            var key = (e.Span.FileName ?? "(template)", e.Span.Start.Line + 1, e.Span.Start.Column + 1, e.OriginalMessage);
            lock (_lock)
            {
                _seen[key] = _seen.TryGetValue(key, out var seen)
                    ? (string.CompareOrdinal(page, seen.FirstPage) < 0 ? page : seen.FirstPage, seen.Count + 1)
                    : (page, 1);
            }
        }

        public void Report(DiagnosticBag diagnostics)
        {
            foreach (var ((file, line, column, message), (first, count)) in _seen)
            {
                var where = count == 1 ? Say.TemplateWhileRendering.With(first) : Say.TemplateWhileRenderingMany.With(first, count - 1);
                diagnostics.Error(new SourcePosition(file, line, column), DiagnosticCodes.TemplateRuntime, Say.TemplateError.With(message, where));
            }
        }
    }
}
