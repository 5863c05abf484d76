using System.Text.RegularExpressions;
using SiteGen.Messages;

namespace SiteGen.Import;

/// <summary>
/// A release after cleaning: its headline, the lines around it that are not text (site name, byline, publication time),
/// the body from the first paragraph on, the credits taken out of it, and everything that was left out and why.
/// </summary>
public sealed partial class ReleaseText
{
    private ReleaseText(ReleaseBlock? headline, IReadOnlyList<ReleaseBlock> header, IReadOnlyList<ReleaseBlock> body, CreditLines credits, IReadOnlyList<RemovedText> removed, IReadOnlyList<ReleasePicture> pictures)
    {

        Pictures = pictures;
        Headline = headline;
        Header = header;
        Body = body;
        Credits = credits;
        Removed = removed;
    }

    public ReleaseBlock? Headline { get; }

    /// <summary>The letterhead of an official release (issuing unit, number), or null when it has none.</summary>
    public Letterhead? Letterhead { get; private init; }

    /// <summary>The signature at the end of an official release (signing office and officer), or null when it has none.</summary>
    public SignatureBlock? Signature { get; private init; }

    /// <summary>True when the headline was marked as one (a heading, bold, or the first line after a letterhead), not found by its shape.</summary>
    public bool HeadlineMarked { get; private init; }

    /// <summary>The pictures the release holds (a Word document's photos), in reading order.</summary>
    public IReadOnlyList<ReleasePicture> Pictures { get; }

    /// <summary>What the reader noted for the writer about the file (read as Windows-1252, say).</summary>
    public IReadOnlyList<string> Notes { get; private init; } = [];

    /// <summary>The lines before the text that are not the headline; read only for a publication date.</summary>
    public IReadOnlyList<ReleaseBlock> Header { get; }

    /// <summary>The text of the bulletin, its first paragraph first, kept word for word.</summary>
    public IReadOnlyList<ReleaseBlock> Body { get; }

    public ReleaseBlock? Lead => Body.Count > 0 && Body[0].Kind == ReleaseBlockKind.Paragraph ? Body[0] : null;

    public CreditLines Credits { get; }

    public IReadOnlyList<RemovedText> Removed { get; }

    /// <summary>The opening sentence of the first paragraph, where releases name the place, the unit and the day; found once, as the passages and the summary both ask.</summary>
    public string Dateline => _dateline ??= Lead is { } lead ? FirstSentence(lead.Plain) : "";

    private string? _dateline;

    /// <summary>The body as Markdown: its blocks in order, a blank line between them; a first-level heading becomes second-level (the title is the first).</summary>
    public string BodyMarkdown => string.Join("\n\n", Body.Select(Rendered)) + "\n";

    private static string Rendered(ReleaseBlock block) =>
        block.Kind == ReleaseBlockKind.Heading && block.Markdown.StartsWith("# ", StringComparison.Ordinal) ? "#" + block.Markdown : block.Markdown;

    /// <summary>
    /// The body as Markdown with pictures standing in it: each after the block of the words that come before it in the document
    /// (or after the picture before it, when those words are not in the body), with its caption under it: the caption's own
    /// paragraph when the body has it there, else the caption written anew. <paramref name="captionOnTop"/>, the caption of
    /// the bulletin's own picture, is taken out of the body, as the page shows it under that picture.
    /// </summary>
    public string BodyMarkdownWith(IReadOnlyList<(string? After, string? Caption, string Markdown)> pictures, string? captionOnTop)
    {
        var blocks = Body.Select(Rendered).ToList();
        var keys = Body.Select(b => Key(b.Plain)).ToList();
        if (captionOnTop is not null && Find(keys, Key(captionOnTop), 0) is var onTop and >= 0)
        {
            blocks.RemoveAt(onTop);
            keys.RemoveAt(onTop);
        }
        var next = 0;
        foreach (var (after, caption, markdown) in pictures)
        {
            var anchor = after is null ? -1 : Find(keys, Key(after), next);
            var at = anchor >= 0 ? anchor + 1 : next;
            blocks.Insert(at, markdown);
            keys.Insert(at, "");
            next = at + 1;
            if (caption is null) continue;
            if (next < keys.Count && keys[next] == Key(caption))
            {
                next++;
                continue;
            }
            blocks.Insert(next, MarkdownText.Escape(caption));
            keys.Insert(next, "");
            next++;
        }
        return string.Join("\n\n", blocks) + "\n";
    }

