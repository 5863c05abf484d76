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
            PageKind.Bulletin => [home, (page.Bulletin!.Unit.Name, IndexKinds.Of(TermKind.Unit).PathOf(page.Bulletin.Unit.Slug)), self],
            PageKind.Term => [home, .. Above(page.Term!, translate), self],
            _ => [home, self],
        };
    }

    /// <summary>
    /// What lies between the home page and a term's page: the overview its kind sits under, then its parent term if it has
    /// one (a unit's Polda, itself under the units). One level of parent: no kind has a grandparent.
    /// </summary>
    private static IEnumerable<(string Name, string Path)> Above(Term term, Func<string, string> translate)
    {
        var kind = IndexKinds.Of(term.Kind);
        if (kind.Parent(term) is not { } parent) return Section(kind, translate);
        var parentKind = IndexKinds.Of(parent.Kind);
        return [.. Section(parentKind, translate), (parent.Name, parentKind.PathOf(parent.Slug))];
    }

    /// <summary>The overview a kind's pages sit under (<see cref="IndexKind.Section"/>, else its own), named as in the menu; none when it has no overview.</summary>
    private static IEnumerable<(string Name, string Path)> Section(IndexKind kind, Func<string, string> translate) =>
        IndexKinds.Of(kind.Section ?? kind.Kind) is { Overview: { } overview } section ? [(translate(overview.NavKey), section.Prefix)] : [];
}
