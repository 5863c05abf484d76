using System.Text;
using SiteGen.Messages;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace SiteGen.Import;

/// <summary>
/// Reads a text PDF (a release saved or printed from Word) into Markdown: the words of each page in lines, lines joined into
/// paragraphs where the text runs on, a line set larger than the text as a heading. A scanned PDF holds pictures, not words:
/// it is refused with what to do.
/// </summary>
public static class PdfReader
{
    /// <summary>The document as Markdown, or null with <paramref name="problem"/> saying why it cannot be read.</summary>
    public static string? Read(byte[] bytes, string fileName, out string? problem)
    {
        problem = null;
        var lines = new List<Line>();
        try
        {
            using var document = PdfDocument.Open(bytes, new ParsingOptions { MaxStackDepth = ImportLimits.PdfDepth, SkipMissingFonts = true });
            // The page count is read from the document's catalogue before any page is: a file of thousands of pages is refused unread.
            if (document.NumberOfPages > ImportLimits.PdfPages)
            {
                problem = Say.ImportPdfTooManyPages.With(fileName, document.NumberOfPages, ImportLimits.PdfPages);
                return null;
            }
            var letters = 0L;
            for (var number = 1; number <= document.NumberOfPages; number++)
            {
                var page = document.GetPage(number);
                letters += page.Letters.Count;
                if (letters > ImportLimits.PdfLetters)
                {
                    problem = Say.ImportPdfTooMuchText.With(fileName, ImportLimits.PdfLetters);
                    return null;
                }
                lines.AddRange(Lines(page));
            }
        }
        // PdfPig reports a damaged file with its own exception, and a file made to mislead it can fail inside with any of these.
        catch (Exception e) when (e is UglyToad.PdfPig.Core.PdfDocumentFormatException or InvalidOperationException or ArgumentException
                                      or FormatException or IndexOutOfRangeException or InvalidCastException or OverflowException
                                      or KeyNotFoundException or IOException or NotSupportedException or NullReferenceException)
        {
            problem = Say.ImportPdfUnreadable.With(fileName, e.Message);
            return null;
        }
        if (lines.Count == 0)
        {
            problem = Say.ImportPdfNoText.With(fileName);
            return null;
        }
        return Markdown(lines);
    }

    /// <summary>A line of a page: its words, where it stands, and the size of its letters.</summary>
    private sealed record Line(string Text, double Left, double Right, double Top, double Bottom, double Size, int Page);


    private static IEnumerable<Line> Lines(Page page)
    {
        // Words on one baseline (within half a letter's height) are a line; lines read from the top of the page down.
        var words = page.GetWords().Where(w => w.Text.Trim().Length > 0 && w.Letters.Count > 0).OrderByDescending(Baseline).ThenBy(w => w.BoundingBox.Left).ToList();
        var current = new List<Word>();
        foreach (var word in words)
        {
            if (current.Count > 0 && Math.Abs(Baseline(current[0]) - Baseline(word)) > Math.Max(2, current[0].BoundingBox.Height / 2))
            {
                yield return Of(current, page.Number);
                current = [];
            }
            current.Add(word);
        }
        if (current.Count > 0) yield return Of(current, page.Number);
    }

    private static Line Of(List<Word> words, int page)
    {
        words.Sort((a, b) => a.BoundingBox.Left.CompareTo(b.BoundingBox.Left));
        var size = words.SelectMany(w => w.Letters).Select(l => l.PointSize).DefaultIfEmpty(0).Max();
        return new Line(string.Join(' ', words.Select(w => w.Text)), words.Min(w => w.BoundingBox.Left), words.Max(w => w.BoundingBox.Right),
            words.Max(w => w.BoundingBox.Top), Baseline(words[0]), size, page);
    }

    /// <summary>Where the word stands on the page: the baseline of its first letter (descenders do not move it).</summary>
    private static double Baseline(Word word) => word.Letters[0].StartBaseLine.Y;

    /// <summary>
    /// Lines joined into paragraphs: a line runs on into the next when it reaches the right margin and the next follows at the
    /// usual distance in the same size; a short line, a wider gap or another size ends the paragraph.
    /// </summary>
    private static string Markdown(List<Line> lines)
    {
        var body = lines.GroupBy(l => Math.Round(l.Size)).OrderByDescending(g => g.Count()).First().Key;
        var right = lines.Max(l => l.Right);
        // The usual distance between lines of the text: paragraphs hold more lines than there are gaps between paragraphs, so
        // the distance most lines keep is found low in the order, not in the middle.
        var gaps = lines.Zip(lines.Skip(1)).Where(p => p.First.Page == p.Second.Page && Math.Round(p.First.Size) == body && Math.Round(p.Second.Size) == body)
            .Select(p => p.First.Bottom - p.Second.Bottom).Where(g => g > 0).Order().ToArray();
        var usual = gaps.Length > 0 ? gaps[gaps.Length / 4] : body * 1.2;
        var markdown = new StringBuilder();
        var paragraph = new StringBuilder();
        var heading = false;
        void End()
        {
            if (paragraph.Length == 0) return;
            var text = MarkdownText.Escape(paragraph.ToString());
            markdown.Append(heading ? "# " + text.TrimStart('\\') : text).Append("\n\n");
            paragraph.Clear();
        }
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var large = Math.Round(line.Size) >= body * 1.2;
            if (paragraph.Length == 0) heading = large;
            paragraph.Append(paragraph.Length > 0 ? " " : "").Append(line.Text);
            var next = i + 1 < lines.Count ? lines[i + 1] : null;
            var runsOn = next is not null && next.Page == line.Page && Math.Round(next.Size) == Math.Round(line.Size)
                && line.Bottom - next.Bottom <= usual * 1.3 && (large || line.Right >= right * 0.85);
            if (!runsOn) End();
        }
        End();
        return markdown.ToString();
    }
}
