using System.Globalization;
using System.IO.Hashing;
using System.Net;
using System.Text;

namespace SiteGen.Content;

/// <summary>A Markdown body turned into HTML, with the text views the site needs (summary, search) and the files it uses.</summary>
/// <remarks>
/// The HTML and the plain text are kept as UTF-8, half the memory of .NET strings for this mostly-ASCII text: a site
/// of 100,000 bulletins holds both for every bulletin from Parse to Render. The HTML is kept without the addresses of
/// its page links, which are known only once the Model phase has placed every page: each has a slot, filled from the
/// site's <see cref="PageAddresses"/> when the page is written.
/// </remarks>
public sealed class RenderedMarkdown
{
    // Null once the body is in a store's file, at _at: the HTML's _htmlLength bytes, the plain text's _textLength, then
    // the first paragraph's _firstLength.
    private byte[]? _html;
    private byte[]? _plainText;
    private byte[]? _firstParagraph;
    private BodyStore? _store;
    // For a body an earlier build kept: the hash of each part in the store (HTML, plain text, first paragraph), checked
    // whenever the part is read; null for a body this build made.
    private readonly ulong[]? _hashes;
    private long _at;
    private int _htmlLength;
    private int _textLength;
    private int _firstLength;
    // Where the address of a page link goes in _html (a byte offset between the quotes of its href), in the HTML's order.
    private readonly Slot[] _slots;

    /// <param name="html">
    /// Safe HTML: raw HTML was escaped (or sanitised) and unsafe link schemes dropped. Each page link's href is its
    /// <see cref="Placeholder"/>, which becomes a slot here.
    /// </param>
    /// <param name="firstParagraph">Plain text of the first paragraph, the default summary.</param>
    /// <param name="plainText">Plain text of the whole body, for search.</param>
    /// <param name="resources">Files under content/ the body uses (relative images), copied next to the page.</param>
    /// <param name="pageLinks">The links to other bulletins' or pages' Markdown files, in the order of their placeholders' numbers.</param>
    public RenderedMarkdown(string html, string firstParagraph, string plainText, IReadOnlyList<Resource> resources, IReadOnlyList<PageLink>? pageLinks = null)
    {
        // Arrays, and the one empty array when there is nothing: a million bodies keep only what they hold.
        PageLinks = pageLinks is { Count: > 0 } ? pageLinks.ToArray() : [];
        (_html, _slots) = PageLinks.Count == 0 ? (Encoding.UTF8.GetBytes(html), []) : Cut(html, PageLinks.Count);
        _plainText = Encoding.UTF8.GetBytes(plainText);
        _firstParagraph = Encoding.UTF8.GetBytes(firstParagraph);
        (_htmlLength, _textLength, _firstLength) = (_html.Length, _plainText.Length, _firstParagraph.Length);
        Resources = resources.Count > 0 ? resources.ToArray() : [];
    }

    /// <summary>A body as an earlier build kept it (<see cref="Parts"/>): its UTF-8 parts, where its page links go, and the files it uses.</summary>
    internal RenderedMarkdown(byte[] html, byte[] plainText, byte[] firstParagraph, Slot[] slots, PageLink[] pageLinks, Resource[] resources)
    {
        (_html, _plainText, _firstParagraph, _slots) = (html, plainText, firstParagraph, slots);
        (_htmlLength, _textLength, _firstLength) = (html.Length, plainText.Length, firstParagraph.Length);
        PageLinks = pageLinks;
        Resources = resources;
    }

    /// <summary>
    /// A body an earlier build kept in a file that <paramref name="store"/> reads: its parts at <paramref name="at"/>, one
    /// after another, each checked against its hash in <paramref name="hashes"/> when it is read (<see cref="KeptBodyDamaged"/>).
    /// </summary>
    /// <param name="lead">Its first paragraph cut for a summary, as the earlier build made it: the Model reads that instead of the file.</param>
    internal RenderedMarkdown(BodyStore store, long at, (int Html, int Text, int First) lengths, (ulong Html, ulong Text, ulong First) hashes, string? lead,
        Slot[] slots, PageLink[] pageLinks, Resource[] resources)
    {
        (_store, _at, _slots) = (store, at, slots);
        (_htmlLength, _textLength, _firstLength) = lengths;
        _hashes = [hashes.Html, hashes.Text, hashes.First];
        Lead = lead;
        PageLinks = pageLinks;
        Resources = resources;
    }

    /// <summary>The first paragraph cut for a summary, when an earlier build kept it with the body; null otherwise (cut it from <see cref="FirstParagraph"/>).</summary>
    internal string? Lead { get; }

    /// <summary>Where each page link goes in the HTML.</summary>
    internal IReadOnlyList<Slot> Slots => _slots;

    /// <summary>The lengths in bytes of the UTF-8 HTML, plain text and first paragraph.</summary>
    internal (int Html, int Text, int First) Lengths => (_htmlLength, _textLength, _firstLength);

    /// <summary>The UTF-8 HTML (without its page links' addresses), plain text and first paragraph, and where each page link goes in the HTML.</summary>
    internal (byte[] Html, byte[] PlainText, byte[] FirstParagraph, IReadOnlyList<Slot> Slots) Parts() =>
        (_html ?? Stored(0), _plainText ?? Stored(1), _firstParagraph ?? Stored(2), _slots);

