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
using SiteGen.Text;

namespace SiteGen.Pipeline;

/// <summary>
/// The one build driver, run by <c>build</c>, <c>check</c>, <c>list</c> and <c>serve</c>: Load, Parse, Model, Search,
/// Render. Each phase goes through a named part (<see cref="SourceCache"/>, <see cref="ThemeCache"/>, <see cref="ParseCache"/>,
/// <see cref="SearchCache"/>, <see cref="RenderCache"/>) that, for a build, does all the work and keeps nothing, so files
/// stream to the sink and the site is never held in memory; for serve (<c>keep</c>), keeps what it made and redoes only
/// what a change affects.
/// </summary>
internal sealed class BuildPipeline(BuildOptions options, bool keep) : IDisposable
{
    // A build's parsed bulletins and search analyses, kept for the next build once the site is in place (SaveCache).
    private KeptParses? _parses;
    private KeptAnalyses? _analyses;
    private KeptLinks? _links;

    /// <summary>What a person should know of how the cache was used (one sentence each): a file ignored as damaged or of another version, or not saved.</summary>
    public List<string> Notes => Pages.Notes;

    public SourceCache Sources { get; } = new(keep);
    public ThemeCache Themes { get; } = new(keep);
    public ParseCache Parses { get; } = new(keep, options.BodyMemoryBudget, options.BodyFolder, versions: !keep && options.ReuseLastBuild);
    public SearchCache Search { get; } = new(keep);
    public RenderCache Pages { get; } = new(options, keep);

    /// <summary>Runs the phases; Search and Render only when there is a <paramref name="sink"/> and no error so far.</summary>
    /// <param name="options">This run's options (serve's "now" moves on).</param>
    /// <param name="changed">Paths that changed since the last run, relative to the source folder; null when unknown.</param>
    /// <param name="previous">The last good build's site and files, whose links and pages may be kept.</param>
    public PipelineRun Run(BuildOptions options, IReadOnlyCollection<string>? changed, IOutputSink? sink, (Site Site, IReadOnlyDictionary<string, OutputFile> Files)? previous = null)
    {
        var diagnostics = new DiagnosticBag();
        var timings = new List<PhaseTiming>();
        try
        {
            return RunPhases(options, changed, sink, previous, diagnostics, timings);
        }
        catch (Exception e) when (Thrown.Carried<SourceFileGone>(e) is { } gone)
        {
            // A file removed or made unreadable while the site was being built: an error at that file, and nothing is written.
            diagnostics.Error(SourcePosition.File(gone.Path), DiagnosticCodes.FileUnreadable, Say.FileGoneDuringBuild.With(gone.Message));
            return new PipelineRun(diagnostics, timings, null, Rendered: false, 0);
        }
    }

    private PipelineRun RunPhases(BuildOptions options, IReadOnlyCollection<string>? changed, IOutputSink? sink,
        (Site Site, IReadOnlyDictionary<string, OutputFile> Files)? previous, DiagnosticBag diagnostics, List<PhaseTiming> timings)
    {
        var clock = Stopwatch.StartNew();
        void Phase(string name, string detail)
        {
            timings.Add(new PhaseTiming(name, clock.Elapsed, detail));
            clock.Restart();
        }

        // 1 Load and 2 Parse, in a method of their own: what they read (the bulletins' text, hundreds of MB on a large
        // site) is not needed after them, unless the parts keep it.
        Input? input = LoadAndParse(options, changed, diagnostics, Phase);
        var (themeChanged, contentFiles, settings, parsedCount) = (input.ThemeChanged, input.ContentFiles, input.Settings, input.Bulletins.Count);

        // 3 Model
        if (!keep && options.ReuseLastBuild && CacheFolder.File(options, KeptLinks.FileName) is { } linksFile) _links = new KeptLinks(options, linksFile);
        var site = SiteModelBuilder.Build(input.Config, input.Units, input.Elections, input.Bulletins, input.Pages, options, diagnostics, previous?.Site, input.Tags, _links)
            with { Logo = input.Logo };
        if (_links is not null && CacheFolder.Note(options, _links.File, _links.Found) is { } linksNote) Notes.Add(linksNote);
        // What the parse made (front matter with positions, for the Model phase's messages) goes now that the site is placed.
        input = null;
        Phase("model", Say.PhaseModelDetail.With(site.Bulletins.Count, site.Pages.Count));
        var theme = Themes.Theme;
        if (diagnostics.HasErrors || theme is null || sink is null) return new PipelineRun(diagnostics, timings, site, Rendered: false, 0);

        // 4 Search, then 5 Render; every file goes to the sink as it is made.
        var made = new CountingSink(sink);
        if (!keep && options.ReuseLastBuild && CacheFolder.File(options, KeptAnalyses.FileName) is { } analysesFile)
            _analyses = new KeptAnalyses(analysesFile, b => Parses.VersionOf(b.SourcePath));
        var manifest = Search.Make(site, theme, themeChanged, made, options.Parallel, _analyses, out var searchDetail);
        _analyses?.DoneReading();
        if (_analyses is not null && CacheFolder.Note(options, _analyses.File, _analyses.Found) is { } analysesNote) Notes.Add(analysesNote);
        Phase("search", searchDetail);
        var settingsAndTheme = new Fingerprint().Add(settings).Add(Themes.Key).Value;
        var rendered = Pages.Render(site, theme, themeChanged, contentFiles, manifest, previous?.Files,
            keep || options.ReuseLastBuild ? b => Parses.VersionOf(b.SourcePath) : null, settingsAndTheme, made, diagnostics, out var renderDetail);
        Phase("render", renderDetail);
        return new PipelineRun(diagnostics, timings, site, Rendered: !diagnostics.HasErrors, rendered)
        {
            AnalysedBulletins = site.Bulletins.Count - (_analyses?.Kept ?? 0),
            ParsedBulletins = parsedCount - (_parses?.Kept ?? 0),
        };
    }

