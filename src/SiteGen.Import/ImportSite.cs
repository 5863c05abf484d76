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
public sealed partial class ImportSite
{
    private readonly SourceSet _sources;
    private readonly ContentReaders _readers;
    private readonly List<ParsedBulletin> _bulletins;
    private Dictionary<string, string>? _byText;
    private readonly IReadOnlyList<ParsedPage> _pages;

    private ImportSite(string root, SiteConfig config, SourceSet sources, ContentReaders readers, IReadOnlyList<ParsedBulletin> bulletins,
        IReadOnlyList<ParsedPage> pages, IReadOnlyList<Diagnostic> problems)
    {
        Root = root;
        Config = config;
        _sources = sources;
        _readers = readers;
        _bulletins = [.. bulletins];
        _pages = pages;
        Problems = problems;
    }

    public string Root { get; }

    public SiteConfig Config { get; }

    public IReadOnlyList<Unit> Units => _readers.Units;

    public IReadOnlyList<Election> Elections => _readers.Elections;

    /// <summary>Errors in sitegen.yaml, units.yaml or elections.yaml: an import cannot be checked until they are fixed.</summary>
    public IReadOnlyList<Diagnostic> Problems { get; }

    /// <summary>Every tag the site's bulletins use, as written, sorted.</summary>
    public IReadOnlyList<string> Tags => _bulletins.SelectMany(b => b.Meta.Tags.Select(t => t.Value)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();

    public static ImportSite Load(string sourceRoot)
    {
        var diagnostics = new DiagnosticBag();
        var sources = SourceLoader.Load(sourceRoot, diagnostics);
        var config = SiteConfigReader.Read(sources.Config?.Text, null, diagnostics);
        var readers = ContentReaders.For(sources, config, diagnostics);
        var problems = diagnostics.ToSortedList().Where(d => d.IsError).ToArray();

        // Existing bulletins are parsed for their tags and addresses; their own problems are the build's business, not the import's.
        var ignored = new DiagnosticBag();
        var bulletins = sources.Bulletins.Select(b => readers.Bulletins.Read(b, ignored)).OfType<ParsedBulletin>().ToArray();
        var pages = readers.ReadPages(sources, ignored);
        return new ImportSite(Path.GetFullPath(sourceRoot), config, sources, readers, bulletins, pages, problems);
    }

    /// <summary>
    /// What a build would say about <paramref name="text"/> written at <paramref name="path"/> (relative to the site):
    /// front matter, references, Markdown, and addresses shared with another bulletin. Empty when it builds cleanly.
    /// </summary>
    /// <param name="files">Files to be written with it (its picture), as if they were in content/ already.</param>
    public IReadOnlyList<Diagnostic> Check(string path, string text, DateTimeOffset now, IReadOnlyList<SourceFile>? files = null)
    {
        var diagnostics = new DiagnosticBag();
        var readers = _readers;
        if (files is { Count: > 0 })
        {
            var content = new Dictionary<string, SourceFile>(_sources.ContentFiles, StringComparer.Ordinal);
            foreach (var file in files) content[file.Path] = file;
            readers = ContentReaders.For(_sources with { ContentFiles = content }, Config, new DiagnosticBag());
        }
        var parsed = readers.Bulletins.Read(new SourceText(path, text), diagnostics);
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

    /// <summary>
    /// The bulletin of the site that already holds the text of <paramref name="text"/> (its words, whatever the front matter and
    /// the Markdown around them), or null: a release imported before is recognised, not written twice.
    /// </summary>
    public string? HoldingSameText(string path, string text)
    {
        var parsed = _readers.Bulletins.Read(new SourceText(path, text), new DiagnosticBag());
        if (parsed is null) return null;
        if (_byText is null)
        {
            _byText = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var bulletin in _bulletins.OrderBy(b => b.SourcePath, StringComparer.Ordinal)) _byText.TryAdd(Fingerprint(bulletin), bulletin.SourcePath);
        }
        return _byText.TryGetValue(Fingerprint(parsed), out var existing) ? existing : null;
    }

    /// <summary>Counts a bulletin just written as one of the site's, so the next import of a folder sees its address and its text.</summary>
    public void Add(string path, string text)
    {
        var parsed = _readers.Bulletins.Read(new SourceText(path, text), new DiagnosticBag());
        if (parsed is null) return;
        _bulletins.Add(parsed);
        _byText?.TryAdd(Fingerprint(parsed), path);
    }

    /// <summary>The body's words, small letters, one space apart, hashed: the same release read from .docx, .pdf or text gives the same.</summary>
    private static string Fingerprint(ParsedBulletin bulletin)
    {
        var words = new System.Text.StringBuilder();
        foreach (var word in Words().EnumerateMatches(bulletin.Body.PlainText))
            words.Append(bulletin.Body.PlainText.AsSpan(word.Index, word.Length)).Append(' ');
        return Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(words.ToString().ToLowerInvariant())));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial System.Text.RegularExpressions.Regex Words();

    /// <summary>Today's date in the site's time zone.</summary>
    public DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, Config.TimeZone).DateTime);
}
