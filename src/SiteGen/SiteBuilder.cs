using System.Diagnostics;
using SiteGen.Configuration;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Images;
using SiteGen.Loading;
using SiteGen.Messages;
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
        var files = new OutputList();
        var result = Run(options, files);
        if (result.HasErrors) return result;
        var sorted = files.Sorted();
        return result with { Files = sorted, Output = OutputSummary.Of(sorted) };
    }

    /// <summary>Phases 1–3 only: what the site publishes and where, without rendering a page (for <c>sitegen list</c>).</summary>
    public static BuildResult Plan(BuildOptions options) => Run(options, null);

    /// <summary>
    /// Builds the site and writes it (phase 5): files go into a staging folder as they are rendered, which replaces the
    /// output folder only when the build has no errors (nor warnings, with <see cref="BuildOptions.Strict"/>).
    /// </summary>
    public static BuildResult BuildAndWrite(BuildOptions options)
    {
        var output = OutputFolder.Target(options.ResolvedOutputRoot);
        var check = new DiagnosticBag();
        if (!OutputFolder.CanReplace(output, options.SourceRoot, check))
            return new BuildResult(check.ToSortedList(), [], [], null);
        using var writing = OutputLock.Acquire(output, check);
        if (writing is null) return new BuildResult(check.ToSortedList(), [], [], null);
        using var staging = StagingFolder.Create(output, check);
        if (staging is null) return new BuildResult(check.ToSortedList(), [], [], null);

        var result = Run(options, staging);
        // What was found beside the output (a folder left alone) is part of the build's report.
        check.AddRange(result.Diagnostics);
        result = result with { Diagnostics = check.ToSortedList() };
        if (result.HasErrors || (options.Strict && result.WarningCount > 0)) return result;

        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(result.Diagnostics);
        staging.Commit(diagnostics);
        var timings = result.Timings.Append(new PhaseTiming("write", clock.Elapsed, $"{output}: {staging.CommitDetail}")).ToArray();
        return result with { Diagnostics = diagnostics.ToSortedList(), Timings = timings, Output = staging.Summary };
    }

    /// <summary>Phases 1–4, putting every file into <paramref name="sink"/> as it is made; only 1–3 without one.</summary>
    private static BuildResult Run(BuildOptions options, IOutputSink? sink)
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
        Phase("load", Say.PhaseLoadDetail.With(sources.Bulletins.Count, sources.Pages.Count, sources.ContentFiles.Count));

        // 2 Parse
        var readers = ContentReaders.For(sources, config, diagnostics);
        var parsed = ParseAll(sources.Bulletins, readers.Bulletins, options, diagnostics);
        var pages = readers.ReadPages(sources, diagnostics);
        var tags = TagFileReader.Read(sources.Tags, diagnostics);
        var logo = SiteLogo.Find(config, sources.ContentFiles, diagnostics);
        var theme = themeSource is null ? null : Theme.Compile(themeSource, config.Language, diagnostics);
        Phase("parse", Say.PhaseParseDetail.With(parsed.Count(p => p is not null)));
        // From here on only the content files are needed: the bulletins' text (hundreds of MB on a large site) can go.
        var contentFiles = sources.ContentFiles;

        // 3 Model
        var site = SiteModelBuilder.Build(config, readers.Units, readers.Elections, parsed.OfType<ParsedBulletin>().ToArray(), pages, options, diagnostics, tagDetails: tags) with { Logo = logo };
        Phase("model", Say.PhaseModelDetail.With(site.Bulletins.Count, site.Pages.Count));
        if (diagnostics.HasErrors || theme is null || sink is null) return new BuildResult(diagnostics.ToSortedList(), [], timings, site);

        // 4 Render: the search index, then every page; files go to the sink as they are made.
        var made = new CountingSink(sink);
        var manifest = WriteSearchIndex(site, theme, options, made, Phase);
        var images = ImageResizer.For(options);
        new SiteRenderer(site, theme, contentFiles, images, options.Parallel, manifest).Render(options.Parallel, diagnostics, made);
        images.Report(diagnostics);
        Phase("render", Say.PhaseRenderDetail.With(made.Files, made.Bytes / 1024, images.Encoded, images.Reused));
        return new BuildResult(diagnostics.ToSortedList(), [], timings, site);
    }

    /// <summary>Builds the search index, handing its files out as they are made, so they need not stay in memory.</summary>
    private static string WriteSearchIndex(Model.Site site, Theme theme, BuildOptions options, IOutputSink sink, Action<string, string> phase)
    {
        var search = SearchIndexBuilder.Write(site, theme.Glossary, sink, options.Parallel);
        phase("search", Say.PhaseSearchDetail.With(search.FileCount, search.TermCount, search.Bytes / 1024));
        return search.ManifestPath;
    }

    /// <summary>Parses every bulletin in parallel, in a method of its own so no lambda keeps the sources alive afterwards.</summary>
    private static ParsedBulletin?[] ParseAll(IReadOnlyList<SourceText> bulletins, BulletinReader reader, BuildOptions options, DiagnosticBag diagnostics)
    {
        var parsed = new ParsedBulletin?[bulletins.Count];
        Parallel.For(0, parsed.Length, Parallelism(options), i => parsed[i] = reader.Read(bulletins[i], diagnostics));
        return parsed;
    }

    private static ParallelOptions Parallelism(BuildOptions options) =>
        new() { MaxDegreeOfParallelism = options.Parallel ? Environment.ProcessorCount : 1 };
}