    /// <summary>True when <paramref name="words"/> are a line of the body after its first paragraph, not a byline, credit or line left out.</summary>
    public bool HoldsLine(string words)
    {
        var key = Key(words);
        return key.Length > 0 && Body.Skip(1).Any(b => b.Kind == ReleaseBlockKind.Paragraph && Key(b.Plain) == key);
    }

    /// <summary>The first block from <paramref name="from"/> on whose words are <paramref name="key"/>; -1 when none is.</summary>
    private static int Find(List<string> keys, string key, int from)
    {
        if (key.Length == 0) return -1;
        for (var i = from; i < keys.Count; i++)
            if (keys[i] == key) return i;
        return -1;
    }

    /// <summary>Letters and digits only, in lower case: the same words read from Word and from the Markdown made of it compare equal.</summary>
    private static string Key(string text) =>
        string.Concat(text.Where(char.IsLetterOrDigit)).ToLowerInvariant();

    /// <summary>The plain words of each place, in reading order, for the guesses.</summary>
    public IReadOnlyList<ReleasePassage> Passages()
    {
        var passages = new List<ReleasePassage>();
        if (Headline is { } headline) passages.Add(new ReleasePassage(TextPlace.Title, HeadlineGuess.Title(headline)));
        foreach (var block in Header) passages.Add(new ReleasePassage(TextPlace.Header, block.Plain));
        foreach (var line in Credits.Lines.Select(c => c.Text).Distinct()) passages.Add(new ReleasePassage(TextPlace.Header, line));
        for (var i = 0; i < Body.Count; i++)
        {
            if (i == 0 && Lead is { } lead)
            {
                var dateline = Dateline;
                passages.Add(new ReleasePassage(TextPlace.Dateline, dateline));
                if (lead.Plain.Length > dateline.Length) passages.Add(new ReleasePassage(TextPlace.Lead, lead.Plain[dateline.Length..].Trim()));
                continue;
            }
            passages.Add(new ReleasePassage(TextPlace.Body, Body[i].Plain));
        }
        return passages;
    }

