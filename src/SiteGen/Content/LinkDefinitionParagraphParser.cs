using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace SiteGen.Content;

/// <summary>
/// Markdig's paragraph parser, taking the link reference definitions (<c>[r]: https://…</c>) a paragraph starts with
/// in one pass. Markdig takes them one at a time and, after each, moves every remaining line of the paragraph up
/// one place and looks through all the definitions so far, so 25,000 definitions (1 MB) took ten seconds and twice
/// as many four times as long. The definitions found, their order and what is left of the paragraph are Markdig's;
/// Markdig is then left only what follows them.
/// </summary>
public sealed class LinkDefinitionParagraphParser : ParagraphBlockParser
{
    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        // A setext underline ("---" or "===") makes Markdig take the definitions too, to see whether text is left for a heading.
        if (block is ParagraphBlock paragraph && !processor.TrackTrivia && !processor.IsBlankLine && !processor.IsCodeIndent
            && ParseSetextHeadings && IsSetextUnderline(processor.Line)
            && TakeDefinitions(processor, ref paragraph.Lines) && paragraph.Lines.Count == 0)
        {
            // Only definitions, and no text for a heading: Markdig then keeps the underline as the paragraph's text.
            block.UpdateSpanEnd(processor.Line.End);
            return BlockState.Continue;
        }
        return base.TryContinue(processor, block);
    }

    public override bool Close(BlockProcessor processor, Block block)
    {
        if (block is ParagraphBlock paragraph && !processor.TrackTrivia) TakeDefinitions(processor, ref paragraph.Lines);
        return base.Close(processor, block);
    }

    /// <summary>The line is only '=' or only '-' characters, then spaces or tabs (as Markdig tells a setext underline).</summary>
    private static bool IsSetextUnderline(StringSlice line)
    {
        var c = line.CurrentChar;
        if (c is not ('=' or '-')) return false;
        while (line.CurrentChar == c) line.NextChar();
        while (line.CurrentChar.IsSpaceOrTab()) line.NextChar();
        return line.IsEmpty;
    }

    /// <summary>Takes the definitions the lines start with, as Markdig would; false when there are none.</summary>
    private static bool TakeDefinitions(BlockProcessor processor, ref StringLineGroup lines)
    {
        if (lines.Count == 0) return false;
        var text = lines.ToCharIterator();
        var positions = new AbsolutePositions(lines);
        LinkReferenceDefinitionGroup? group = null;
        var taken = false;
        while (true)
        {
            var before = text;
            if (!LinkReferenceDefinition.TryParse(ref text, out var definition))
            {
                text = before;
                break;
            }
            // As Markdig's SetLinkReferenceDefinition, whose check that the definition is not in the group yet reads the whole
            // group each time: a definition just read cannot be. The first definition of a label is the one that counts.
            group ??= processor.Document.GetLinkReferenceDefinitions(addGroup: true);
            group.Add(definition);
            group.Links.TryAdd(definition.Label!, definition);
            definition.Line = lines.Lines[before.SliceIndex].Line;
            // Positions in the text read so far, made positions in the file (as Markdig's own StringLineGroup.ConvertToAbsoluteSpan).
            var start = positions.Of(definition.Span.Start);
            definition.LabelSpan = positions.Of(definition.LabelSpan);
            definition.UrlSpan = positions.Of(definition.UrlSpan);
            definition.TitleSpan = positions.Of(definition.TitleSpan);
            definition.Span = new SourceSpan(start, positions.Of(definition.Span.End));
            taken = true;
        }
        if (taken) lines = text.Remaining();
        return taken;
    }

    /// <summary>
    /// Turns positions in the text of a group of lines (read as one, line ends included) into positions in the file,
    /// for positions that only grow, in one pass over the lines however many there are.
    /// </summary>
    private sealed class AbsolutePositions(StringLineGroup lines)
    {
        private int _line;
        private int _lineStart;

        public SourceSpan Of(SourceSpan span) => span.IsEmpty ? span : new SourceSpan(Of(span.Start), Of(span.End));

        public int Of(int position)
        {
            while (_line < lines.Count - 1)
            {
                ref var slice = ref lines.Lines[_line].Slice;
                var length = slice.Length + slice.NewLine.Length();
                if (position < _lineStart + length) break;
                _lineStart += length;
                _line++;
            }
            return lines.Lines[_line].Slice.Start + (position - _lineStart);
        }
    }
}
