using System.Text;
using SiteGen.Text;

namespace SiteGen.Content;

/// <summary>A Markdown body turned into HTML, with the text views the site needs (summary, search) and the files it uses.</summary>
/// <remarks>
/// The HTML and the plain text are kept as UTF-8, half the memory of .NET strings for this mostly-ASCII text: a site
/// of 100,000 bulletins holds both for every bulletin from Parse to Render.
/// </remarks>
public sealed class RenderedMarkdown
{
    private readonly byte[] _html;
    private readonly byte[] _plainText;

    /// <param name="html">Safe HTML: raw HTML was escaped (or sanitised) and unsafe link schemes dropped.</param>
    /// <param name="firstParagraph">Plain text of the first paragraph, the default summary.</param>
    /// <param name="plainText">Plain text of the whole body, for search.</param>
    /// <param name="resources">Files under content/ the body uses (relative images), copied next to the page.</param>
    public RenderedMarkdown(string html, string firstParagraph, string plainText, IReadOnlyList<Resource> resources)
    {
        _html = Encoding.UTF8.GetBytes(html);
        _plainText = Encoding.UTF8.GetBytes(plainText);
        FirstParagraph = firstParagraph;
        Resources = resources;
    }

    /// <summary>The safe HTML (made anew on each use; read it once per page).</summary>
    public string Html => Encoding.UTF8.GetString(_html);

    /// <summary>Plain text of the whole body, for search (made anew on each use).</summary>
    public string PlainText => Encoding.UTF8.GetString(_plainText);

    public string FirstParagraph { get; }

    public IReadOnlyList<Resource> Resources { get; }

    /// <summary>Every link and image address the HTML holds, as written into it, with where the Markdown wrote it (for <c>sitegen check</c>).</summary>
    public IReadOnlyList<MarkdownLink> Links { get; init; } = [];

    /// <summary>
    /// Links written to another bulletin's or page's Markdown file ("../2023/patroli.md"), held in the HTML as
    /// <see cref="Placeholder"/>s until the Model phase knows the pages' addresses (<see cref="WithPageLinks"/>).
    /// </summary>
    public IReadOnlyList<PageLink> PageLinks { get; init; } = [];

    /// <summary>A fingerprint of the addresses <see cref="WithPageLinks"/> put in; 0 when there were none (for rebuilding only what changed).</summary>
    public ulong PageLinksKey { get; private init; }

    /// <summary>The address held in the HTML for the page link at <paramref name="index"/>: a fragment no heading id can be, as sanitising keeps it.</summary>
    public static string Placeholder(int index) => PlaceholderPrefix + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private const string PlaceholderPrefix = "#sitegen-page-link-";

    /// <summary>
    /// This body with each page link leading to its page: <paramref name="addressOf"/> gives a source file's page address, or
    /// null when it is not published (the link then stays as written, for <c>sitegen check</c> to report).
    /// </summary>
    public RenderedMarkdown WithPageLinks(Func<string, string?> addressOf)
    {
        if (PageLinks.Count == 0) return this;
        var html = new StringBuilder(Html);
        var key = new Fingerprint();
        var addresses = new string[PageLinks.Count];
        var unpublished = new string?[PageLinks.Count];
        for (var i = PageLinks.Count - 1; i >= 0; i--)
        {
            var link = PageLinks[i];
            var page = addressOf(link.SourcePath);
            if (page is null) unpublished[i] = link.SourcePath;
            addresses[i] = page is null ? link.Written : page + link.Fragment;
            key.Add(addresses[i]);
            html.Replace($"\"{Placeholder(i)}\"", $"\"{System.Net.WebUtility.HtmlEncode(addresses[i])}\"");
        }
        var links = Links.Select(l => PageLinkIndex(l.Url) is { } i && i < addresses.Length
            ? l with { Url = addresses[i], Unpublished = unpublished[i] }
            : l).ToArray();
        return new RenderedMarkdown(html.ToString(), FirstParagraph, PlainText, Resources) { Links = links, PageLinksKey = key.Value };
    }

    private static int? PageLinkIndex(string url) =>
        url.StartsWith(PlaceholderPrefix, StringComparison.Ordinal) && int.TryParse(url.AsSpan(PlaceholderPrefix.Length), System.Globalization.CultureInfo.InvariantCulture, out var i) ? i : null;
}

/// <summary>A link to the Markdown file of a bulletin or free page: the file, the #fragment written after it, and the link as written.</summary>
public sealed record PageLink(string SourcePath, string Fragment, string Written);
