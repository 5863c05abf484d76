using SiteGen.Messages;

namespace SiteGen.Model;

/// <summary>Lists every page and file of the site in a fixed order, from which rendering, the sitemap and collision checks all work.</summary>
public static class PagePlanner
{
    public static IReadOnlyList<Page> Plan(Site site)
    {
        var size = site.Config.PageSize;
        var pages = new List<Page>();
        foreach (var pager in Pager.Paginate(site.Bulletins, size, UrlScheme.Home))
            pages.Add(new Page(PageKind.Home, pager.Path, Say.OwnerHome) { Pager = pager });

        foreach (var bulletin in site.Bulletins)
            pages.Add(new Page(PageKind.Bulletin, bulletin.Path, bulletin.SourcePath) { Bulletin = bulletin });

        AddTerms(pages, site, TermKind.Unit, PageKind.Units, UrlScheme.Units, PageKind.Unit, size);
        AddTerms(pages, site, TermKind.Polda, null, null, PageKind.Polda, size);
        AddTerms(pages, site, TermKind.Election, PageKind.Elections, UrlScheme.Elections, PageKind.Election, size);
        AddTerms(pages, site, TermKind.Tag, PageKind.Tags, UrlScheme.Tags, PageKind.Tag, size);
        AddTerms(pages, site, TermKind.Year, PageKind.Archive, UrlScheme.Archive, PageKind.Year, size);

        foreach (var page in site.FreePages)
            pages.Add(new Page(PageKind.FreePage, page.Path, page.SourcePath) { FreePage = page });

        pages.Add(new Page(PageKind.Search, UrlScheme.Search, Say.OwnerSearch));
        pages.Add(new Page(PageKind.NotFound, UrlScheme.NotFound, Say.OwnerNotFound));
        pages.Add(new Page(PageKind.Feed, UrlScheme.Feed, Say.OwnerFeed));
        pages.Add(new Page(PageKind.Sitemap, UrlScheme.Sitemap, Say.OwnerSitemap));
        pages.Add(new Page(PageKind.Robots, UrlScheme.Robots, "robots.txt"));

        foreach (var bulletin in site.Bulletins)
            foreach (var alias in bulletin.Aliases)
                pages.Add(new Page(PageKind.Alias, alias.Value, bulletin.SourcePath) { Target = bulletin.Path, Position = alias.Position });
        return pages;
    }

    private static void AddTerms(List<Page> pages, Site site, TermKind kind, PageKind? overviewKind, string? overviewPath, PageKind termKind, int size)
    {
        if (overviewKind is { } overview && overviewPath is not null)
            pages.Add(new Page(overview, overviewPath, Say.OwnerOverview.With(overviewPath.TrimEnd('/'))));
        foreach (var term in site.TermsOf(kind))
        {
            foreach (var pager in Pager.Paginate(term.Bulletins, size, term.Path))
                pages.Add(new Page(termKind, pager.Path, Say.OwnerTermPage.With(Word(kind), term.Name)) { Term = term, Pager = pager });
            if (term.HasFeed)
                pages.Add(new Page(PageKind.Feed, UrlScheme.FeedOf(term.Path), Say.OwnerTermFeed.With(Word(kind), term.Name)) { Term = term });
        }
    }

    /// <summary>The kind of term in words, for the owners named in messages (never on a page: pages take their words from the theme).</summary>
    private static string Word(TermKind kind) => kind switch
    {
        TermKind.Unit => Say.TermKindUnit,
        TermKind.Polda => Say.TermKindPolda,
        TermKind.Election => Say.TermKindElection,
        TermKind.Tag => Say.TermKindTag,
        _ => Say.TermKindYear,
    };
}
