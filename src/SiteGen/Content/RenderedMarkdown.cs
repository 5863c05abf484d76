namespace SiteGen.Content;

/// <summary>A Markdown body turned into HTML, with the text views the site needs (summary, search) and the files it uses.</summary>
/// <param name="Html">Safe HTML: raw HTML was escaped (or sanitised) and unsafe link schemes dropped.</param>
/// <param name="FirstParagraph">Plain text of the first paragraph, the default summary.</param>
/// <param name="PlainText">Plain text of the whole body, for search.</param>
/// <param name="Resources">Files under content/ the body uses (relative images), copied next to the page.</param>
public sealed record RenderedMarkdown(string Html, string FirstParagraph, string PlainText, IReadOnlyList<Resource> Resources)
{
    /// <summary>Every link and image address the HTML holds, as written into it, with where the Markdown wrote it (for <c>sitegen check</c>).</summary>
    public IReadOnlyList<MarkdownLink> Links { get; init; } = [];
}
