using System.Text;
using System.Text.RegularExpressions;
using SiteGen.Diagnostics;
using SiteGen.Loading;
using SiteGen.Messages;

namespace SiteGen.Import;

/// <summary>Reads a release as staff have it (.txt, .md, WhatsApp text, .docx, .pdf, .html) into blocks of Markdown, one per paragraph, heading, list or table.</summary>
public static partial class ReleaseReader
{
    public static readonly string[] Extensions = [".txt", ".md", ".markdown", ".docx", ".pdf", ".html", ".htm"];

    /// <summary>
    /// The blocks of the file, and its pictures (a Word document's photos; none for text); or null with <paramref name="problem"/>
    /// saying why it cannot be read: not text or not a Word document, or larger than <see cref="ImportLimits"/> allow.
    /// </summary>
    /// <param name="file">The file's content; read only as far as the limits allow.</param>
    public static IReadOnlyList<ReleaseBlock>? Read(string fileName, Stream file, out IReadOnlyList<ReleasePicture> pictures, out string? problem) =>
        Read(fileName, file, out pictures, out problem, out _);

    /// <summary>As <see cref="Read(string, Stream, out IReadOnlyList{ReleasePicture}, out string?)"/>, with a <paramref name="note"/> for the writer when the text was read in another way than they may expect (an old Windows encoding).</summary>
    public static IReadOnlyList<ReleaseBlock>? Read(string fileName, Stream file, out IReadOnlyList<ReleasePicture> pictures, out string? problem, out string? note)
    {
        pictures = [];
        problem = null;
        note = null;
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        switch (extension)
        {
            case ".docx":
                if (!file.CanSeek)
                {
                    // A ZIP file is read from its end: a stream that cannot seek is copied first, as far as the limit.
                    var copy = new MemoryStream();
                    if (!CopyAtMost(file, copy, ImportLimits.WordFile))
                    {
                        problem = Say.ImportWordTooLarge.With(fileName, ImportLimits.Size(ImportLimits.WordFile));
                        return null;
                    }
                    copy.Position = 0;
                    file = copy;
                }
                var markdown = DocxReader.Read(file, fileName, out pictures, out problem);
                return markdown is null ? null : FromMarkdown(markdown);
            case ".txt" or ".md" or ".markdown":
                var bytes = new MemoryStream();
                var tooLong = file.CanSeek && file.Length > ImportLimits.TextFile;
                if (tooLong || !CopyAtMost(file, bytes, ImportLimits.TextFile))
                {
                    problem = tooLong
                        ? Say.ImportTextTooLarge.With(fileName, ImportLimits.Size(file.Length), ImportLimits.Size(ImportLimits.TextFile))
                        : Say.ImportTextTooLong.With(fileName, ImportLimits.Size(ImportLimits.TextFile));
                    return null;
                }
                var text = Decode(bytes.ToArray(), fileName, out problem, out note);
                if (text is null) return null;
                if (extension != ".txt") return FromMarkdown(StripFrontMatter(text));
                return WhatsAppText.Looks(Normalise(text)) ? FromWhatsApp(text) : FromPlainText(text);
            case ".pdf":
                var pdf = ReadAtMost(file, fileName, ImportLimits.PdfFile, ".pdf", out problem);
                if (pdf is null) return null;
                var pdfText = PdfReader.Read(pdf, fileName, out problem);
                return pdfText is null ? null : FromMarkdown(pdfText);
            case ".html" or ".htm":
                var page = ReadAtMost(file, fileName, ImportLimits.HtmlFile, ".html", out problem);
                if (page is null) return null;
                var pageText = Decode(page, fileName, out problem, out note);
                if (pageText is null) return null;
                var article = HtmlReader.Read(pageText, fileName, out problem);
                return article is null ? null : FromMarkdown(article);
            default:
                problem = Say.ImportNotARelease.With(fileName);
                return null;
        }
    }

