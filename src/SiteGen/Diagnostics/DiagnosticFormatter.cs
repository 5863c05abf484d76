using System.Text;
using SiteGen.Messages;
using SiteGen.Text;

namespace SiteGen.Diagnostics;

/// <summary>Prints diagnostics for people (compiler style) and for GitHub Actions (workflow annotations).</summary>
public static class DiagnosticFormatter
{
    /// <summary><c>path:line:col: error SG0206: message</c>; continuation lines are indented.</summary>
    public static string Text(Diagnostic diagnostic) => diagnostic.ToString().Replace("\n", "\n    ", StringComparison.Ordinal);

    /// <summary>A GitHub Actions annotation: <c>::error file=…,line=…,col=…,title=SG0206::message</c>.</summary>
    /// <param name="filePath">The file's path as the repository knows it.</param>
    public static string GitHub(Diagnostic diagnostic, string filePath)
    {
        var builder = new StringBuilder();
        builder.Append(diagnostic.IsError ? "::error " : "::warning ");
        builder.Append("file=").Append(EscapeProperty(filePath));
        if (diagnostic.Line > 0) builder.Append(",line=").Append(diagnostic.Line);
        if (diagnostic.Column > 0) builder.Append(",col=").Append(diagnostic.Column);
        builder.Append(",title=").Append(EscapeProperty(diagnostic.Code));
        builder.Append("::").Append(EscapeData(TextSafety.Visible(diagnostic.Message)));
        return builder.ToString();
    }

    /// <summary>"3 errors, 1 warning" ("3 kesalahan, 1 peringatan").</summary>
    public static string Count(int errors, int warnings)
    {
        var template = (errors == 1, warnings == 1) switch
        {
            (true, true) => Say.CountErrorsWarningsOneEach,
            (true, false) => Say.CountErrorsWarningsOneError,
            (false, true) => Say.CountErrorsWarningsOneWarning,
            _ => Say.CountErrorsWarnings,
        };
        return template.With(errors, warnings);
    }

    private static string EscapeData(string text) =>
        text.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private static string EscapeProperty(string text) =>
        EscapeData(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
