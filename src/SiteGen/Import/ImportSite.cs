using SiteGen.Configuration;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Loading;
using SiteGen.Model;

namespace SiteGen.Import;

/// <summary>
/// The site an import writes into, read the way a build reads it: settings (time zone), units, elections, the tags its
/// bulletins use; and a check that a new bulletin would build, run with the build's own Parse and Model phases.
/// </summary>
public sealed class ImportSite
{
    private readonly MarkdownRenderer _markdown;
    private readonly ResourceResolver _resources;
    private readonly IReadOnlyList<ParsedBulletin> _bulletins;
    private readonly IReadOnlyList<ParsedPage> _pages;

    private ImportSite(string root, SiteConfig config, IReadOnlyList<Unit> units, IReadOnlyList<Election> elections,
        IReadOnlyList<ParsedBulletin> bulletins, IReadOnlyList<ParsedPage> pages, MarkdownRenderer markdown, ResourceResolver resources,
        IReadOnlyList<Diagnostic> problems)
    {
        Root = root;
        Config = config;
        Units = units;
        Elections = elections;
        _bulletins = bulletins;
        _pages = pages;
        _markdown = markdown;
        _resources = resources;
        Problems = problems;
    }

    public string Root { get; }

    public SiteConfig Config { get; }

    public IReadOnlyList<Unit> Units { get; }

    public IReadOnlyList<Election> Elections { get; }

    /// <summary>Errors in sitegen.yaml, units.yaml or elections.yaml: an import cannot be checked until they are fixed.</summary>
    public IReadOnlyList<Diagnostic> Problems { get; }

    /// <summary>Every tag the site's bulletins use, as written, sorted.</summary>
    public IReadOnlyList<string> Tags => _bulletins.SelectMany(b => b.Meta.Tags.Select(t => t.Value)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();

    public static ImportSite Load(string sourceRoot)
    {
        var diagnostics = new DiagnosticBag();
        var sources = SourceLoader.Load(sourceRoot, diagnostics);
        var config = SiteConfigReader.Read(sources.Config?.Text, null, diagnostics);
        var units = DataFileReader.ReadUnits(sources.Units, diagnostics);
        var elections = DataFileReader.ReadElections(sources.Elections, diagnostics);
        var problems = diagnostics.ToSortedList().Where(d => d.IsError).ToArray();

        // Existing bulletins are parsed for their tags and addresses; their own problems are the build's business, not the import's.
        var ignored = new DiagnosticBag();
        var resources = new ResourceResolver(sources.ContentFiles);
        var markdown = new MarkdownRenderer(config.UnsafeHtml, resources, config.BasePath);
        var reader = new BulletinReader(markdown, resources, new ReferenceCatalog(units, elections), config.TimeZone);
        var bulletins = sources.Bulletins.Select(b => reader.Read(b, ignored)).OfType<ParsedBulletin>().ToArray();
        var pageReader = new PageReader(markdown);
        var pages = sources.Pages.Select(p => pageReader.Read(p, ignored)).OfType<ParsedPage>().ToArray();
        return new ImportSite(Path.GetFullPath(sourceRoot), config, units, elections, bulletins, pages, markdown, resources, problems);
    }

    /// <summary>
    /// What a build would say about <paramref name="text"/> written at <paramref name="path"/> (relative to the site):
    /// front matter, references, Markdown, and addresses shared with another bulletin. Empty when it builds cleanly.
    /// </summary>
    public IReadOnlyList<Diagnostic> Check(string path, string text, DateTimeOffset now)
    {
        var diagnostics = new DiagnosticBag();
        var reader = new BulletinReader(_markdown, _resources, new ReferenceCatalog(Units, Elections), Config.TimeZone);
        var parsed = reader.Read(new SourceText(path, text), diagnostics);
        if (parsed is not null)
        {
            var model = new DiagnosticBag();
            var options = new BuildOptions { SourceRoot = Root, Now = now, IncludeDrafts = true, IncludeFuture = true };
            var others = _bulletins.Where(b => b.SourcePath != path).ToList();
            SiteModelBuilder.Build(Config, Units, Elections, [.. others, parsed], _pages, options, model);
            diagnostics.AddRange(model.ToSortedList().Where(d => d.Path == path || d.Message.Contains(path, StringComparison.Ordinal)));
        }
        return diagnostics.ToSortedList();
    }

    /// <summary>Today's date in the site's time zone.</summary>
    public DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, Config.TimeZone).DateTime);
}
