using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Loading;

namespace SiteGen.Content;

/// <summary>
/// Phase 2, Parse, set up for one build: the units and elections the bulletins refer to, and the readers for
/// bulletins and free pages, sharing one Markdown renderer that knows the content files and the site's base path.
/// </summary>
public sealed record ContentReaders(IReadOnlyList<Unit> Units, IReadOnlyList<Election> Elections, BulletinReader Bulletins, PageReader Pages)
{
    /// <param name="listLinks">List every link of the bodies, for <c>sitegen check</c>.</param>
    public static ContentReaders For(SourceSet sources, SiteConfig config, DiagnosticBag diagnostics, bool listLinks = true)
    {
        var units = DataFileReader.ReadUnits(sources.Units, diagnostics);
        var elections = DataFileReader.ReadElections(sources.Elections, diagnostics);
        var markdownFiles = sources.BulletinPaths.Concat(sources.Pages.Select(p => p.Path)).ToHashSet(StringComparer.Ordinal);
        var resources = new ResourceResolver(sources.ContentFiles, markdownFiles);
        var markdown = new MarkdownRenderer(config.UnsafeHtml, resources, config.BasePath, listLinks);
        var bulletins = new BulletinReader(markdown, resources, new ReferenceCatalog(units, elections), config.TimeZone);
        return new ContentReaders(units, elections, bulletins, new PageReader(markdown, config.TimeZone));
    }

    /// <summary>Reads every free page; those with errors are left out and reported.</summary>
    public IReadOnlyList<ParsedPage> ReadPages(SourceSet sources, DiagnosticBag diagnostics) =>
        sources.Pages.Select(p => Pages.Read(p, diagnostics)).OfType<ParsedPage>().ToArray();
}