    /// <summary>The safe HTML, each page link leading to the page <paramref name="addresses"/> gives (made anew on each use; read it once per page).</summary>
    public string Html(PageAddresses addresses)
    {
        var bytes = _html ?? Stored(0);
        if (_slots.Length == 0) return Encoding.UTF8.GetString(bytes);
        var html = new StringBuilder(bytes.Length + 64 * _slots.Length);
        var from = 0;
        foreach (var slot in _slots)
        {
            html.Append(Encoding.UTF8.GetString(bytes, from, slot.At - from))
                .Append(WebUtility.HtmlEncode(addresses.HrefOf(PageLinks[slot.Link])));
            from = slot.At;
        }
        return html.Append(Encoding.UTF8.GetString(bytes, from, bytes.Length - from)).ToString();
    }

    /// <summary>Plain text of the whole body, for search (made anew on each use).</summary>
    public string PlainText => Encoding.UTF8.GetString(_plainText ?? Stored(1));

    /// <summary>
    /// Hands the HTML and plain text to <paramref name="store"/>, which keeps them in memory while its budget lasts and
    /// otherwise in its file, read back on each use (or in memory after all when the file cannot be written). Call
    /// once, before the body is shared with other threads.
    /// </summary>
    public void KeepIn(BodyStore store)
    {
        if (_store is not null) return; // already in a file: an earlier build's, read from where it is
        if (_html is null || _plainText is null || _firstParagraph is null) throw new InvalidOperationException("A body is kept in one store, once.");
        if (store.FitsInMemory(_htmlLength + _textLength + _firstLength)) return;
        if (store.TryWrite(_html, _plainText, _firstParagraph) is not { } at) return;
        _at = at;
        _store = store;
        (_html, _plainText, _firstParagraph) = (null, null, null);
    }

    /// <summary>Part <paramref name="part"/> (0 the HTML, 1 the plain text, 2 the first paragraph) read from the store, checked when an earlier build kept it.</summary>
    private byte[] Stored(int part)
    {
        var (at, length) = part switch
        {
            0 => (_at, _htmlLength),
            1 => (_at + _htmlLength, _textLength),
            _ => (_at + _htmlLength + _textLength, _firstLength),
        };
        var bytes = new byte[length];
        try
        {
            _store!.Read(at, bytes);
        }
        catch (EndOfStreamException e) when (_hashes is not null)
        {
            throw new KeptBodyDamaged(e.Message, e);
        }
        if (_hashes is not null && XxHash64.HashToUInt64(bytes) != _hashes[part])
            throw new KeptBodyDamaged($"The body kept at {at} does not have the hash its entry gives.", null);
        return bytes;
    }

    /// <summary>Plain text of the first paragraph, the default summary (made anew on each use).</summary>
    public string FirstParagraph => Encoding.UTF8.GetString(_firstParagraph ?? Stored(2));

    public IReadOnlyList<Resource> Resources { get; }

    /// <summary>Every link and image address the HTML holds, with where the Markdown wrote it (for <c>sitegen check</c>).</summary>
    public IReadOnlyList<MarkdownLink> Links { get; init => field = value.Count > 0 ? value.ToArray() : []; } = [];

    /// <summary>Links written to another bulletin's or page's Markdown file ("../2023/patroli.md"), which lead to that page.</summary>
    public IReadOnlyList<PageLink> PageLinks { get; }

    /// <summary>The href the Markdown renderer gives the page link at <paramref name="index"/>: a fragment no heading id can be, as sanitising keeps it.</summary>
    public static string Placeholder(int index) => PlaceholderPrefix + index.ToString(CultureInfo.InvariantCulture);

    private const string PlaceholderPrefix = "#sitegen-page-link-";

    /// <summary>
    /// <paramref name="html"/> as UTF-8 without the placeholders of its page links (<c>href="#sitegen-page-link-3"</c>),
    /// and where each was: read once, when the body is rendered.
    /// </summary>
    private static (byte[] Html, Slot[] Slots) Cut(string html, int links)
    {
        const string quoted = "\"" + PlaceholderPrefix;
        var kept = new List<(int Start, int Length)>();
        var slots = new List<Slot>();
        var (from, bytes) = (0, 0);
        for (var at = html.IndexOf(quoted, StringComparison.Ordinal); at >= 0; at = html.IndexOf(quoted, at + 1, StringComparison.Ordinal))
        {
            var digits = at + quoted.Length;
            var end = digits;
            while (end < html.Length && char.IsAsciiDigit(html[end])) end++;
            // Only the placeholders as written ("-3", never "-03") of the links there are.
            if (end == digits || end == html.Length || html[end] != '"' || (html[digits] == '0' && end - digits > 1)
                || !int.TryParse(html.AsSpan(digits, end - digits), NumberStyles.None, CultureInfo.InvariantCulture, out var link) || link >= links)
                continue;
            // Keep the opening quote; the address goes after it.
            bytes += Encoding.UTF8.GetByteCount(html.AsSpan(from, at + 1 - from));
            kept.Add((from, at + 1 - from));
            slots.Add(new Slot(bytes, link));
            from = end;
        }
        kept.Add((from, html.Length - from));
        var result = new byte[bytes + Encoding.UTF8.GetByteCount(html.AsSpan(from))];
        var written = 0;
        foreach (var (start, length) in kept) written += Encoding.UTF8.GetBytes(html.AsSpan(start, length), result.AsSpan(written));
        return (result, slots.ToArray());
    }

    /// <summary>Where the address of the page link <paramref name="Link"/> goes: a byte offset in the HTML.</summary>
    internal readonly record struct Slot(int At, int Link);
}

/// <summary>A link to the Markdown file of a bulletin or free page: the file, the #fragment written after it, and the link as written.</summary>
public sealed record PageLink(string SourcePath, string Fragment, string Written);
