using SiteGen.Diagnostics;
using SiteGen.Loading;

namespace SiteGen.Pipeline;

/// <summary>
/// Phase 1's files. A build finds every file and reads it when it is used (the parse reads the bulletins one by one), keeping nothing;
/// serve keeps the files and reads again only those that changed.
/// </summary>
internal sealed class SourceCache(bool keep)
{
    private SourceSet? _sources;
    private bool _needsFullLoad = true;
    private IReadOnlyList<Diagnostic> _diagnostics = [];

    /// <summary>The files of the last load, when they are kept.</summary>
    public SourceSet? Current => _sources;

    /// <param name="changed">Paths relative to the source folder that changed since the last load; null when unknown (all are read).</param>
    public SourceSet Load(string sourceRoot, IReadOnlyCollection<string>? changed, DiagnosticBag diagnostics)
    {
        if (!keep) return SourceLoader.Load(sourceRoot, diagnostics, readAll: false);
        if (!_needsFullLoad && _sources is not null && changed is not null)
        {
            var local = new DiagnosticBag();
            if (SourceLoader.Update(_sources, sourceRoot, changed, local) is { } updated)
                return Keep(updated, local, diagnostics);
        }
        var all = new DiagnosticBag();
        return Keep(SourceLoader.Load(sourceRoot, all), all, diagnostics);
    }

    private SourceSet Keep(SourceSet sources, DiagnosticBag found, DiagnosticBag diagnostics)
    {
        _sources = sources;
        _diagnostics = found.ToSortedList();
        // A problem found while loading (an unreadable file) is found again only by a full load, so keep doing those until it is gone.
        _needsFullLoad = _diagnostics.Count > 0;
        diagnostics.AddRange(_diagnostics);
        return sources;
    }
}
