using SiteGen.Messages;

namespace SiteGen.Model;

/// <summary>Lists every page and file of the site in a fixed order, from which rendering, the sitemap and collision checks all work.</summary>
public static class PagePlanner
{
    /// <param name="sitemapLimit">Pages one sitemap file lists; a site with more gets parts.</param>
    public static IReadOnlyList<Page> Plan(Site site, int sitemapLimit)
    {
        var size = site.Config.PageSize;
        var pages = new List<Page>();
        foreach (var pager in Pager.Paginate(site.Bulletins, size, UrlScheme.Home))
            pages.Add(new Page(PageKind.Home, pager.Path, Say.OwnerHome) { Pager = pager });

        foreach (var bulletin in site.Bulletins)
            pages.Add(new Page(PageKind.Bulletin, bulletin.Path, bulletin.SourcePath) { Bulletin = bulletin });

        foreach (var kind in IndexKinds.All)
            AddTerms(pages, site, kind, size);

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

        // Beyond what one sitemap file may list, sitemap.xml names the parts that list them.
        var listed = pages.Count(p => p.InSitemap);
        if (listed > sitemapLimit)
            for (var (number, first) = (1, 0); first < listed; (number, first) = (number + 1, first + sitemapLimit))
                pages.Add(new Page(PageKind.Sitemap, UrlScheme.SitemapPart(number), Say.OwnerSitemap)
                    { Part = new SitemapPart(number, first, Math.Min(sitemapLimit, listed - first)) });
        return pages;
    }

    /// <summary>The kind's overview, if it has one, then each term's pages and feed.</summary>
    private static void AddTerms(List<Page> pages, Site site, IndexKind kind, int size)
    {
        if (kind.Overview is not null)
            pages.Add(new Page(PageKind.Overview, kind.Prefix, Say.OwnerOverview.With(kind.Prefix.TrimEnd('/'))) { Index = kind });
        foreach (var term in site.TermsOf(kind.Kind))
        {
            foreach (var pager in Pager.Paginate(term.Bulletins, size, term.Path))
                pages.Add(new Page(PageKind.Term, pager.Path, Say.OwnerTermPage.With(kind.Word(), term.Name)) { Index = kind, Term = term, Pager = pager });
            if (kind.HasFeed)
                pages.Add(new Page(PageKind.Feed, UrlScheme.FeedOf(term.Path), Say.OwnerTermFeed.With(kind.Word(), term.Name)) { Term = term });
        }
    }
}
