using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;

namespace SiteGen.Content;

/// <summary>
/// Markdig's parser for code spans (<c>`code`</c>), with the search for the closing backticks bounded: Markdig reads
/// the rest of the paragraph for every run of backticks that has no run of the same length after it, so
/// <c>e`e``e```…</c> (runs of every length) grew with the length to the power 1.5 and took over a minute at 10 MB.
/// The runs of the paragraph are listed once by length, the closing one is looked up, and Markdig is shown the text
/// only up to it (or up to its opening run when there is none).
/// </summary>
public sealed class BoundedCodeInlineParser : CodeInlineParser
{
    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var start = slice.Start;
        var text = slice.Text;
        // Markdig starts a code span only at the first backtick of a run.
        if (slice.PeekCharExtra(-1) == '`') return base.Match(processor, ref slice);
        // The text may be the whole file's, for a paragraph of one line: the runs are listed from the first backtick looked at.
        if (processor.ParserStates[Index] is not Runs runs || !runs.Covers(text, start, slice.End))
            processor.ParserStates[Index] = runs = new Runs(text, start, slice.End);
        var length = 0;
        while (start + length <= slice.End && text[start + length] == '`') length++;
        var closing = runs.Next(length, start + length);
        var bounded = slice;
        bounded.End = closing is { } at ? at + length - 1 : start + length - 1;
        var matched = base.Match(processor, ref bounded);
        slice.Start = bounded.Start;
        return matched;
    }

    /// <summary>The runs of backticks in one paragraph's text, by length, each list in the order they come.</summary>
    private sealed class Runs
    {
        private readonly string _text;
        private readonly int _first;
        private readonly int _last;
        private readonly Dictionary<int, List<int>> _starts = [];

        public Runs(string text, int first, int last)
        {
            (_text, _first, _last) = (text, first, last);
            for (var i = first; i <= last && i < text.Length; i++)
            {
                if (text[i] != '`') continue;
                var begin = i;
                while (i + 1 <= last && i + 1 < text.Length && text[i + 1] == '`') i++;
                var runLength = i - begin + 1;
                if (!_starts.TryGetValue(runLength, out var list)) _starts[runLength] = list = [];
                list.Add(begin);
            }
        }

        public bool Covers(string text, int from, int last) => ReferenceEquals(_text, text) && _last == last && _first <= from;

        /// <summary>Where the first run of exactly <paramref name="length"/> backticks at or after <paramref name="from"/> starts.</summary>
        public int? Next(int length, int from)
        {
            if (!_starts.TryGetValue(length, out var list)) return null;
            var at = list.BinarySearch(from);
            if (at < 0) at = ~at;
            return at < list.Count ? list[at] : null;
        }
    }
}