    /// <summary>Cleans the blocks of a release read by <see cref="ReleaseReader"/>.</summary>
    /// <param name="notes">What the reader noted for the writer (how the file was read).</param>
    public static ReleaseText From(IReadOnlyList<ReleaseBlock> blocks, IReadOnlyList<ReleasePicture>? pictures = null, IReadOnlyList<string>? notes = null)
    {
        var credits = new CreditLines();
        var removed = new List<RemovedText>();
        var kept = new List<ReleaseBlock>();
        var textSeen = false;
        var letterhead = Letterhead.Read(blocks);
        var letterheadLines = letterhead?.Lines.Count ?? 0;
        foreach (var line in letterhead?.Lines ?? []) removed.Add(new RemovedText(Say.ImportRemovedLetterhead, line.Plain));
        for (var i = letterheadLines; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (textSeen && BoilerplateFilter.TailStart(block) is { } tail)
            {
                foreach (var rest in blocks.Skip(i)) removed.Add(new RemovedText(tail, rest.Plain));
                break;
            }
            if (BoilerplateFilter.Classify(block) is { } what)
            {
                removed.Add(new RemovedText(what, block.Plain));
                if (BoilerplateFilter.IsBareReadAlso(block) && i + 1 < blocks.Count && blocks[i + 1].WordCount <= 25 && !blocks[i + 1].Plain.EndsWith('.'))
                    removed.Add(new RemovedText(what, blocks[++i].Plain));
                continue;
            }
            if (credits.TryAdd(block)) continue;
            kept.Add(block);
            if (HeadlineGuess.IsLead(block)) textSeen = true;
        }

        // After a letterhead the headline is the first line, however short; a headline Word wrapped over two lines in capitals is joined.
        var headlineIndex = letterhead is null ? HeadlineGuess.FindIndex(kept) : HeadlineAfterLetterhead(kept);
        var leadIndex = -1;
        for (var i = headlineIndex + 1; i < kept.Count && leadIndex < 0; i++)
            if (HeadlineGuess.IsLead(kept[i])) leadIndex = i;
        if (leadIndex < 0) leadIndex = headlineIndex + 1;

        var header = new List<ReleaseBlock>();
        for (var i = 0; i < leadIndex && i < kept.Count; i++)
        {
            if (i == headlineIndex) continue;
            header.Add(kept[i]);
            if (credits.TryAddSignature(kept[i])) continue;
            removed.Add(new RemovedText(i < headlineIndex || headlineIndex < 0 ? Say.ImportRemovedTopLine : Say.ImportRemovedShortLine, kept[i].Plain));
        }

        var headline = headlineIndex >= 0 ? kept[headlineIndex] : null;
        var body = new List<ReleaseBlock>();
        foreach (var block in kept.Skip(leadIndex))
        {
            if (headline is not null && string.Equals(block.Plain.TrimEnd('.'), headline.Plain.TrimEnd('.'), StringComparison.OrdinalIgnoreCase))
                removed.Add(new RemovedText(Say.ImportRemovedHeadlineRepeated, block.Plain));
            else
                body.Add(block);
        }
        var signature = SignatureBlock.Take(body);
        while (body.Count > 1 && credits.TryAddSignature(body[^1])) body.RemoveAt(body.Count - 1);
        if (body.Count > 0)
        {
            var (last, code) = BoilerplateFilter.TrimClosingCode(body[^1]);
            if (code is not null)
            {
                removed.Add(new RemovedText(BoilerplateFilter.ClosingCode, code));
                body[^1] = last;
            }
        }
        return new ReleaseText(headline, header, body, credits, removed, pictures ?? [])
        {
            Letterhead = letterhead,
            Signature = signature,
            HeadlineMarked = headline is not null && (letterhead is not null || headline.IsStrong),
            Notes = notes ?? [],
        };
    }

    /// <summary>The first line after a letterhead, joined with a second and third in capitals when Word wrapped the headline; -1 when the text starts at once.</summary>
    private static int HeadlineAfterLetterhead(List<ReleaseBlock> kept)
    {
        if (kept.Count == 0 || kept[0].Kind is not (ReleaseBlockKind.Paragraph or ReleaseBlockKind.Heading) || kept[0].WordCount > 30
            || (HeadlineGuess.IsLead(kept[0]) && kept[0].WordCount >= 15)) return -1;
        while (kept.Count > 1 && TitleCase.IsCapitals(kept[0].Plain) && TitleCase.IsCapitals(kept[1].Plain) && kept[1].Kind == ReleaseBlockKind.Paragraph
               && kept[0].WordCount + kept[1].WordCount <= 30 && !kept[0].Plain.TrimEnd().EndsWith('.'))
        {
            kept[0] = ReleaseBlock.Of(kept[0].Kind, kept[0].Markdown + " " + kept[1].Markdown, kept[0].Line);
            kept.RemoveAt(1);
        }
        return 0;
    }

    /// <summary>Up to the first full stop that ends a sentence; "AKBP", "S.H." and "Jl." do not.</summary>
    private static string FirstSentence(string text)
    {
        // The word before each stop is looked for back to the previous stop only, so a long paragraph with many stops stays linear.
        var previous = 0;
        foreach (var end in SentenceEnd().EnumerateMatches(text))
        {
            var space = end.Index > previous ? text.LastIndexOf(' ', end.Index - 1, end.Index - previous) : -1;
            var start = space >= 0 ? space + 1 : previous;
            var lastWord = text.AsSpan(start, end.Index - start);
            var reachesBack = space < 0 && previous > 0;
            previous = end.Index + 1;
            // A word that runs back over the previous stop holds a full stop of its own, as "S.H." does.
            if (reachesBack || lastWord.Length <= 3 || lastWord.Contains('.')) continue;
            return text[..(end.Index + 1)].Trim();
        }
        return text;
    }

    [GeneratedRegex(@"[.!?](?=[""”’)]?\s+[A-Z""“])")]
    private static partial Regex SentenceEnd();
}
