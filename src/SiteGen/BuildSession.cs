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

/// <summary>
/// A site kept in memory and built again after its files change, doing only the work the change needs: files that
/// changed are read again, bulletins whose text changed are parsed again, the model is rebuilt (keeping the previous
/// links between bulletins when none moved), and only pages whose inputs changed are rendered (see <see cref="PageKeys"/>).
/// The result equals a full build's, byte for byte.
/// Not thread-safe: one build at a time.
/// </summary>
public sealed class BuildSession(BuildOptions options, TimeProvider? clock = null)
{
    private SourceSet? _sources;
    private bool _sourcesNeedFullLoad = true;
    private IReadOnlyList<Diagnostic> _loadDiagnostics = [];
    private (string Theme, string Language)? _themeFor;
    private ulong _themeKey;
    private Theme? _theme;
    private IReadOnlyList<Diagnostic> _themeDiagnostics = [];
    private ulong _parseContext;
    private readonly Dictionary<string, ParseEntry> _parsed = new(StringComparer.Ordinal);
    private GoodBuild? _good;
    private readonly ImageResizer _images = ImageResizer.For(options);

    public BuildOptions Options { get; } = options;

    /// <summary>
    /// Keep the last search index through rebuilds and bring it up to date afterwards (<see cref="RefreshSearchAsync"/>),
    /// so an edit reaches the open page without waiting for the index of the whole site. <c>sitegen serve</c> sets it.
    /// </summary>
    public bool DeferSearch { get; init; }

    /// <summary>True when the served search index is older than the site (see <see cref="DeferSearch"/>).</summary>
    public bool SearchIsStale { get; private set; }

    private SearchIndex? _search;

    /// <summary>The files of the last build without errors, by output path; empty before the first.</summary>
    public IReadOnlyDictionary<string, OutputFile> Files => _good?.Files ?? new Dictionary<string, OutputFile>();