    /// <summary>The blocks of a file held in memory; see <see cref="Read(string, Stream, out IReadOnlyList{ReleasePicture}, out string?)"/>.</summary>
    public static IReadOnlyList<ReleaseBlock>? Read(string fileName, byte[] bytes, out IReadOnlyList<ReleasePicture> pictures, out string? problem)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        return Read(fileName, stream, out pictures, out problem);
    }

    /// <summary>The file's bytes; null, with the message naming the limit, when it is larger than <paramref name="limit"/> (said before reading when its size is known).</summary>
    private static byte[]? ReadAtMost(Stream file, string fileName, long limit, string kind, out string? problem)
    {
        problem = null;
        var bytes = new MemoryStream();
        if (file.CanSeek && file.Length > limit)
        {
            problem = Say.ImportTooLarge.With(fileName, ImportLimits.Size(file.Length), ImportLimits.Size(limit), kind);
            return null;
        }
        if (!CopyAtMost(file, bytes, limit))
        {
            problem = Say.ImportTooLarge.With(fileName, Say.ImportMoreThan.With(ImportLimits.Size(limit)), ImportLimits.Size(limit), kind);
            return null;
        }
        return bytes.ToArray();
    }

    /// <summary>Copies <paramref name="from"/> into <paramref name="to"/>; false, having read one byte more, when it holds more than <paramref name="limit"/>.</summary>
    private static bool CopyAtMost(Stream from, Stream to, long limit)
    {
        var buffer = new byte[81920];
        long copied = 0;
        int read;
        while ((read = from.Read(buffer, 0, (int)Math.Min(buffer.Length, limit + 1 - copied))) > 0)
        {
            copied += read;
            if (copied > limit) return false;
            to.Write(buffer, 0, read);
        }
        return true;
    }

    /// <summary>Plain text: every character is literal, so Markdown's special characters are escaped; bullets become list items.</summary>
    public static IReadOnlyList<ReleaseBlock> FromPlainText(string text)
    {
        var lines = Normalise(text).Split('\n').Select(line =>
        {
            var trimmed = line.Trim();
            var bullet = Bullet().Match(trimmed);
            if (bullet.Success) return "- " + MarkdownText.Escape(trimmed[bullet.Length..]);
            var numbered = Numbered().Match(trimmed);
            if (numbered.Success) return numbered.Value + MarkdownText.Escape(trimmed[numbered.Length..]);
            return MarkdownText.Escape(trimmed);
        });
        return Split(lines.ToArray());
    }

    /// <summary>Text pasted from WhatsApp: its marks become Markdown, see <see cref="WhatsAppText"/>.</summary>
    public static IReadOnlyList<ReleaseBlock> FromWhatsApp(string text) => Split(WhatsAppText.ToMarkdown(Normalise(text)));

    /// <summary>Markdown (also what <see cref="DocxReader"/> makes): kept as written, split into blocks.</summary>
    public static IReadOnlyList<ReleaseBlock> FromMarkdown(string markdown) =>
        Split(Normalise(markdown).Split('\n').Select(l => l.TrimEnd()).ToArray());

    private static IReadOnlyList<ReleaseBlock> Split(string[] lines)
    {
        var blocks = new List<ReleaseBlock>();
        var i = 0;
        while (i < lines.Length)
        {
            var line = lines[i];
            var trimmed = line.Trim();
            if (trimmed.Length == 0)
            {
                i++;
                continue;
            }
            var start = i;
            if (Heading().IsMatch(trimmed))
            {
                blocks.Add(ReleaseBlock.Of(ReleaseBlockKind.Heading, trimmed, start + 1));
                i++;
            }
            else if (IsListLine(trimmed))
            {
                // A list runs on through its items and their indented continuation lines.
                while (i < lines.Length && lines[i].Trim().Length > 0 && (IsListLine(lines[i].Trim()) || lines[i].StartsWith(' ')))
                    i++;
                blocks.Add(ReleaseBlock.Of(ReleaseBlockKind.List, string.Join('\n', lines[start..i]), start + 1));
            }
            else if (trimmed.StartsWith('|'))
            {
                while (i < lines.Length && lines[i].Trim().StartsWith('|')) i++;
                blocks.Add(ReleaseBlock.Of(ReleaseBlockKind.Table, string.Join('\n', lines[start..i].Select(l => l.Trim())), start + 1));
            }
            else if (trimmed.StartsWith('>'))
            {
                while (i < lines.Length && lines[i].Trim().StartsWith('>')) i++;
                blocks.Add(ReleaseBlock.Of(ReleaseBlockKind.Quote, string.Join('\n', lines[start..i].Select(l => l.Trim())), start + 1));
            }
            else
            {
                // Each line is a paragraph of its own (releases pasted from the web put one per line), unless it is a hard-wrapped continuation.
                var paragraph = new List<string> { trimmed };
                i++;
                while (i < lines.Length && IsContinuation(paragraph[^1], lines[i].Trim())) paragraph.Add(lines[i++].Trim());
                blocks.Add(ReleaseBlock.Of(ReleaseBlockKind.Paragraph, string.Join('\n', paragraph), start + 1));
            }
        }
        return blocks;
    }

    private static bool IsListLine(string trimmed) => ListItem().IsMatch(trimmed);

    private static bool IsContinuation(string previous, string next)
    {
        if (next.Length == 0 || Heading().IsMatch(next) || IsListLine(next) || next.StartsWith('|') || next.StartsWith('>')) return false;
        if (".!?:;\"”’)".Contains(previous[^1])) return false;
        // A line cut mid-sentence by the sender's mail program goes on in lower case; a new line in capitals is a new paragraph.
        return char.IsLower(next[0]);
    }

    /// <summary>
    /// The file's text: UTF-8 or UTF-16 with its mark; else, as Notepad on older Windows saves it, Windows-1252 (the letters of
    /// Indonesian are the same, and its quotes and dashes are read right), with a <paramref name="note"/> saying so. A file
    /// with bytes Windows-1252 does not use is not text that can be read.
    /// </summary>
    private static string? Decode(byte[] bytes, string fileName, out string? problem, out string? note)
    {
        problem = null;
        note = null;
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
            return new UnicodeEncoding(bigEndian: bytes[0] == 0xFE, byteOrderMark: true).GetString(bytes, 2, bytes.Length - 2);
        var diagnostics = new DiagnosticBag();
        var text = TextDecoder.Decode(bytes, fileName, diagnostics);
        if (text is not null) return text;
        if (WindowsText(bytes) is { } windows)
        {
            note = Say.ImportReadAsWindows1252.With(fileName);
            return windows;
        }
        var at = diagnostics.ToSortedList().FirstOrDefault();
        problem = Say.ImportNotUtf8.With(fileName, at?.Line ?? 1);
        return null;
    }

    /// <summary>The bytes as Windows-1252 text, or null when they hold a byte it leaves unused or a control character no text has.</summary>
    private static string? WindowsText(byte[] bytes)
    {
        foreach (var b in bytes)
            if (b is 0x81 or 0x8D or 0x8F or 0x90 or 0x9D || (b < 0x20 && b is not ((byte)'\n' or (byte)'\r' or (byte)'\t' or 0x0C)))
                return null;
        return Windows1252.GetString(bytes);
    }

    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    private static string Normalise(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n')
            .Replace('\u00A0', ' ').Replace("\u200B", "", StringComparison.Ordinal).Replace("\uFEFF", "", StringComparison.Ordinal)
            .Replace('\t', ' ');

    /// <summary>A draft that already has front matter is imported by its text; its old settings are set aside.</summary>
    private static string StripFrontMatter(string text)
    {
        var normalised = Normalise(text);
        if (!normalised.StartsWith("---\n", StringComparison.Ordinal)) return normalised;
        var end = normalised.IndexOf("\n---\n", 3, StringComparison.Ordinal);
        return end < 0 ? normalised : normalised[(end + 5)..];
    }

    [GeneratedRegex(@"^#{1,6}\s+\S")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^([-*+]|\d{1,3}[.)])\s+\S")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"^[•●▪◦·‣■□➢➤►✓✔]\s*")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"^\d{1,3}[.)]\s+")]
    private static partial Regex Numbered();
}
