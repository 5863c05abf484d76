using SiteGen.BrowserTests.Support;
using SiteGen.Model;

namespace SiteGen.BrowserTests;

/// <summary>
/// Lighthouse scores the sample site's pages 100 for accessibility, best practices and SEO, as a phone sees them.
/// Performance depends on the machine and is measured by bench/lighthouse.sh instead.
/// </summary>
public sealed class LighthouseTests(LighthouseSiteFixture site) : IClassFixture<LighthouseSiteFixture>
{
    private static readonly string[] Categories = ["accessibility", "best-practices", "seo"];

    public static TheoryData<string> Pages() => new() { "home", "bulletin", "unit", "election", "search" };

    [SkippableTheory]
    [MemberData(nameof(Pages))]
    public async Task A_page_scores_100_for_accessibility_best_practices_and_seo(string kind)
    {
        Skip.If(site.Missing is not null, site.Missing);
        var url = site.Root + PathOf(kind);

        var report = await Lighthouse.RunAsync(url, Categories);

        Assert.Equal(url, report.GetProperty("finalDisplayedUrl").GetString());
        foreach (var category in Categories)
        {
            var score = report.GetProperty("categories").GetProperty(category).GetProperty("score").GetDouble();
            Assert.True(score == 1, $"Lighthouse {Lighthouse.Version} gives {url} {score * 100:0} for {category}:\n" + string.Join('\n', Lighthouse.LostPoints(report, category)));
        }
    }

    /// <summary>The page of that kind, from the built site (addresses are the site's to choose); the search page with results.</summary>
    private string PathOf(string kind)
    {
        var pages = site.Built.Site!.Pages;
        string First(PageKind k) => pages.First(p => p.Kind == k).Path;
        string FirstTerm(TermKind k) => pages.First(p => p.Kind == PageKind.Term && p.Term!.Kind == k).Path;
        return kind switch
        {
            "home" => First(PageKind.Home),
            "bulletin" => First(PageKind.Bulletin),
            "unit" => FirstTerm(TermKind.Unit),
            "election" => FirstTerm(TermKind.Election),
            "search" => First(PageKind.Search) + "?q=pengamanan+pilkada",
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "no such page kind"),
        };
    }
}