    /// <summary>Builds the site, reusing what the files at <paramref name="changed"/> (paths relative to the source folder) did not affect.</summary>
    /// <param name="changed">What changed since the last build; null when unknown, which re-reads every file (and still re-renders only what changed).</param>
    public BuildUpdate Build(IReadOnlyCollection<string>? changed = null)
    {
        var options = clock is null ? Options : Options with { Now = clock.GetLocalNow() };
        var diagnostics = new DiagnosticBag();
        var timings = new List<PhaseTiming>();
        var watch = Stopwatch.StartNew();
        void Phase(string name, string detail)
        {
            timings.Add(new PhaseTiming(name, watch.Elapsed, detail));
            watch.Restart();
        }

        // 1 Load: only the changed files, when the session knows which.
        Load(changed);
        diagnostics.AddRange(_loadDiagnostics);
        var sources = _sources!;
        var config = SiteConfigReader.Read(sources.Config?.Text, options.BaseUrl, diagnostics);
        var themeChanged = false;
        if (changed is null || _theme is null || _themeFor != (config.Theme, config.Language) || changed.Any(p => p.StartsWith("themes/", StringComparison.Ordinal)))
            themeChanged = LoadTheme(config);
        diagnostics.AddRange(_themeDiagnostics);
        Phase("load", Say.PhaseLoadBulletins.With(sources.Bulletins.Count));

        // 2 Parse: bulletins whose text is unchanged keep their parse.
        var readers = ContentReaders.For(sources, config, diagnostics);
        var reparsed = Parse(sources, config, readers.Bulletins, options.Parallel);
        var parsed = new List<ParsedBulletin>(sources.Bulletins.Count);
        foreach (var source in sources.Bulletins)
        {
            var entry = _parsed[source.Path];
            diagnostics.AddRange(entry.Diagnostics);
            if (entry.Bulletin is not null) parsed.Add(entry.Bulletin);
        }
        var pages = readers.ReadPages(sources, diagnostics);
        var tags = TagFileReader.Read(sources.Tags, diagnostics);
        var logo = SiteLogo.Find(config, sources.ContentFiles, diagnostics);
        Phase("parse", Say.PhaseParseAgain.With(reparsed, sources.Bulletins.Count));

        // 3 Model
        var site = SiteModelBuilder.Build(config, readers.Units, readers.Elections, parsed, pages, options, diagnostics, _good?.Site, tags) with { Logo = logo };
        Phase("model", Say.PhaseModelDetail.With(site.Bulletins.Count, site.Pages.Count));
        if (diagnostics.HasErrors || _theme is null) return Failed(diagnostics, timings, site);

        // 4 Render: the search index, then only pages whose fingerprint changed.
        SearchIndex search;
        if (DeferSearch && _search is not null && !themeChanged)
        {
            search = _search;
            SearchIsStale = true;
            Phase("search", Say.PhaseSearchKept);
        }
        else
        {
            search = _search = SearchIndexBuilder.Build(site, _theme.Glossary, options.Parallel);
            SearchIsStale = false;
            Phase("search", Say.PhaseSearchFiles.With(search.Files.Count));
        }
        var keys = PageKeys.Of(site, b => _parsed[b.SourcePath].Hash, search.ManifestPath);
        var previous = themeChanged || _good is null || _good.SiteKey != keys.Site ? null : _good;
        var renderer = new SiteRenderer(site, _theme, sources.ContentFiles, _images, options.Parallel, search.ManifestPath);
        var toRender = new List<int>();
        var files = new Dictionary<string, OutputFile>(site.Pages.Count + _theme.Assets.Count, StringComparer.Ordinal);
        for (var i = 0; i < site.Pages.Count; i++)
        {
            var path = SitePath.ToFile(site.Pages[i].Path);
            if (previous is not null && previous.PageKeys.TryGetValue(path, out var key) && key == keys.Pages[i])
                files[path] = previous.Files[path];
            else
                toRender.Add(i);
        }
        var rendered = renderer.RenderPages(toRender, options.Parallel, diagnostics);
        _images.Report(diagnostics);
        if (diagnostics.HasErrors) return Failed(diagnostics, timings, site);
        foreach (var file in rendered) files[file!.Path] = file;
        foreach (var file in renderer.CopiedFiles()) files[file.Path] = file;
        foreach (var file in search.Files) files[file.Path] = file;
        Phase("render", Say.PhaseRenderAgain.With(toRender.Count, site.Pages.Count));

        var changedFiles = Changes(_good?.Files, files);
        var pageKeys = new Dictionary<string, ulong>(site.Pages.Count, StringComparer.Ordinal);
        for (var i = 0; i < site.Pages.Count; i++) pageKeys[SitePath.ToFile(site.Pages[i].Path)] = keys.Pages[i];
        var list = Sorted(files, _good?.List);
        _good = new GoodBuild(site, keys.Site, pageKeys, files, list);
        return new BuildUpdate(new BuildResult(diagnostics.ToSortedList(), list, timings, site), changedFiles, toRender.Count);
    }

    /// <summary>
    /// Builds the search index of the last good build on a background thread (one core, leaving the other for edits).
    /// Safe to run while <see cref="Build"/> runs: it reads only that build's immutable site. Apply the result with <see cref="ApplySearch"/>.
    /// </summary>
    /// <param name="cancel">Stops the refresh (the task ends cancelled) when a newer edit makes it outdated.</param>
    public Task<SearchRefresh> RefreshSearchAsync(CancellationToken cancel = default)
    {
        var good = _good ?? throw new InvalidOperationException("There is no good build to index yet.");
        var glossary = _theme!.Glossary;
        return Task.Run(() => new SearchRefresh(good, SearchIndexBuilder.Build(good.Site, glossary, parallel: false, cancel)), cancel);
    }

