using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;

namespace SiteGen.Content;

/// <summary>
/// Markdig's parser for what starts with <c>&lt;</c> (autolinks and, with <c>markdown.unsafe_html</c>, inline HTML), with
/// HTML comments, processing instructions, CDATA and declarations bounded: Markdig looks for the end of each
/// (<c>--&gt;</c>, <c>?&gt;</c>, <c>]]&gt;</c>, <c>&gt;</c>) through the rest of the paragraph every time one starts, so
/// <c>&lt;!--</c> written 250,000 times (1 MB) took 20 seconds and twice as many four times as long. Where each such
/// end next occurs is remembered while a paragraph is read, and Markdig is shown the text only up to there.
/// </summary>
public sealed class BoundedAutolinkInlineParser : AutolinkInlineParser
{
    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var next = slice.PeekChar();
        if (next is not ('!' or '?')) return base.Match(processor, ref slice);
        var ends = processor.ParserStates[Index] as Ends ?? (Ends)(processor.ParserStates[Index] = new Ends());
        var start = slice.Start;
        var text = slice.Text;
        // A declaration (<!DOCTYPE …>) ends at the first '>', which the search below finds anyway.
        var (end, from) = next == '?' ? ("?>", start + 2)
            : slice.PeekChar(2) == '-' ? ("-->", start + 4)
            : slice.PeekChar(2) == '[' ? ("]]>", start + 9)
            : (null, 0);
        // The end Markdig looks for, and the first '>' (an e-mail autolink such as <!x@example.org> ends there): the
        // text up to the later of the two is all Markdig can use; five characters take in "<!--->" too.
        var limit = start + 5;
        if (end is not null && ends.Find(text, end, from, slice.End) is { } found) limit = Math.Max(limit, found + end.Length - 1);
        if (ends.Find(text, ">", start + 1, slice.End) is { } greater) limit = Math.Max(limit, greater);
        var bounded = slice;
        bounded.End = Math.Min(slice.End, limit);
        var matched = base.Match(processor, ref bounded);
        slice.Start = bounded.Start;
        return matched;
    }

    /// <summary>For each end searched for in the paragraph being read, where it was last searched from and found.</summary>
    private sealed class Ends
    {
        private readonly Dictionary<string, (string Text, int From, int Last, int Found)> _searches = new(StringComparer.Ordinal);

        /// <summary>The index of the first <paramref name="end"/> at or after <paramref name="from"/>, up to <paramref name="last"/>.</summary>
        public int? Find(string text, string end, int from, int last)
        {
            if (from > last) return null;
            // No end lies between the last search's start and what it found (or the text's end), so a search from
            // inside that stretch has the same answer: each character is searched through once.
            if (_searches.TryGetValue(end, out var s) && ReferenceEquals(s.Text, text) && s.Last == last && s.From <= from && (s.Found < 0 || from <= s.Found))
                return s.Found < 0 ? null : s.Found;
            var at = text.AsSpan(from, last - from + 1).IndexOf(end, StringComparison.Ordinal);
            var found = at < 0 ? -1 : from + at;
            _searches[end] = (text, from, last, found);
            return found < 0 ? null : found;
        }
    }
}
