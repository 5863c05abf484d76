using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SiteGen.Import;

/// <summary>
/// A release pasted from WhatsApp: its *bold* and _italic_ become Markdown and ~strike~,
/// a chat export's "[20/11/24 10.15] Name:" prefixes go, lines of emoji alone go, emoji that decorate a line's ends go,
/// and lines that open with the same emoji become a list. The words themselves are kept as written.
/// </summary>
public static partial class WhatsAppText
{
    /// <summary>True when the text is shaped by WhatsApp: a line in *bold* or _italics_ from end to end, a forwarded marker or a chat export's prefixes.</summary>
    public static bool Looks(string text)
    {
        foreach (var raw in text.Split('\n'))
        {
            var line = TrimEmoji(raw.Trim());
            if (WholeMarked().IsMatch(line) || Forwarded().IsMatch(line) || ChatPrefix().IsMatch(raw)) return true;
        }
        return false;
    }

    /// <summary>The lines as Markdown, one per line of the text.</summary>
    public static string[] ToMarkdown(string text)
    {
        var lines = text.Split('\n').Select(l => ChatPrefix().Replace(l, "").Trim()).ToArray();
        var result = new string[lines.Length];
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var lead = LeadingEmoji(line);
            var sameBefore = i > 0 && lead.Length > 0 && LeadingEmoji(lines[i - 1]) == lead;
            var sameAfter = i + 1 < lines.Length && lead.Length > 0 && LeadingEmoji(lines[i + 1]) == lead;
            var words = TrimEmoji(line);
            if (words.Length == 0)
            {
                result[i] = "";
                continue;
            }
            // Lines that open with the same emoji (✅ …, ✅ …) are a list the sender made; a lone emoji only decorates its line.
            result[i] = (sameBefore || sameAfter ? "- " : "") + Inline(words);
        }
        return result;
    }

    /// <summary>One line's WhatsApp marks as Markdown, every other character escaped so it shows as written.</summary>
    private static string Inline(string line)
    {
        var markdown = new StringBuilder(line.Length + 8);
        var at = 0;
        foreach (var match in Marked().EnumerateMatches(line))
        {
            markdown.Append(MarkdownText.Escape(line[at..match.Index]));
            var mark = line[match.Index];
            var inner = line.Substring(match.Index + 1, match.Length - 2);
            var escaped = MarkdownText.Escape(inner);
            markdown.Append(mark switch
            {
                '*' => "**" + escaped + "**",
                '_' => "*" + escaped + "*",
                _ => "~~" + escaped + "~~",
            });
            at = match.Index + match.Length;
        }
        markdown.Append(MarkdownText.Escape(line[at..]));
        var text = markdown.ToString();
        // Escape() guards a line's start against headings only when it sees the whole line.
        return at > 0 && (text.StartsWith('#') || text.StartsWith('>')) ? "\\" + text : text;
    }

    /// <summary>The emoji a line opens with ("✅"), or "" when it opens with a word.</summary>
    private static string LeadingEmoji(string line)
    {
        var end = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            if (!IsEmoji(rune)) break;
            end += rune.Utf16SequenceLength;
        }
        return line[..end];
    }

    /// <summary>The line without emoji and spaces at its ends.</summary>
    public static string TrimEmoji(string line)
    {
        var start = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            if (!IsEmoji(rune) && !Rune.IsWhiteSpace(rune)) break;
            start += rune.Utf16SequenceLength;
        }
        var end = line.Length;
        while (end > start)
        {
            var at = char.IsLowSurrogate(line[end - 1]) && end - 2 >= start ? end - 2 : end - 1;
            if (!Rune.TryGetRuneAt(line, at, out var rune) || (!IsEmoji(rune) && !Rune.IsWhiteSpace(rune))) break;
            end = at;
        }
        return line[start..end];
    }

    /// <summary>Pictographs, symbols and the joiners and selectors that build emoji; letters, digits and punctuation are not.</summary>
    private static bool IsEmoji(Rune rune) =>
        rune.Value is 0xFE0F or 0x200D or 0x20E3 || (rune.Value >= 0x1F000 && rune.Value <= 0x1FAFF)
        || (rune.Value >= 0x2190 && Rune.GetUnicodeCategory(rune) == UnicodeCategory.OtherSymbol);

    [GeneratedRegex(@"^([*_~])(?!\s)[^*_~\n]{1,400}(?<!\s)\1$")]
    private static partial Regex WholeMarked();

    /// <summary>A span marked as WhatsApp marks it: the mark after a space or the line's start, before a space, punctuation or the end.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}*_~])([*_~])(?![\s*_~])[^*_~\n]{1,400}?(?<![\s])\1(?![\p{L}\p{N}*_~])")]
    private static partial Regex Marked();

    [GeneratedRegex(@"^(forwarded|diteruskan)(\s+(many times|berkali-kali))?$", RegexOptions.IgnoreCase)]
    private static partial Regex Forwarded();

    /// <summary>"[20/11/24 10.15] Humas Polres Malang: " or "20/11/24 10.15 - Humas: ", as a chat export starts each message.</summary>
    [GeneratedRegex(@"^\s*\[?\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4},?\s+\d{1,2}[.:]\d{2}(?:[.:]\d{2})?(?:\s*[AP]M)?\]?\s*(?:-\s*)?[^:\n]{1,60}:\s", RegexOptions.IgnoreCase)]
    private static partial Regex ChatPrefix();
}
