using SiteGen.Configuration;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Loading;
using SiteGen.Messages;
using SiteGen.Text;

namespace SiteGen.Pipeline;

/// <summary>
/// Phase 2's bulletins. A build parses every bulletin and keeps nothing (but, with <paramref name="versions"/>, each
/// one's version, for the pages kept from the last written build); serve keeps each parse with what it depended on and
/// parses again only bulletins whose text, pictures or shared settings changed.
/// </summary>
internal sealed class ParseCache(bool keep, long bodyMemoryBudget, string? bodyFolder, bool versions = false)
{
    private ulong _context;
    private readonly Dictionary<string, Entry> _parsed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ulong> _versions = new(StringComparer.Ordinal);

    /// <summary>Parses the bulletins of <paramref name="sources"/>, in their order; the ones that failed are left out (and reported).</summary>
    /// <param name="detail">What the parse did, for its timing line.</param>
    /// <param name="store">For a build, the bulletins of the last written build to take and this build's to keep; null for none.</param>
    public IReadOnlyList<ParsedBulletin> Parse(SourceSet sources, SiteConfig config, BulletinReader reader, bool parallel, DiagnosticBag diagnostics, KeptParses? store, out string detail)
    {
        if (!keep)
        {
            var bodies = new BodyStore(bodyMemoryBudget, bodyFolder);
            var all = ParseAll(sources, reader, bodies, versions ? _versions : null, Settings(sources, config), store, parallel, diagnostics);
            if (bodies.Problem is { } problem)
                diagnostics.Warning(new SourcePosition(bodies.Folder, 0, 0), DiagnosticCodes.BodyFolderUnusable, Say.BodyFolderUnusable.With(bodies.Folder, problem));
            detail = bodies.Spilled == 0 ? Say.PhaseParseDetail.With(all.Length) : Say.PhaseParseSpilled.With(all.Length, bodies.Spilled / 1048576);
            if (store is not null) detail += "; " + Say.PhaseParseKept.With(store.Kept, all.Length);
            return all;
        }
        var reparsed = Update(sources, config, reader, parallel);
        var parsed = new List<ParsedBulletin>(sources.Bulletins.Count);
        foreach (var source in sources.Bulletins)
        {
            var entry = _parsed[source.Path];
            diagnostics.AddRange(entry.Diagnostics);
            if (entry.Bulletin is not null) parsed.Add(entry.Bulletin);
        }
        detail = Say.PhaseParseAgain.With(reparsed, sources.Bulletins.Count);
        return parsed;
    }

    /// <summary>
    /// Parses every bulletin in parallel, the read ones and then those left unread (each read here and dropped once
    /// parsed), and hands their bodies to <paramref name="bodies"/>: what stays in memory is each bulletin's front matter
    /// (and its version, into <paramref name="versions"/> when given).
    /// </summary>
    private static ParsedBulletin[] ParseAll(SourceSet sources, BulletinReader reader, BodyStore bodies, Dictionary<string, ulong>? versions, ulong settings, KeptParses? store, bool parallel, DiagnosticBag diagnostics)
    {
        var (read, unread) = (sources.Bulletins, sources.UnreadBulletins);
        var parsed = new ParsedBulletin?[read.Count + unread.Count];
        var versionOf = versions is null ? null : new ulong[parsed.Length];
        Parallel.For(0, parsed.Length, Parallelism(parallel), i =>
        {
            var file = i < read.Count ? null : unread[i - read.Count];
            var stamp = file?.Stamp;
            ParsedBulletin? bulletin;
            ulong text;
            if (store is not null && stamp is not null && store.FindUnchanged(file!.Path, stamp.Value, out text) is { } same)
            {
                // Its file has the length and time it had when the last build read it: taken without reading it.
                bulletin = same.Bulletin;
                diagnostics.AddRange(same.Reported);
                store.Keep(i, text, stamp, bulletin, same.Reported);
            }
            else
            {
                if ((file is null ? read[i] : file.Read(diagnostics)) is not { } source) return;
                text = store is null && versionOf is null ? 0 : Fingerprint.Of(source.Text);
                if (store is null) bulletin = reader.Read(source, diagnostics);
                else
                {
                    // Taken from the last build or parsed, and kept for the next with what it reported.
                    var local = new DiagnosticBag();
                    bulletin = store.Find(source, text, local) ?? reader.Read(source, local);
                    var reported = local.ToSortedList();
                    diagnostics.AddRange(reported);
                    if (bulletin is not null) store.Keep(i, text, stamp, bulletin, reported);
                }
            }
            if (bulletin is not null && versionOf is not null) versionOf[i] = Version(text, bulletin, settings);
            bulletin?.Body.KeepIn(bodies);
            parsed[i] = bulletin;
        });
        if (versions is not null)
            for (var i = 0; i < parsed.Length; i++)
                if (parsed[i] is { } bulletin) versions[bulletin.SourcePath] = versionOf![i];
        return parsed.OfType<ParsedBulletin>().ToArray();
    }

