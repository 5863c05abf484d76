using SiteGen.Diagnostics;

namespace SiteGen.Model;

/// <summary>
/// Checks that no two pages claim one URL (letter case ignored, as some file systems and hosts do), and that no page
/// would need a folder where the site has a file (an alias '/feed.xml/' beside the feed).
/// </summary>
public static class UrlClaims
{
    public static void Check(IReadOnlyList<Page> pages, DiagnosticBag diagnostics)
    {
        CheckOneClaimEach(pages, diagnostics);
        CheckFoldersAreNotFiles(pages, diagnostics);
    }

    private static void CheckFoldersAreNotFiles(IReadOnlyList<Page> pages, DiagnosticBag diagnostics)
    {
        // Every file the site will hold that a page's folder could run into: the pages' own, and the files published beside them.
        // The page, and the name of the file beside it (null for the page's own file); described only for a message.
        var files = new Dictionary<string, (Page Page, string? Name)>(StringComparer.OrdinalIgnoreCase);
        foreach (var page in pages)
        {
            files.TryAdd(SitePath.ToFile(page.Path), (page, null));
            var resources = page.Bulletin is { } bulletin
                ? bulletin.Body.Resources.Concat(bulletin.Image is { } image ? [image.File] : [])
                : page.FreePage?.Body.Resources ?? [];
            foreach (var resource in resources)
                foreach (var name in resource.OutputNames)
                    files.TryAdd(page.Path + name, (page, name));
        }
        foreach (var page in pages)
        {
            var file = SitePath.ToFile(page.Path);
            for (var slash = file.IndexOf('/'); slash >= 0; slash = file.IndexOf('/', slash + 1))
            {
                if (!files.TryGetValue(file[..slash], out var holder)) continue;
                var taken = holder.Name is null
                    ? $"/{holder.Page.Path} ({Describe(holder.Page)})"
                    : $"/{holder.Page.Path}{holder.Name} (a file {holder.Page.Owner} publishes beside its page)";
                var at = page.Position ?? new SourcePosition(SourceOf(page), 1, 1);
                var fix = page.Kind == PageKind.Alias ? "remove or change this alias" : "rename one of them";
                diagnostics.Error(at, DiagnosticCodes.UrlCollision,
                    $"/{page.Path} ({Describe(page)}) would need a folder /{file[..slash]}/ where the site has the file {taken}; {fix}");
                break;
            }
        }
    }

    private static void CheckOneClaimEach(IReadOnlyList<Page> pages, DiagnosticBag diagnostics)
    {
        var claimed = new Dictionary<string, Page>(StringComparer.OrdinalIgnoreCase);
        foreach (var page in pages)
        {
            var file = SitePath.ToFile(page.Path);
            if (claimed.TryAdd(file, page)) continue;
            var first = claimed[file];
            var (reported, other) = HasSource(page) || !HasSource(first) ? (page, first) : (first, page);
            var at = reported.Position ?? new SourcePosition(SourceOf(reported), 1, 1);
            var fix = reported.Kind == PageKind.Alias
                ? "remove or change this alias"
                : reported.Kind == PageKind.Bulletin ? "give one of them a different 'slug:' or title" : "rename one of them";
            var sameCase = string.Equals(SitePath.ToFile(first.Path), file, StringComparison.Ordinal) ? "" : " (the addresses differ only in letter case)";
            diagnostics.Error(at, DiagnosticCodes.UrlCollision,
                $"/{page.Path} is claimed twice{sameCase}: by {Describe(reported)} and by {Describe(other)}; {fix}");
        }
    }

    private static bool HasSource(Page page) => page.Kind is PageKind.Bulletin or PageKind.FreePage or PageKind.Alias;

    private static string SourceOf(Page page) => HasSource(page) ? page.Owner : Configuration.SiteConfig.FileName;

    private static string Describe(Page page) => page.Kind switch
    {
        PageKind.Alias => $"an alias in {page.Owner}",
        PageKind.Bulletin or PageKind.FreePage => page.Owner,
        _ => page.Owner,
    };
}
