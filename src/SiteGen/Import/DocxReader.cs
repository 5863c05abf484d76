using System.IO.Packaging;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace SiteGen.Import;

/// <summary>
/// Turns a Word document (.docx) into Markdown: headings, bold, italics, lists, links and tables; comments are left
/// out, and pictures are read apart (<see cref="Pictures"/>), for the bulletin's picture.
/// </summary>
public static partial class DocxReader
{
    /// <summary>The pictures of the document's text in reading order, with their alt text; empty when it has none or cannot be read.</summary>
    public static IReadOnlyList<ReleasePicture> Pictures(byte[] bytes)
    {
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = WordprocessingDocument.Open(stream, false);
            if (document.MainDocumentPart is not { Document.Body: { } body } main) return [];
            var pictures = new List<ReleasePicture>();
            foreach (var drawing in body.Descendants<Drawing>())
            {
                var properties = drawing.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.DocProperties>().FirstOrDefault();
                var embed = drawing.Descendants<DocumentFormat.OpenXml.Drawing.Blip>().FirstOrDefault()?.Embed?.Value;
                if (embed is null || !main.TryGetPartById(embed, out var found) || found is not ImagePart part) continue;
                using var data = part.GetStream();
                using var copy = new MemoryStream();
                data.CopyTo(copy);
                pictures.Add(new ReleasePicture(copy.ToArray(), Description(properties?.Description?.Value) ?? Description(properties?.Title?.Value)));
            }
            return pictures;
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or IOException or System.Xml.XmlException)
        {
            // ToMarkdown reports a document that cannot be read; a picture that cannot be is simply not imported.
            return [];
        }
    }

    /// <summary>Word's alt text without the note Word adds to a description it made itself; null when nothing is left.</summary>
    private static string? Description(string? text)
    {
        if (text is null) return null;
        var kept = string.Join(' ', text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !GeneratedNote().IsMatch(l)));
        return kept.Length == 0 ? null : kept;
    }

    [GeneratedRegex(@"^(description automatically generated|deskripsi dibuat secara otomatis)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex GeneratedNote();

    /// <summary>The document as Markdown, or null with <paramref name="problem"/> when the file is not a readable Word document.</summary>
    public static string? ToMarkdown(byte[] bytes, out string? problem)
    {
        problem = null;
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = WordprocessingDocument.Open(stream, false);
            var main = document.MainDocumentPart;
            var body = main?.Document?.Body;
            if (main is null || body is null)
            {
                problem = "the Word document has no text";
                return null;
            }
            return new Converter(main).Convert(body);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or IOException or System.Xml.XmlException)
        {
            problem = $"the file is not a Word document SiteGen can read ({e.Message}); open it in Word and save it again as .docx";
            return null;
        }
    }

    private sealed class Converter(MainDocumentPart main)
    {
        private readonly Dictionary<string, Style> _styles = (main.StyleDefinitionsPart?.Styles?.Elements<Style>() ?? [])
            .Where(s => s.StyleId?.Value is not null)
            .GroupBy(s => s.StyleId!.Value!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        private readonly StringBuilder _out = new();

        public string Convert(Body body)
        {
            foreach (var element in Blocks(body)) Write(element);
            return _out.ToString().TrimEnd() + "\n";
        }

        /// <summary>Paragraphs and tables in reading order, looking inside content controls.</summary>
        private static IEnumerable<OpenXmlElement> Blocks(OpenXmlElement parent)
        {
            foreach (var child in parent.ChildElements)
            {
                switch (child)
                {
                    case Paragraph or Table:
                        yield return child;
                        break;
                    case SdtBlock sdt when sdt.SdtContentBlock is { } content:
                        foreach (var inner in Blocks(content)) yield return inner;
                        break;
                    case CustomXmlBlock custom:
                        foreach (var inner in Blocks(custom)) yield return inner;
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
            foreach (var row in rows) while (row.Count < columns) row.Add("");
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
                        if (text.Length > 0) spans.Add(new Span(text, IsBold(run), IsItalic(run), link));
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
                    case Text t: text.Append(t.Text); break;
                    case TabChar: text.Append(' '); break;
                    case Break or CarriageReturn: text.Append('\n'); break;
                    case NoBreakHyphen: text.Append('-'); break;
                }
            }
            return text.ToString().Replace('\u00A0', ' ');
        }

        private string? Target(Hyperlink hyperlink)
        {
            var id = hyperlink.Id?.Value;
            if (id is null) return null;
            var relation = main.HyperlinkRelationships.FirstOrDefault(r => r.Id == id);
            var uri = relation?.Uri;
            if (uri is null || !uri.IsAbsoluteUri) return null;
            return uri.Scheme is "http" or "https" or "mailto" ? uri.AbsoluteUri : null;
        }

        private static bool IsBold(Run run)
        {
            var properties = run.RunProperties;
            if (properties?.Bold is { } bold) return bold.Val is null || bold.Val.Value;
            return properties?.RunStyle?.Val?.Value is "Strong" or "Kuat";
        }

        private static bool IsItalic(Run run)
        {
            var properties = run.RunProperties;
            if (properties?.Italic is { } italic) return italic.Val is null || italic.Val.Value;
            return properties?.RunStyle?.Val?.Value is "Emphasis" or "Penekanan";
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
                while (i < spans.Count && spans[i].Bold == first.Bold && spans[i].Italic == first.Italic && spans[i].Link == first.Link)
                    text.Append(spans[i++].Text);
                line.Append(Format(text.ToString(), first));
            }
            return line.ToString();
        }

        private static string Format(string text, Span span)
        {
            var inner = text.Trim();
            if (inner.Length == 0) return text;
            var lead = text[..text.IndexOf(inner, StringComparison.Ordinal)];
            var trail = text[(lead.Length + inner.Length)..];
            var markdown = MarkdownText.Escape(inner);
            if (span.Italic) markdown = "*" + markdown + "*";
            if (span.Bold) markdown = "**" + markdown + "**";
            if (span.Link is not null) markdown = $"[{markdown}]({span.Link})";
            return lead + markdown + trail;
        }

        private Style? StyleOf(Paragraph paragraph) =>
            paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value is { } id && _styles.TryGetValue(id, out var style) ? style : null;

        /// <summary>1 for a title, 2–6 for headings (the bulletin's title is its only first-level heading); null for body text.</summary>
        private int? HeadingLevel(Style? style, Paragraph paragraph)
        {
            for (var s = style; s is not null; s = Parent(s))
            {
                var name = (s.StyleName?.Val?.Value ?? "").Trim().ToLowerInvariant();
                if (name == "title") return 1;
                if (name.StartsWith("heading ", StringComparison.Ordinal) && int.TryParse(name[8..], out var n) && n is >= 1 and <= 9)
                    return Math.Min(n + 1, 6);
                if (s.StyleParagraphProperties?.OutlineLevel?.Val?.Value is { } outline && outline < 9)
                    return Math.Min(outline + 2, 6);
            }
            if (paragraph.ParagraphProperties?.OutlineLevel?.Val?.Value is { } level && level < 9) return Math.Min(level + 2, 6);
            return null;
        }

        private Style? Parent(Style style) =>
            style.BasedOn?.Val?.Value is { } id && _styles.TryGetValue(id, out var parent) && parent != style ? parent : null;

        private (int Level, bool Ordered)? ListOf(Paragraph paragraph, Style? style)
        {
            var numbering = paragraph.ParagraphProperties?.NumberingProperties ?? style?.StyleParagraphProperties?.NumberingProperties;
            var styleName = (style?.StyleName?.Val?.Value ?? "").ToLowerInvariant();
            if (numbering?.NumberingId?.Val?.Value is not { } numberId || numberId == 0)
            {
                if (styleName.StartsWith("list bullet", StringComparison.Ordinal)) return (0, false);
                if (styleName.StartsWith("list number", StringComparison.Ordinal)) return (0, true);
                return null;
            }
            var level = numbering.NumberingLevelReference?.Val?.Value ?? 0;
            return (Math.Clamp(level, 0, 8), IsOrdered(numberId, level));
        }

        private bool IsOrdered(int numberId, int level)
        {
            var definitions = main.NumberingDefinitionsPart?.Numbering;
            if (definitions is null) return false;
            var instance = definitions.Elements<NumberingInstance>().FirstOrDefault(n => n.NumberID?.Value == numberId);
            var abstractId = instance?.AbstractNumId?.Val?.Value;
            var abstractNum = definitions.Elements<AbstractNum>().FirstOrDefault(a => a.AbstractNumberId?.Value == abstractId);
            var format = abstractNum?.Elements<Level>().FirstOrDefault(l => l.LevelIndex?.Value == level)?.NumberingFormat?.Val;
            return format is not null && format.Value != NumberFormatValues.Bullet && format.Value != NumberFormatValues.None;
        }
    }

    private sealed record Span(string Text, bool Bold, bool Italic, string? Link);
}
