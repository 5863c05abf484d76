using SiteGen.Diagnostics;
using SiteGen.Messages;
using SiteGen.Text;

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
                    : Say.UrlFileBesidePage.With(holder.Page.Path + holder.Name, holder.Page.Owner);
                var at = page.Position ?? new SourcePosition(SourceOf(page), 1, 1);
                var fix = page.Kind == PageKind.Alias ? Say.UrlFixAlias : Say.UrlFixRename;
                diagnostics.Error(at, DiagnosticCodes.UrlCollision,
                    Say.UrlNeedsFolderWhereFile.With(page.Path, Describe(page), file[..slash], taken, fix));
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
                ? Say.UrlFixAlias
                : reported.Kind == PageKind.Bulletin && other.Kind == PageKind.Bulletin ? Say.UrlFixBulletin : Say.UrlFixRename;
            var sameCase = string.Equals(SitePath.ToFile(first.Path), file, StringComparison.Ordinal) ? "" : Say.UrlDifferOnlyInCase;
            diagnostics.Error(at, DiagnosticCodes.UrlCollision,
                Say.UrlClaimedTwice.With(page.Path, sameCase, Describe(reported), Describe(other), fix));
        }
    }

    private static bool HasSource(Page page) => page.Kind is PageKind.Bulletin or PageKind.FreePage or PageKind.Alias;

    private static string SourceOf(Page page) => HasSource(page) ? page.Owner : Configuration.SiteConfig.FileName;

    private static string Describe(Page page) => page.Kind switch
    {
        PageKind.Alias => Say.UrlAliasIn.With(page.Owner),
        PageKind.Bulletin or PageKind.FreePage => page.Owner,
        _ => page.Owner,
    };
}
