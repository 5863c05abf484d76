using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
// SiteGen.Text (the shared text layer) would hide the Word run text type of the same name.
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace SiteGen.Import;

/// <summary>
/// Turns a Word document (.docx) into Markdown: headings, bold, italics, lists, links and tables; comments are left
/// out, and pictures are read apart, for the bulletin's picture. The file is read through <see cref="WordPackage"/>, which
/// refuses a damaged or oversized one with a message before unpacking it.
/// </summary>
public static partial class DocxReader
{
    /// <summary>
    /// The document as Markdown, with its pictures in reading order; or null with <paramref name="problem"/> when the file is
    /// larger than <see cref="ImportLimits"/> allow or not a Word document that can be read.
    /// </summary>
    /// <param name="package">The file, seekable.</param>
    public static string? Read(Stream package, string fileName, out IReadOnlyList<ReleasePicture> pictures, out string? problem)
    {
        pictures = [];
        problem = null;
        try
        {
            using var word = WordPackage.Open(package, fileName);
            if (new Document(word.MainXml()).Body is not { } body)
            {
                problem = Messages.MessageTemplate.With(Messages.Say.ImportWordNoText, fileName);
                return null;
            }
            var styles = Related(word, WordPackage.StylesType) is { } s ? new Styles(word.Xml(s, "styles", Messages.Say.ImportWordPartStyles)) : null;
            var numbering = Related(word, WordPackage.NumberingType) is { } n ? new Numbering(word.Xml(n, "numbering", Messages.Say.ImportWordPartLists)) : null;
            var links = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (id, relationship) in word.MainRelationships)
                if (relationship is { External: true } && relationship.Type == WordPackage.HyperlinkType && Address(relationship.Target) is { } address)
                    links[id] = address;
            var markdown = new Converter(styles, numbering, links).Convert(body);
            pictures = Pictures(body, word, styles);
            return markdown;
        }
        catch (WordPackage.Refusal refusal)
        {
            problem = refusal.Message;
            return null;
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            // The ZIP layer's own complaints: an unknown compression method, a checksum that does not match, a part cut short.
            problem = Messages.MessageTemplate.With(Messages.Say.ImportWordUnreadable, fileName, e.Message);
            return null;
        }
    }

    /// <summary>The part of the main document's relationship of <paramref name="type"/> (its styles, its lists); null when it has none.</summary>
    private static string? Related(WordPackage word, string type) =>
        word.MainRelationships.Values.FirstOrDefault(r => r.Type == type && !r.External)?.Target;

    /// <summary>A link's address when it is one a page may carry (http, https, mailto); null otherwise.</summary>
    private static string? Address(string target) =>
        Uri.TryCreate(target, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "mailto" ? uri.AbsoluteUri : null;

    /// <summary>
    /// The pictures of the document's text in reading order, with their alt text; a picture shown twice is one picture.
    /// One too large to unpack, or only linked to a file outside the document, is there with the reason it is left out.
    /// </summary>
    private static IReadOnlyList<ReleasePicture> Pictures(Body body, WordPackage word, Styles? styles)
    {
        var pictures = new List<ReleasePicture>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var text = new DocumentText(body.Descendants<Paragraph>().ToList());
        var captionStyles = (styles?.Elements<Style>() ?? [])
            .Where(st => st.StyleId?.Value is { } id && (IsCaptionName(id) || IsCaptionName(st.StyleName?.Val?.Value)))
            .Select(st => st.StyleId!.Value!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var drawing in body.Descendants<Drawing>())
        {
            var properties = drawing.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.DocProperties>().FirstOrDefault();
            var blip = drawing.Descendants<DocumentFormat.OpenXml.Drawing.Blip>().FirstOrDefault();
            var id = blip?.Embed?.Value ?? blip?.Link?.Value;
            if (id is null || !word.MainRelationships.TryGetValue(id, out var relationship) || relationship.Type != WordPackage.ImageType) continue;
            if (!seen.Add((relationship.External ? "external:" : "") + relationship.Target)) continue;
            var description = Description(properties?.Description?.Value) ?? Description(properties?.Title?.Value);
            var (after, caption, shortNext) = drawing.Ancestors<Paragraph>().FirstOrDefault() is { } holder
                ? text.Around(holder, captionStyles)
                : (null, null, null);
            if (relationship.External)
            {
                pictures.Add(new ReleasePicture([], description) { LeftOut = Messages.Say.ImportPictureLinked, After = after, Caption = caption, ShortLineAfter = shortNext });
                continue;
            }
            var bytes = word.Picture(relationship.Target, out var size);
            pictures.Add(bytes is null
                ? new ReleasePicture([], description) { LeftOut = Messages.MessageTemplate.With(Messages.Say.ImportPictureTooLargeToUnpack, ImportLimits.Size(size), ImportLimits.Size(ImportLimits.WordPicture)), After = after, Caption = caption, ShortLineAfter = shortNext }
                : new ReleasePicture(bytes, description) { After = after, Caption = caption, ShortLineAfter = shortNext });
        }
        return pictures;
    }

    /// <summary>The document's paragraphs with their words, and for each the nearest one with words before and after it: read once, so many pictures in many empty paragraphs stay linear.</summary>
    private sealed class DocumentText
    {
        private readonly List<Paragraph> _paragraphs;
        private readonly string[] _words;
        private readonly int[] _lastWithWords;
        private readonly int[] _nextWithWords;
        private readonly Dictionary<Paragraph, int> _order = new(ReferenceEqualityComparer.Instance);

        public DocumentText(List<Paragraph> paragraphs)
        {
            _paragraphs = paragraphs;
            _words = paragraphs.Select(Words).ToArray();
            _lastWithWords = new int[paragraphs.Count];
            _nextWithWords = new int[paragraphs.Count];
            for (int i = 0, last = -1; i < paragraphs.Count; i++)
            {
                _order[paragraphs[i]] = i;
                if (_words[i].Length > 0) last = i;
                _lastWithWords[i] = last;
            }
            for (int i = paragraphs.Count - 1, next = -1; i >= 0; i--)
            {
                _nextWithWords[i] = next;
                if (_words[i].Length > 0) next = i;
            }
        }

        /// <summary>
        /// The words of the text before a picture in <paramref name="holder"/> (the holder's own when the picture stands in a line
        /// of text), and its caption: the next paragraph when it is in Word's caption style; or that paragraph when it is short
        /// and not a heading, which the importer takes as the caption when it is a line of the text (not a byline or credit).
        /// A short line after a picture above all text is the headline, not a caption.
        /// </summary>
        public (string? After, string? Caption, string? ShortNext) Around(Paragraph holder, HashSet<string> captionStyles)
        {
            if (!_order.TryGetValue(holder, out var at)) return (null, null, null);
            var after = _lastWithWords[at] is var last and >= 0 ? _words[last] : null;
            var next = _nextWithWords[at];
            if (next < 0) return (after, null, null);
            var words = _words[next];
            var style = _paragraphs[next].ParagraphProperties?.ParagraphStyleId?.Val?.Value;
            if (style is not null && captionStyles.Contains(style)) return (after, words, null);
            var heading = style is not null && (style.StartsWith("Heading", StringComparison.OrdinalIgnoreCase) || style.StartsWith("Judul", StringComparison.OrdinalIgnoreCase) || style.Equals("Title", StringComparison.OrdinalIgnoreCase));
            var shortLine = after is not null && !heading && words.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= CaptionWords;
            return (after, null, shortLine ? words : null);
        }
    }

    /// <summary>The most words a plain paragraph after a picture has to be read as its caption; a paragraph of the text is longer.</summary>
    private const int CaptionWords = 25;

    private static bool IsCaptionName(string? name) =>
        name is not null && (name.Contains("caption", StringComparison.OrdinalIgnoreCase) || name.Contains("keterangan", StringComparison.OrdinalIgnoreCase));

    /// <summary>A paragraph's words, its spaces collapsed; "" for one without text (a picture alone).</summary>
    private static string Words(Paragraph paragraph) =>
        Regex.Replace(string.Concat(paragraph.Descendants<WordText>().Select(t => t.Text)), @"\s+", " ").Trim();

    /// <summary>Word's alt text without the note Word adds to a description it made itself; null when nothing is left.</summary>
    private static string? Description(string? text)
    {
        if (text is null) return null;
        var kept = string.Join(' ', text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !GeneratedNote().IsMatch(l)));
        return kept.Length == 0 ? null : kept;
    }

    [GeneratedRegex(@"^(description automatically generated|deskripsi dibuat secara otomatis)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex GeneratedNote();

    private sealed class Converter
    {
        /// <summary>How many styles a style's chain of 'based on' may climb (Word's own chains are a few long).</summary>
        private const int StyleChain = 32;

        private readonly Dictionary<string, Style> _styles;
        private readonly Dictionary<int, int?> _abstractOf = [];
        private readonly Dictionary<(int? Abstract, int Level), bool> _ordered = [];
        private readonly IReadOnlyDictionary<string, string> _links;

        public Converter(Styles? styles, Numbering? numbering, IReadOnlyDictionary<string, string> links)
        {
            _styles = (styles?.Elements<Style>() ?? [])
                .Where(s => s.StyleId?.Value is not null)
                .GroupBy(s => s.StyleId!.Value!, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            _links = links;
            // Looked up once here, not per list item: a document with many lists and many list definitions stays linear.
            foreach (var instance in numbering?.Elements<NumberingInstance>() ?? [])
                if (Number(instance.NumberID) is { } id) _abstractOf.TryAdd(id, Number(instance.AbstractNumId?.Val));
            var abstracts = new HashSet<int?>();
            foreach (var definition in numbering?.Elements<AbstractNum>() ?? [])
            {
                var id = Number(definition.AbstractNumberId);
                if (!abstracts.Add(id)) continue;
                foreach (var level in definition.Elements<Level>())
                {
                    if (Number(level.LevelIndex) is not { } index) continue;
                    var format = level.NumberingFormat?.Val is { HasValue: true } f ? f.Value : (NumberFormatValues?)null;
                    _ordered.TryAdd((id, index), format is { } value && value != NumberFormatValues.Bullet && value != NumberFormatValues.None);
                }
            }
        }

        private readonly StringBuilder _out = new();

        public string Convert(Body body)
        {
            var blocks = new List<OpenXmlElement>();
            Blocks(body, blocks);
            foreach (var element in blocks) Write(element);
            return _out.ToString().TrimEnd() + "\n";
        }

        /// <summary>Paragraphs and tables in reading order, looking inside content controls.</summary>
        private static void Blocks(OpenXmlElement parent, List<OpenXmlElement> blocks)
        {
            foreach (var child in parent.ChildElements)
            {
                switch (child)
                {
                    case Paragraph or Table:
                        blocks.Add(child);
                        break;
                    case SdtBlock sdt when sdt.SdtContentBlock is { } content:
                        Blocks(content, blocks);
                        break;
                    case CustomXmlBlock custom:
                        Blocks(custom, blocks);
                        break;
                }
            }
        }

        private void Write(OpenXmlElement element)
        {
            if (element is Table table)
            {
                EndBlock();
                WriteTable(table);
                EndBlock();
                return;
            }
            var paragraph = (Paragraph)element;
            var lines = Lines(paragraph);
            if (lines.All(l => l.Trim().Length == 0)) return;
            var style = StyleOf(paragraph);
            if (HeadingLevel(style, paragraph) is { } level)
            {
                EndBlock();
                // Emphasis inside a heading adds nothing; the heading is strong already.
                var text = string.Join(' ', lines.Select(l => l.Trim())).Replace("**", "", StringComparison.Ordinal);
                _out.Append(new string('#', level)).Append(' ').Append(text).Append("\n\n");
                return;
            }
            if (ListOf(paragraph, style) is { } list)
            {
                // List items follow each other without a blank line so Markdown keeps them in one list.
                if (!_inList) EndBlock();
                var indent = new string(' ', list.Level * (list.Ordered ? 3 : 2));
                _out.Append(indent).Append(list.Ordered ? "1. " : "- ").Append(string.Join(' ', lines.Select(l => l.Trim()))).Append('\n');
                _inList = true;
                return;
            }
            EndBlock();
            foreach (var line in lines.Select(l => l.Trim()).Where(l => l.Length > 0))
                _out.Append(line).Append('\n');
            _out.Append('\n');
        }

        private bool _inList;

        private void EndBlock()
        {
            if (_inList) _out.Append('\n');
            _inList = false;
        }

        private void WriteTable(Table table)
        {
            var rows = table.Elements<TableRow>()
                .Select(row => row.Elements<TableCell>()
                    .Select(cell => string.Join(' ', cell.Elements<Paragraph>().SelectMany(Lines).Select(l => l.Trim()).Where(l => l.Length > 0))
                        .Replace("|", "\\|", StringComparison.Ordinal))
                    .ToList())
                .Where(cells => cells.Count > 0)
                .ToList();
            if (rows.Count == 0) return;
            var columns = rows.Max(r => r.Count);
            // Rows short of cells (merged cells) are filled out, unless one very long row would make the table's text grow
            // out of all proportion to the document's (a file made to do that); Markdown fills short rows on its own.
            var cells = rows.Sum(r => r.Count);
            if ((long)rows.Count * columns <= 4L * cells + 1024) foreach (var row in rows) while (row.Count < columns) row.Add("");
            else while (rows[0].Count < columns) rows[0].Add("");
            void Row(IEnumerable<string> cells) => _out.Append("| ").Append(string.Join(" | ", cells)).Append(" |\n");
            Row(rows[0]);
            Row(Enumerable.Repeat("---", columns));
            foreach (var row in rows.Skip(1)) Row(row);
        }

        /// <summary>The paragraph's text as Markdown lines (a line break in Word starts a new line).</summary>
        private List<string> Lines(Paragraph paragraph)
        {
            var spans = new List<Span>();
            Collect(paragraph, null, spans);
            var lines = new List<string>();
            var current = new List<Span>();
            foreach (var span in spans)
            {
                var parts = span.Text.Split('\n');
                for (var i = 0; i < parts.Length; i++)
                {
                    if (i > 0)
                    {
                        lines.Add(Render(current));
                        current = [];
                    }
                    if (parts[i].Length > 0) current.Add(span with { Text = parts[i] });
                }
            }
            lines.Add(Render(current));
            return lines;
        }

        private void Collect(OpenXmlElement parent, string? link, List<Span> spans)
        {
            foreach (var child in parent.ChildElements)
            {
                switch (child)
                {
                    case Run run:
                        var text = RunText(run);
                        if (text.Length > 0) spans.Add(new Span(text, IsBold(run), IsItalic(run), IsStruck(run), link));
                        break;
                    case Hyperlink hyperlink:
                        Collect(hyperlink, Target(hyperlink), spans);
                        break;
                    case DeletedRun or ParagraphProperties or ProofError or BookmarkStart or BookmarkEnd:
                        break;
                    case OpenXmlCompositeElement composite:
                        // Content controls, tracked insertions, smart tags and fields hold runs too.
                        Collect(composite, link, spans);
                        break;
                }
            }
        }

        private static string RunText(Run run)
        {
            var text = new StringBuilder();
            foreach (var child in run.ChildElements)
            {
                switch (child)
                {
                    case WordText t: text.Append(t.Text); break;
                    case TabChar: text.Append(' '); break;
                    case Break or CarriageReturn: text.Append('\n'); break;
                    case NoBreakHyphen: text.Append('-'); break;
                }
            }
            return text.ToString().Replace('\u00A0', ' ');
        }

        private string? Target(Hyperlink hyperlink) =>
            hyperlink.Id?.Value is { } id && _links.TryGetValue(id, out var address) ? address : null;

        private static bool IsBold(Run run)
        {
            var properties = run.RunProperties;
            if (properties?.Bold is { } bold) return On(bold.Val);
            return properties?.RunStyle?.Val?.Value is "Strong" or "Kuat";
        }

        private static bool IsItalic(Run run)
        {
            var properties = run.RunProperties;
            if (properties?.Italic is { } italic) return On(italic.Val);
            return properties?.RunStyle?.Val?.Value is "Emphasis" or "Penekanan";
        }

        /// <summary>Struck through once or twice: often a correction the writer wants seen, so it stays struck through.</summary>
        private static bool IsStruck(Run run)
        {
            var properties = run.RunProperties;
            return (properties?.Strike is { } strike && On(strike.Val)) || (properties?.DoubleStrike is { } both && On(both.Val));
        }

        private static string Render(List<Span> spans)
        {
            var line = new StringBuilder();
            var i = 0;
            while (i < spans.Count)
            {
                // Neighbouring runs with the same formatting are one piece of text (Word splits runs for its own reasons).
                var first = spans[i];
                var text = new StringBuilder();
                while (i < spans.Count && spans[i].Bold == first.Bold && spans[i].Italic == first.Italic && spans[i].Struck == first.Struck && spans[i].Link == first.Link)
                    text.Append(spans[i++].Text);
                line.Append(Format(text.ToString(), first));
            }
            return line.ToString();
        }

        private static string Format(string text, Span span)
        {
            var inner = text.Trim();
            if (inner.Length == 0) return text;
            var lead = text[..(text.Length - text.TrimStart().Length)];
            var trail = text[(lead.Length + inner.Length)..];
            var markdown = MarkdownText.Escape(inner);
            if (span.Italic) markdown = "*" + markdown + "*";
            if (span.Bold) markdown = "**" + markdown + "**";
            if (span.Struck) markdown = "~~" + markdown + "~~";
            if (span.Link is not null) markdown = $"[{markdown}]({span.Link})";
            return lead + markdown + trail;
        }

        private Style? StyleOf(Paragraph paragraph) =>
            paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value is { } id && _styles.TryGetValue(id, out var style) ? style : null;

        /// <summary>1 for a title, 2–6 for headings (the bulletin's title is its only first-level heading); null for body text.</summary>
        private int? HeadingLevel(Style? style, Paragraph paragraph)
        {
            // A chain of 'based on' may loop (A on B, B on A) in a file Word did not write: it is climbed only so far.
            var climbed = 0;
            for (var s = style; s is not null && climbed < StyleChain; s = Parent(s), climbed++)
            {
                var name = (s.StyleName?.Val?.Value ?? "").Trim().ToLowerInvariant();
                if (name == "title") return 1;
                if (name.StartsWith("heading ", StringComparison.Ordinal) && int.TryParse(name[8..], out var n) && n is >= 1 and <= 9)
                    return Math.Min(n + 1, 6);
                if (Number(s.StyleParagraphProperties?.OutlineLevel?.Val) is { } outline && outline is >= 0 and < 9)
                    return Math.Min(outline + 2, 6);
            }
            if (Number(paragraph.ParagraphProperties?.OutlineLevel?.Val) is { } level && level is >= 0 and < 9) return Math.Min(level + 2, 6);
            return null;
        }

        private Style? Parent(Style style) =>
            style.BasedOn?.Val?.Value is { } id && _styles.TryGetValue(id, out var parent) && parent != style ? parent : null;

        private (int Level, bool Ordered)? ListOf(Paragraph paragraph, Style? style)
        {
            var numbering = paragraph.ParagraphProperties?.NumberingProperties ?? style?.StyleParagraphProperties?.NumberingProperties;
            var styleName = (style?.StyleName?.Val?.Value ?? "").ToLowerInvariant();
            if (Number(numbering?.NumberingId?.Val) is not { } numberId || numberId == 0)
            {
                if (styleName.StartsWith("list bullet", StringComparison.Ordinal)) return (0, false);
                if (styleName.StartsWith("list number", StringComparison.Ordinal)) return (0, true);
                return null;
            }
            var level = Number(numbering!.NumberingLevelReference?.Val) ?? 0;
            var abstractId = _abstractOf.TryGetValue(numberId, out var found) ? found : null;
            return (Math.Clamp(level, 0, 8), _ordered.TryGetValue((abstractId, level), out var ordered) && ordered);
        }

        /// <summary>A number Word wrote, or null when it is missing or not a number (a file Word did not write may hold anything).</summary>
        private static int? Number(Int32Value? value) => value is { HasValue: true } ? value.Value : null;

        /// <summary>An on/off setting such as bold: on when it is written without a value, or with one that is not off.</summary>
        private static bool On(OnOffValue? value) => value is not { HasValue: true } || value.Value;
    }

    private sealed record Span(string Text, bool Bold, bool Italic, bool Struck, string? Link);
}