    /// <summary>
    /// Puts a refreshed search index into the site and renders the search page again; null when a later build made
    /// the refresh outdated (start another).
    /// </summary>
    public BuildUpdate? ApplySearch(SearchRefresh refresh)
    {
        var good = _good;
        if (good is null || !ReferenceEquals(refresh.Build, good) || _theme is null || _sources is null) return null;
        var clock = Stopwatch.StartNew();
        var index = refresh.Index;
        var files = new Dictionary<string, OutputFile>(good.Files, StringComparer.Ordinal);
        foreach (var path in good.Files.Keys.Where(p => p.StartsWith(SearchIndexBuilder.Folder, StringComparison.Ordinal)))
            files.Remove(path);
        foreach (var file in index.Files) files[file.Path] = file;

        var site = good.Site;
        var searchPage = Enumerable.Range(0, site.Pages.Count).First(i => site.Pages[i].Kind == PageKind.Search);
        var renderer = new SiteRenderer(site, _theme, _sources.ContentFiles, _images, parallel: false, index.ManifestPath);
        var diagnostics = new DiagnosticBag();
        var rendered = renderer.RenderPages([searchPage], parallel: false, diagnostics);
        if (rendered[0] is not { } page) return null; // the theme failed on it; the next build reports why
        files[page.Path] = page;

        var pageKeys = new Dictionary<string, ulong>(good.PageKeys, StringComparer.Ordinal)
        {
            [page.Path] = PageKeys.OfSearchPage(site.Pages[searchPage], index.ManifestPath),
        };
        var changed = Changes(good.Files, files);
        var list = Sorted(files, null);
        _good = good with { PageKeys = pageKeys, Files = files, List = list };
        _search = index;
        SearchIsStale = false;
        var timings = new[] { new PhaseTiming("search", clock.Elapsed, Say.PhaseSearchPlaced.With(index.Files.Count)) };
        return new BuildUpdate(new BuildResult(diagnostics.ToSortedList(), list, timings, site), changed, 1);
    }

    /// <summary>Reads the theme and compiles it when its files differ from the last ones; true when they did.</summary>
    private bool LoadTheme(SiteConfig config)
    {
        var diagnostics = new DiagnosticBag();
        var source = ThemeLoader.Load(Options.SourceRoot, config.Theme, diagnostics);
        var key = new Fingerprint().Add(config.Theme).Add(config.Language);
        if (source is not null)
        {
            foreach (var file in source.Templates.Concat(source.Translations)) key.Add(file.Path).Add(file.Text);
            foreach (var asset in source.Assets) key.Add(asset.Path).Add(asset.Bytes);
        }
        var loadProblems = diagnostics.ToSortedList();
        if (_theme is not null && key.Value == _themeKey && loadProblems.Count == 0) return false;
        _theme = source is null ? null : Theme.Compile(source, config.Language, diagnostics);
        _themeDiagnostics = diagnostics.ToSortedList();
        _themeFor = (config.Theme, config.Language);
        _themeKey = key.Value;
        return true;
    }

    private void Load(IReadOnlyCollection<string>? changed)
    {
        if (!_sourcesNeedFullLoad && _sources is not null && changed is not null)
        {
            var local = new DiagnosticBag();
            if (SourceLoader.Update(_sources, Options.SourceRoot, changed, local) is { } updated)
            {
                _sources = updated;
                _loadDiagnostics = local.ToSortedList();
                _sourcesNeedFullLoad = _loadDiagnostics.Count > 0;
                return;
            }
        }
        var diagnostics = new DiagnosticBag();
        _sources = SourceLoader.Load(Options.SourceRoot, diagnostics);
        _loadDiagnostics = diagnostics.ToSortedList();
        // A problem found while loading (an unreadable file) is found again only by a full load, so keep doing those until it is gone.
        _sourcesNeedFullLoad = _loadDiagnostics.Count > 0;
    }

