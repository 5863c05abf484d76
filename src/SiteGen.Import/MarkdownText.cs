using System.Text;
using System.Text.RegularExpressions;

namespace SiteGen.Import;

/// <summary>Turns literal text into Markdown that shows it word for word, and Markdown back into its plain words.</summary>
public static partial class MarkdownText
{
    /// <summary>Escapes the characters Markdown would read as formatting, leaving web addresses as they are so they still link.</summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        var start = 0;
        while (start < text.Length)
        {
            var end = start;
            while (end < text.Length && !char.IsWhiteSpace(text[end])) end++;
            var word = text[start..end];
            if (IsAddress(word)) builder.Append(word);
            else
                for (var i = 0; i < word.Length; i++)
                {
                    var c = word[i];
                    // A lone tilde ("~50 orang") is text; two together would strike through.
                    if (c is '\\' or '*' or '_' or '`' or '<' or '[' or ']'
                        || (c == '~' && ((i > 0 && word[i - 1] == '~') || (i + 1 < word.Length && word[i + 1] == '~')))
                        || (c == '&' && EntityStart().IsMatch(word.AsSpan(i))))
                        builder.Append('\\');
                    builder.Append(c);
                }
            var next = end;
            while (next < text.Length && char.IsWhiteSpace(text[next])) next++;
            builder.Append(text, end, next - end);
            start = next;
        }
        var escaped = builder.ToString();
        // A '#' or '>' opening a line would make a heading or a quotation of ordinary text ("#", "###" and "# Judul" alike).
        return HeadingStart().IsMatch(escaped) || escaped.StartsWith('>') ? "\\" + escaped : escaped;
    }

    /// <summary>The words of a Markdown block without its markers: emphasis, links, headings, list bullets, table bars, escapes.</summary>
    public static string ToPlain(string markdown)
    {
        var lines = markdown.Split('\n');
        var plain = new StringBuilder(markdown.Length);
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (TableRule().IsMatch(line)) continue;
            line = LineMarker().Replace(line, "");
            if (line.StartsWith('|')) line = line.Trim('|').Replace(" | ", " ", StringComparison.Ordinal).Replace("|", " ", StringComparison.Ordinal);
            line = Image().Replace(line, "");
            line = Link().Replace(line, "$1");
            line = Emphasis().Replace(line, "");
            line = Escaped().Replace(line, "$1");
            if (plain.Length > 0 && line.Length > 0) plain.Append(' ');
            plain.Append(line);
        }
        return Spaces().Replace(plain.ToString(), " ").Trim();
    }

    private static bool IsAddress(string word) =>
        word.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || word.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || word.StartsWith("www.", StringComparison.OrdinalIgnoreCase) || word.StartsWith("(http", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"^#{1,6}(?:[ \t]|$)")]
    private static partial Regex HeadingStart();

    [GeneratedRegex(@"^&#?[A-Za-z0-9]+;")]
    private static partial Regex EntityStart();

    [GeneratedRegex(@"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$")]
    private static partial Regex TableRule();

    [GeneratedRegex(@"^(#{1,6}\s+|>\s?|[-*+]\s+|\d{1,3}[.)]\s+)")]
    private static partial Regex LineMarker();

    // A link starts at a bracket that is not escaped, its text stops at the next such bracket and its address at the next
    // parenthesis, so a line of many '[' or '](' without their ends costs one pass, not one pass per bracket; escaped
    // brackets ("\[1\]") belong to the text.
    [GeneratedRegex(@"(?<!\\)!\[((?:\\.|[^\\\[\]])*)\]\([^()]*\)")]
    private static partial Regex Image();

    [GeneratedRegex(@"(?<!\\)\[((?:\\.|[^\\\[\]])*)\]\([^()]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"(?<!\\)(\*\*|__|~~|\*|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}]))")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"\\([\\`*_~{}\[\]()#+\-.!<>&|])")]
    private static partial Regex Escaped();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
