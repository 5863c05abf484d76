namespace SiteGen.Model;

/// <summary>Every kind of file a build writes from the model; each has a layout or a writer of its own.</summary>
public enum PageKind
{
    Home,
    Bulletin,
    /// <summary>An index kind's list of its terms ("satuan/"); <see cref="Page.Index"/> says which kind.</summary>
    Overview,
    /// <summary>A page of one term's bulletins ("satuan/polres-blitar/"); <see cref="Page.Index"/> and <see cref="Page.Term"/> say which.</summary>
    Term,
    FreePage,
    Search,
    NotFound,
    Alias,
    Feed,
    Sitemap,
    Robots,
}
