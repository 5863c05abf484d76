using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;

namespace SiteGen.Content;

/// <summary>
/// Markdig's link parser, with the part after <c>](</c> bounded so that a text cannot make it slow. Markdig scans an
/// unclosed <c>(</c> to the end of the address or the paragraph at every <c>]</c>, so <c>[a](</c> written 100,000
/// times took most of a minute. Before each such attempt this parser finds, in time bounded by the link's own
/// length, where the link would end; Markdig is then shown the text only up to there, or nothing past the
/// <c>]</c> when there is no link. Two limits from CommonMark make this possible (cmark has them too): an
/// address may nest parentheses 32 deep, and a title in parentheses may not hold an unescaped <c>(</c>.
/// </summary>
public sealed class BoundedLinkInlineParser : LinkInlineParser
{
    /// <summary>How deep parentheses may nest in a link's address (CommonMark requires at least 3; cmark allows 32).</summary>
    public const int MaxParenthesisDepth = 32;

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.CurrentChar != ']' || slice.PeekChar() != '(') return base.Match(processor, ref slice);
        // Ends at the link's ')' when there is one (StringSlice.End is inclusive), else at the ']' itself.
        var bounded = slice;
        bounded.End = InlineLinkEnd(slice.Text, slice.Start + 1, slice.End) ?? slice.Start;
        var matched = base.Match(processor, ref bounded);
        slice.Start = bounded.Start;
        return matched;
    }

    /// <summary>
    /// The index of the ')' that closes the inline link whose '(' is at <paramref name="open"/>, or null when no link
    /// closes there; the grammar of Markdig's <c>LinkHelper.TryParseInlineLink</c>, with the two limits above.
    /// </summary>
    internal static int? InlineLinkEnd(string text, int open, int last)
    {
        var i = SkipWhitespace(text, open + 1, last);
        if (Destination(text, i, last) is not { } afterDestination) return null;
        i = SkipWhitespace(text, afterDestination, last);
        if (At(text, i, last) == ')') return i;
        if (i == afterDestination) return null; // A title must be set apart from the address by white space.
        if (Title(text, i, last) is not { } afterTitle) return null;
        i = SkipWhitespace(text, afterTitle, last);
        return At(text, i, last) == ')' ? i : null;
    }

    /// <summary>The index after the link's address starting at <paramref name="i"/> (possibly empty), or null.</summary>
    private static int? Destination(string text, int i, int last)
    {
        var escaped = false;
        if (At(text, i, last) == '<')
        {
            while (true)
            {
                var c = At(text, ++i, last);
                if (!escaped && c == '>') return i + 1;
                if (!escaped && c == '<') return null;
                if (escaped) escaped = false;
                else if (c == '\\')
                {
                    escaped = true;
                    continue;
                }
                if (c is '\n' or '\r' or '\0') return null;
            }
        }
        var depth = 0;
        for (; ; i++)
        {
            var c = At(text, i, last);
            if (c == '(' && !escaped && ++depth > MaxParenthesisDepth) return null;
            if (c == ')' && !escaped && --depth < 0) return i;
            if (escaped) escaped = false;
            else if (c == '\\')
            {
                escaped = true;
                continue;
            }
            if (c == '\0' || c.IsSpaceOrTab() || c.IsControl()) return depth > 0 ? null : i;
        }
    }

    /// <summary>The index after the title starting at <paramref name="i"/> ("…", '…' or (…)), or null.</summary>
    private static int? Title(string text, int i, int last)
    {
        var opening = At(text, i, last);
        if (opening is not ('"' or '\'' or '(')) return null;
        var closing = opening == '(' ? ')' : opening;
        var escaped = false;
        var lineEnded = false;
        while (true)
        {
            var c = At(text, ++i, last);
            if (c == '\0') return null;
            if (c is '\n' or '\r')
            {
                if (lineEnded) return null; // A blank line ends the paragraph, and the title with it.
                if (c == '\r' && At(text, i + 1, last) == '\n') i++;
                escaped = false;
                lineEnded = true;
                continue;
            }
            if (escaped)
            {
                escaped = false;
                continue;
            }
            if (c == closing) return i + 1;
            if (c == '\\')
            {
                escaped = true;
                lineEnded = false;
                continue;
            }
            // CommonMark: a title in parentheses holds '(' only escaped. Scanning on would read to the paragraph's end at every ']('.
            if (c == '(' && opening == '(') return null;
            if (lineEnded && !c.IsSpaceOrTab()) lineEnded = false;
        }
    }

    private static int SkipWhitespace(string text, int i, int last)
    {
        while (i <= last && i < text.Length && text[i].IsWhitespace()) i++;
        return i;
    }

    private static char At(string text, int i, int last) => i <= last && i < text.Length ? text[i] : '\0';
}