    /// <summary>Parses the bulletins that are new or whose text changed; returns how many.</summary>
    private int Parse(SourceSet sources, SiteConfig config, BulletinReader reader, bool parallel)
    {
        // What a parse depends on besides the file: Markdown settings, dates' time zone, the units and elections it
        // names, and which files exist (images). The pictures it uses are checked per bulletin below.
        var context = new Fingerprint().Add(config.UnsafeHtml).Add(config.BasePath).Add(config.TimeZoneId)
            .Add(sources.Units?.Text).Add(sources.Elections?.Text);
        foreach (var path in sources.ContentFiles.Keys.Order(StringComparer.Ordinal)) context.Add(path);
        if (context.Value != _parseContext) _parsed.Clear();
        _parseContext = context.Value;

        var current = new HashSet<string>(StringComparer.Ordinal);
        var todo = new List<SourceText>();
        foreach (var source in sources.Bulletins)
        {
            current.Add(source.Path);
            if (_parsed.TryGetValue(source.Path, out var entry) && (ReferenceEquals(entry.Source, source) || entry.Source.Text == source.Text)
                && entry.Uses.All(used => sources.ContentFiles.TryGetValue(used.Path, out var file) && SameBytes(file.Bytes, used.Bytes)))
                continue;
            todo.Add(source);
        }
        foreach (var gone in _parsed.Keys.Where(k => !current.Contains(k)).ToArray()) _parsed.Remove(gone);

        var results = new ParseEntry[todo.Count];
        Parallel.For(0, todo.Count, new ParallelOptions { MaxDegreeOfParallelism = parallel ? Environment.ProcessorCount : 1 }, i =>
        {
            var local = new DiagnosticBag();
            var bulletin = reader.Read(todo[i], local);
            var uses = bulletin is null ? [] : bulletin.Body.Resources.Append(bulletin.Image).OfType<Resource>().DistinctBy(r => r.SourcePath)
                .Select(r => (r.SourcePath, sources.ContentFiles[r.SourcePath].Bytes, r.Image)).ToArray();
            // The version pages see: the text, and the size of each picture it shows (its width and height are in the page).
            var version = new Fingerprint().Add(todo[i].Text);
            foreach (var (path, _, image) in uses) version.Add(path).Add(image?.Width ?? -1).Add(image?.Height ?? -1).Add((long)(image?.Format ?? 0));
            results[i] = new ParseEntry(todo[i], version.Value, bulletin, local.ToSortedList(), uses.Select(u => (u.SourcePath, u.Bytes)).ToArray());
        });
        foreach (var entry in results) _parsed[entry.Source.Path] = entry;
        return todo.Count;
    }

    /// <summary>The files in path order; when the paths are those of the last build, in its order without sorting again.</summary>
    private static OutputFile[] Sorted(Dictionary<string, OutputFile> files, OutputFile[]? previous)
    {
        if (previous is not null && previous.Length == files.Count)
        {
            var list = new OutputFile[previous.Length];
            var same = true;
            for (var i = 0; i < list.Length && same; i++)
                same = files.TryGetValue(previous[i].Path, out list[i]!);
            if (same) return list;
        }
        return files.Values.OrderBy(f => f.Path, StringComparer.Ordinal).ToArray();
    }

    private static IReadOnlyList<string> Changes(IReadOnlyDictionary<string, OutputFile>? before, Dictionary<string, OutputFile> after)
    {
        if (before is null) return after.Keys.Order(StringComparer.Ordinal).ToArray();
        var changed = new List<string>();
        foreach (var (path, file) in after)
            if (!before.TryGetValue(path, out var old) || (!ReferenceEquals(old.Bytes, file.Bytes) && !old.Bytes.AsSpan().SequenceEqual(file.Bytes)))
                changed.Add(path);
        changed.AddRange(before.Keys.Where(p => !after.ContainsKey(p)));
        changed.Sort(StringComparer.Ordinal);
        return changed;
    }

    private static BuildUpdate Failed(DiagnosticBag diagnostics, List<PhaseTiming> timings, Site site) =>
        new(new BuildResult(diagnostics.ToSortedList(), [], timings, site), [], 0);

    private static bool SameBytes(byte[] a, byte[] b) => ReferenceEquals(a, b) || a.AsSpan().SequenceEqual(b);

    /// <param name="Hash">The version of the bulletin as its pages show it.</param>
    /// <param name="Uses">The files under content/ it uses (pictures), with their bytes when it was parsed.</param>
    private sealed record ParseEntry(SourceText Source, ulong Hash, ParsedBulletin? Bulletin, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<(string Path, byte[] Bytes)> Uses);

    private sealed record GoodBuild(Site Site, ulong SiteKey, IReadOnlyDictionary<string, ulong> PageKeys, IReadOnlyDictionary<string, OutputFile> Files, OutputFile[] List);
}