    /// <summary>
    /// Keeps what this build learnt for the next one (the records of its pages and its search analyses); call once its
    /// site is in place. A file that cannot be written is a note, not a failure of a good build.
    /// </summary>
    public void SaveCache()
    {
        Pages.SaveRecords();
        _links?.Save(Notes);
        _links = null;
        Save(_parses, p => p.Save(), p => p.File);
        Save(_analyses, a => a.Save(), a => a.File);
        Dispose();

        void Save<T>(T? kept, Action<T> save, Func<T, string> file) where T : class
        {
            if (kept is null) return;
            try
            {
                save(kept);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Notes.Add(Say.BuildCacheNotSaved.With(CacheFolder.Shown(options, Path.GetDirectoryName(file(kept))!), e.Message));
            }
        }
    }

    /// <summary>Removes what a build that was not put in place started to keep, and closes what it read.</summary>
    public void Dispose()
    {
        _parses?.Dispose();
        _parses = null;
        _analyses?.Dispose();
        _analyses = null;
    }

    private Input LoadAndParse(BuildOptions options, IReadOnlyCollection<string>? changed, DiagnosticBag diagnostics, Action<string, string> phase)
    {
        var sources = Sources.Load(options.SourceRoot, changed, diagnostics);
        var config = SiteConfigReader.Read(sources.Config?.Text, options.BaseUrl, diagnostics);
        var themeChanged = Themes.Load(options.SourceRoot, config, changed, diagnostics);
        phase("load", Say.PhaseLoadDetail.With(sources.BulletinCount, sources.Pages.Count, sources.ContentFiles.Count));

        var readers = ContentReaders.For(sources, config, diagnostics, options.ListLinks);
        if (!keep && options.ReuseLastBuild && CacheFolder.File(options, KeptParses.FileName) is { } parsedFile)
        {
            CacheFolder.RemoveLeftovers(options);
            _parses = new KeptParses(parsedFile);
            _parses.Begin(sources, config, readers.Units, readers.Elections, sources.BulletinCount);
        }
        var parsed = Parses.Parse(sources, config, readers.Bulletins, options.Parallel, diagnostics, _parses, out var detail);
        _parses?.DoneReading();
        // Damaged is known only once the bodies have been read.
        if (_parses is not null && CacheFolder.Note(options, _parses.File, _parses.Found) is { } parsesNote) Notes.Add(parsesNote);
        var pages = readers.ReadPages(sources, diagnostics);
        var tags = TagFileReader.Read(sources.Tags, diagnostics);
        var logo = SiteLogo.Find(config, sources.ContentFiles, diagnostics);
        phase("parse", detail);
        // What every page may show besides the model: the settings as written, the data files, and how this build was asked for.
        var settings = new Fingerprint().Add(sources.Config?.Text).Add(sources.Units?.Text).Add(sources.Elections?.Text).Add(sources.Tags?.Text)
            .Add(options.BaseUrl).Add(options.IncludeDrafts).Add(options.IncludeFuture).Value;
        return new Input(config, themeChanged, readers.Units, readers.Elections, parsed, pages, tags, logo, sources.ContentFiles, settings);
    }

    /// <summary>What the Model phase needs from Load and Parse: only the content files of the sources stay.</summary>
    private sealed record Input(
        SiteConfig Config,
        bool ThemeChanged,
        IReadOnlyList<Unit> Units,
        IReadOnlyList<Election> Elections,
        IReadOnlyList<ParsedBulletin> Bulletins,
        IReadOnlyList<ParsedPage> Pages,
        IReadOnlyList<TagDetails> Tags,
        SiteLogo? Logo,
        IReadOnlyDictionary<string, SourceFile> ContentFiles,
        ulong Settings);
}
