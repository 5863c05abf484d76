using SiteGen.Model;

namespace SiteGen.Rendering;

/// <summary>The trail from the home page to a page, used by the breadcrumb navigation and the BreadcrumbList data alike.</summary>
internal static class Breadcrumbs
{
    /// <summary>The trail ending with the page itself; empty for the home page and the 404 page.</summary>
    public static IReadOnlyList<(string Name, string Path)> For(Page page, string title, Func<string, string> translate)
    {
        var home = (translate("nav_home"), UrlScheme.Home);
        var self = (title, page.Path);
        return page.Kind switch
        {
            PageKind.Home or PageKind.NotFound => [],
            PageKind.Bulletin => [home, (page.Bulletin!.Unit.Name, UrlScheme.Unit(page.Bulletin.Unit.Slug)), self],
            PageKind.Unit => [home, (translate("nav_units"), UrlScheme.Units), (page.Term!.Unit!.Polda, UrlScheme.Polda(page.Term.Unit.PoldaSlug)), self],
            PageKind.Polda => [home, (translate("nav_units"), UrlScheme.Units), self],
            PageKind.Election => [home, (translate("nav_elections"), UrlScheme.Elections), self],
            PageKind.Tag => [home, (translate("nav_tags"), UrlScheme.Tags), self],
            PageKind.Year => [home, (translate("nav_archive"), UrlScheme.Archive), self],
            _ => [home, self],
        };
    }
}