    /// <summary>
    /// A bulletin's version as its pages show it: what its parse was made from, its text and the pictures it shows (their
    /// sizes are in the page), and the settings of every parse (<paramref name="settings"/>; raw HTML allowed or not
    /// changes a body's text as much as its file does).
    /// </summary>
    /// <param name="text">The fingerprint of its text (<see cref="Fingerprint.Of"/>).</param>
    private static ulong Version(ulong text, ParsedBulletin? bulletin, ulong settings)
    {
        var version = new Fingerprint().Add(text).Add(settings);
        foreach (var picture in bulletin is null ? [] : bulletin.Files)
            version.Add(picture.SourcePath).Add(picture.Image?.Width ?? -1).Add(picture.Image?.Height ?? -1).Add((long)(picture.Image?.Format ?? 0));
        return version.Value;
    }

    /// <summary>Parses the bulletins that are new or whose text changed; returns how many.</summary>
    private int Update(SourceSet sources, SiteConfig config, BulletinReader reader, bool parallel)
    {
        // What a parse depends on besides the file: Markdown settings, dates' time zone, the units and elections it
        // names, and which files exist (images). The pictures it uses are checked per bulletin below.
        var settings = Settings(sources, config);
        var context = new Fingerprint().Add(settings);
        foreach (var path in sources.ContentFiles.Keys.Order(StringComparer.Ordinal)) context.Add(path);
        if (context.Value != _context) _parsed.Clear();
        _context = context.Value;

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

        var results = new Entry[todo.Count];
        Parallel.For(0, todo.Count, Parallelism(parallel), i =>
        {
            var local = new DiagnosticBag();
            var bulletin = reader.Read(todo[i], local);
            var uses = bulletin is null ? [] : bulletin.Files.Select(r => (r.SourcePath, sources.ContentFiles[r.SourcePath].Bytes)).ToArray();
            results[i] = new Entry(todo[i], Version(Fingerprint.Of(todo[i].Text), bulletin, settings), bulletin, local.ToSortedList(), uses);
        });
        foreach (var entry in results) _parsed[entry.Source.Path] = entry;
        return todo.Count;
    }

    /// <summary>What every parse depends on besides its file: the Markdown settings, dates' time zone, and the units and elections bulletins name.</summary>
    internal static ulong Settings(SourceSet sources, SiteConfig config) =>
        new Fingerprint().Add(config.UnsafeHtml).Add(config.BasePath).Add(config.TimeZoneId).Add(sources.Units?.Text).Add(sources.Elections?.Text).Value;

    /// <summary>The version of a kept bulletin (or, in a build that keeps versions, of any) as its pages show it.</summary>
    public ulong VersionOf(string sourcePath) => keep ? _parsed[sourcePath].Version : _versions[sourcePath];

    private static ParallelOptions Parallelism(bool parallel) => new() { MaxDegreeOfParallelism = parallel ? Environment.ProcessorCount : 1 };

    private static bool SameBytes(byte[] a, byte[] b) => ReferenceEquals(a, b) || a.AsSpan().SequenceEqual(b);

    /// <param name="Version">The version of the bulletin as its pages show it.</param>
    /// <param name="Uses">The files under content/ it uses (pictures), with their bytes when it was parsed.</param>
    private sealed record Entry(SourceText Source, ulong Version, ParsedBulletin? Bulletin, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<(string Path, byte[] Bytes)> Uses);
}
