using System.Diagnostics;
using SiteGen.Configuration;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Images;
using SiteGen.Loading;
using SiteGen.Model;
using SiteGen.Output;
using SiteGen.Rendering;
using SiteGen.Search;

namespace SiteGen;

/// <summary>Runs a build's phases in order: Load, Parse, Model, Render, Write. The one entry point for a build.</summary>
public static class SiteBuilder
{
    /// <summary>Builds the site in memory (phases 1–4); nothing is written.</summary>
    public static BuildResult Build(BuildOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var timings = new List<PhaseTiming>();
        var clock = Stopwatch.StartNew();
        void Phase(string name, string detail)
        {
            timings.Add(new PhaseTiming(name, clock.Elapsed, detail));
            clock.Restart();
        }

        // 1 Load
        var sources = SourceLoader.Load(options.SourceRoot, diagnostics);
        var config = SiteConfigReader.Read(sources.Config?.Text, options.BaseUrl, diagnostics);
        var themeSource = ThemeLoader.Load(options.SourceRoot, config.Theme, diagnostics);
        Phase("load", $"{sources.Bulletins.Count} bulletins, {sources.Pages.Count} pages, {sources.ContentFiles.Count} other files");

        // 2 Parse
        var units = DataFileReader.ReadUnits(sources.Units, diagnostics);
        var elections = DataFileReader.ReadElections(sources.Elections, diagnostics);
        var resources = new ResourceResolver(sources.ContentFiles);
        var markdown = new MarkdownRenderer(config.UnsafeHtml, resources, config.BasePath);
        var bulletinReader = new BulletinReader(markdown, resources, new ReferenceCatalog(units, elections), config.TimeZone);
        var parsed = new ParsedBulletin?[sources.Bulletins.Count];
        Parallel.For(0, parsed.Length, Parallelism(options), i => parsed[i] = bulletinReader.Read(sources.Bulletins[i], diagnostics));
        var pageReader = new PageReader(markdown);
        var pages = sources.Pages.Select(p => pageReader.Read(p, diagnostics)).OfType<ParsedPage>().ToArray();
        var theme = themeSource is null ? null : Theme.Compile(themeSource, config.Language, diagnostics);
        Phase("parse", $"{parsed.Count(p => p is not null)} bulletins parsed");

        // 3 Model
        var site = SiteModelBuilder.Build(config, units, elections, parsed.OfType<ParsedBulletin>().ToArray(), pages, options, diagnostics);
        Phase("model", $"{site.Bulletins.Count} bulletins published, {site.Pages.Count} pages planned");
        if (diagnostics.HasErrors || theme is null) return new BuildResult(diagnostics.ToSortedList(), [], timings, site);

        // 4 Render
        var search = SearchIndexBuilder.Build(site, theme.Glossary, options.Parallel);
        Phase("search", $"{search.Files.Count} index files, {search.TermCount} terms, {search.Files.Sum(f => (long)f.Bytes.Length) / 1024} KiB");
        var images = new ImageResizer(options.ResolvedCacheRoot);
        var files = new SiteRenderer(site, theme, sources.ContentFiles, images, options.Parallel, search).Render(options.Parallel, diagnostics);
        Phase("render", $"{files.Count} files, {files.Sum(f => (long)f.Bytes.Length) / 1024} KiB; pictures: {images.Encoded} sizes made, {images.Reused} from the cache");
        return new BuildResult(diagnostics.ToSortedList(), diagnostics.HasErrors ? [] : files, timings, site);
    }

    /// <summary>Builds the site and, when there are no errors, replaces the output folder with it (phase 5).</summary>
    public static BuildResult BuildAndWrite(BuildOptions options)
    {
        var output = options.ResolvedOutputRoot;
        var check = new DiagnosticBag();
        if (!StagedWriter.CanReplace(output, options.SourceRoot, check))
            return new BuildResult(check.ToSortedList(), [], [], null);
        using var writing = OutputLock.Acquire(output, check);
        if (writing is null) return new BuildResult(check.ToSortedList(), [], [], null);

        var result = Build(options);
        if (result.HasErrors || (options.Strict && result.WarningCount > 0)) return result with { Files = [] };

        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(result.Diagnostics);
        StagedWriter.Write(output, result.Files, diagnostics);
        var timings = result.Timings.Append(new PhaseTiming("write", clock.Elapsed, output)).ToArray();
        return result with { Diagnostics = diagnostics.ToSortedList(), Timings = timings };
    }

    private static ParallelOptions Parallelism(BuildOptions options) =>
        new() { MaxDegreeOfParallelism = options.Parallel ? Environment.ProcessorCount : 1 };
}
