using SiteGen.Diagnostics;

namespace SiteGen.Model;

/// <summary>Checks that no two pages claim one URL (letter case ignored, as some file systems and hosts do).</summary>
public static class UrlClaims
{
    public static void Check(IReadOnlyList<Page> pages, DiagnosticBag diagnostics)
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
