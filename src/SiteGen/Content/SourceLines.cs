using SiteGen.Yaml;
using SiteGen.Diagnostics;

namespace SiteGen.Content;

/// <summary>
/// The lines of a file as read (line ends '\n'), for corrections that rewrite one line: a value or a key written at a
/// known place is replaced, and everything else on its line (quotes, comments, spacing) is kept as the writer left it.
/// </summary>
public sealed class SourceLines(string text)
{
    private int[]? _starts;

    /// <summary>Line <paramref name="number"/> (1-based) without its line end; null past the end.</summary>
    public string? Line(int number)
    {
        _starts ??= Starts(text);
        if (number < 1 || number > _starts.Length) return null;
        var start = _starts[number - 1];
        var end = text.IndexOf('\n', start);
        return end < 0 ? text[start..] : text[start..end];
    }

    /// <summary>
    /// The fix that writes <paramref name="replacement"/> where the value or key <paramref name="written"/> stands at
    /// <paramref name="at"/>, in the quotes it was written in (plain text is quoted when it must be); null when the line
    /// does not hold <paramref name="written"/> there on one line.
    /// </summary>
    /// <param name="asIs">Write <paramref name="replacement"/> exactly (a list in brackets), not as one text.</param>
    public LineFix? Replace(SourcePosition at, string written, string replacement, bool asIs = false)
    {
        if (Line(at.Line) is not { } line || Find(line, at.Column - 1, written) is not var (start, length, quote)) return null;
        var value = asIs ? replacement : quote switch
        {
            '"' => YamlText.Quoted(replacement),
            '\'' => "'" + replacement.Replace("'", "''", StringComparison.Ordinal) + "'",
            _ => YamlText.Scalar(replacement),
        };
        var after = string.Concat(line.AsSpan(0, start), value, line.AsSpan(start + length));
        return after == line ? null : new LineFix(at.Line, line, after);
    }

    /// <summary>Where <paramref name="written"/> stands from <paramref name="column"/> (0-based): start, length with its quotes, and the quote used (0 for none).</summary>
    private static (int Start, int Length, char Quote)? Find(string line, int column, string written)
    {
        if (column < 0 || column >= line.Length) return null;
        var quote = line[column];
        if (quote is '"' or '\'')
        {
            var close = column + 1;
            var content = new System.Text.StringBuilder();
            while (close < line.Length)
            {
                var c = line[close];
                if (quote == '"' && c == '\\') return null; // escapes: leave such a value as it was written
                if (c == quote)
                {
                    if (quote == '\'' && close + 1 < line.Length && line[close + 1] == '\'')
                    {
                        content.Append('\'');
                        close += 2;
                        continue;
                    }
                    return content.ToString().Trim() == written.Trim() ? (column, close + 1 - column, quote) : null;
                }
                content.Append(c);
                close++;
            }
            return null;
        }
        return written.Length > 0 && line.AsSpan(column).StartsWith(written, StringComparison.Ordinal) ? (column, written.Length, '\0') : null;
    }

    private static int[] Starts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
            if (text[i] == '\n') starts.Add(i + 1);
        return [.. starts];
    }
}
