namespace SiteGen.Model;

/// <summary>One file of the built site, planned in the Model phase: what it shows and where it goes.</summary>
/// <param name="Path">Page path ("satuan/polres-blitar/halaman/2/") or file path ("feed.xml").</param>
/// <param name="Owner">What asked for this path, for collision messages: a source file, or a description.</param>
public sealed record Page(PageKind Kind, string Path, string Owner)
{
    public Bulletin? Bulletin { get; init; }
    /// <summary>For an overview or a term's page: its index kind.</summary>
    public IndexKind? Index { get; init; }
    public Term? Term { get; init; }
    public Pager? Pager { get; init; }
    public FreePage? FreePage { get; init; }
    /// <summary>For an alias: the page path it redirects to.</summary>
    public string? Target { get; init; }
    /// <summary>For an alias: where in the source file it was written.</summary>
    public Diagnostics.SourcePosition? Position { get; init; }
    /// <summary>For one part of a sitemap too long for one file: which pages it lists.</summary>
    public SitemapPart? Part { get; init; }

    /// <summary>True for a page the sitemap lists: every page a reader may look for, not redirects, feeds or the site's own files.</summary>
    public bool InSitemap => Kind is not (PageKind.NotFound or PageKind.Alias or PageKind.Feed or PageKind.Sitemap or PageKind.Robots or PageKind.Search);
}

/// <summary>One file of a sitemap in parts: its number (from 1), and the listed pages it holds, in the site's order.</summary>
public sealed record SitemapPart(int Number, int First, int Count);
