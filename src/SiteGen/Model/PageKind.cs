namespace SiteGen.Model;

/// <summary>Every kind of file a build writes from the model; each has a layout or a writer of its own.</summary>
public enum PageKind
{
    Home,
    Bulletin,
    Units,
    Unit,
    Polda,
    Elections,
    Election,
    Tags,
    Tag,
    Archive,
    Year,
    FreePage,
    Search,
    NotFound,
    Alias,
    Feed,
    Sitemap,
    Robots,
}
