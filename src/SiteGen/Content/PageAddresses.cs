namespace SiteGen.Content;

/// <summary>
/// Where each published bulletin and free page is, by its Markdown file: what a link written to that file leads to.
/// Made by the Model phase, once every page has its address, and read when a page with such links is written.
/// </summary>
/// <param name="basePath">The site's base path ("/" or "/buletin/"), put in front of every page's path.</param>
/// <param name="pathOfSource">Each published bulletin's and page's path in the site ("2024/05/patroli/"), by source file.</param>
public sealed class PageAddresses(string basePath, IReadOnlyDictionary<string, string> pathOfSource)
{
    /// <summary>No page is known: every page link stays as written.</summary>
    public static PageAddresses None { get; } = new("/", new Dictionary<string, string>());

    /// <summary>The address of the page <paramref name="link"/> names, with its #fragment; null when that file is not published (a draft, say).</summary>
    public string? AddressOf(PageLink link) =>
        pathOfSource.TryGetValue(link.SourcePath, out var path) ? basePath + path + link.Fragment : null;

    /// <summary>The href the link has in the page: its page's address, or the link as written when that file is not published (for <c>sitegen check</c> to report).</summary>
    public string HrefOf(PageLink link) => AddressOf(link) ?? link.Written;
}
