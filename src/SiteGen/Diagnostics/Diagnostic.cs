using SiteGen.Text;

namespace SiteGen.Diagnostics;

/// <summary>One problem found in the input, with the place it was found and how to fix it.</summary>
/// <param name="Path">Path relative to the source folder, with forward slashes.</param>
/// <param name="Line">1-based line, or 0 when the problem concerns the whole file.</param>
/// <param name="Column">1-based column, or 0 when unknown.</param>
public sealed record Diagnostic(string Path, int Line, int Column, Severity Severity, string Code, string Message)
{
    public bool IsError => Severity == Severity.Error;

    /// <summary>The correction that removes the problem when it is unambiguous (<c>sitegen check --fix</c> makes it); otherwise null.</summary>
    public LineFix? Fix { get; init; }

    /// <summary>The compiler-style form: <c>path:line:col: error SG0001: message</c>, the severity in the language SiteGen speaks; invisible and bidi characters quoted from the input are shown as <c>&lt;U+202E&gt;</c>, so they cannot disguise the message.</summary>
    public override string ToString()
    {
        var severity = Severity == Severity.Error ? Messages.Say.SeverityError : Messages.Say.SeverityWarning;
        return $"{TextSafety.Visible(Path)}:{Math.Max(Line, 1)}:{Math.Max(Column, 1)}: {severity} {Code}: {TextSafety.Visible(Message)}";
    }

    /// <summary>Orders diagnostics by file, then position, then code, so output never depends on thread timing.</summary>
    public static int Compare(Diagnostic a, Diagnostic b)
    {
        var c = string.CompareOrdinal(a.Path, b.Path);
        if (c != 0) return c;
        c = a.Line.CompareTo(b.Line);
        if (c != 0) return c;
        c = a.Column.CompareTo(b.Column);
        if (c != 0) return c;
        c = string.CompareOrdinal(a.Code, b.Code);
        return c != 0 ? c : string.CompareOrdinal(a.Message, b.Message);
    }
}
