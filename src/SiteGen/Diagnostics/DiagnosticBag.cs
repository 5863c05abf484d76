namespace SiteGen.Diagnostics;

/// <summary>Collects diagnostics from every phase; safe to add to from parallel work.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _lock = new();

    public void Add(Diagnostic diagnostic)
    {
        lock (_lock) _items.Add(diagnostic);
    }

    public void Error(SourcePosition at, string code, string message, LineFix? fix = null) =>
        Add(new Diagnostic(at.Path, at.Line, at.Column, Severity.Error, code, message) { Fix = fix });

    public void Warning(SourcePosition at, string code, string message, LineFix? fix = null) =>
        Add(new Diagnostic(at.Path, at.Line, at.Column, Severity.Warning, code, message) { Fix = fix });

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        lock (_lock) _items.AddRange(diagnostics);
    }

    public bool HasErrors
    {
        get { lock (_lock) return _items.Exists(d => d.IsError); }
    }

    /// <summary>All diagnostics so far, sorted by file and position, duplicates removed.</summary>
    public IReadOnlyList<Diagnostic> ToSortedList()
    {
        List<Diagnostic> copy;
        lock (_lock) copy = [.. _items.Distinct()];
        copy.Sort(Diagnostic.Compare);
        return copy;
    }
}
