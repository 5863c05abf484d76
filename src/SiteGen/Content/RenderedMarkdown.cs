using System.Text;

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
}
