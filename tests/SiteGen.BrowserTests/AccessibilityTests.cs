using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace SiteGen.BrowserTests;

/// <summary>Every kind of page of the sample site meets WCAG 2.1 AA as axe checks it, on a phone and on a desktop, and works by keyboard.</summary>
public sealed class AccessibilityTests(SampleSiteFixture site) : IClassFixture<SampleSiteFixture>
{
    public static TheoryData<string> PageKinds() => new()
    {
        "", "halaman/2/", "2024/09/fgd-netralitas-polri-pilkada-blitar/",
        "satuan/", "satuan/polres-blitar/", "polda/polda-jawa-timur/", "pemilihan/", "pemilihan/pilkada-serentak-2024/",
        "tag/", "tag/netralitas/", "arsip/", "arsip/2024/", "tentang/", "cari/", "cari/?q=pengamanan+pilkada", "404.html",
    };

    [SkippableTheory]
    [MemberData(nameof(PageKinds))]
    public async Task Page_has_no_wcag_21_aa_violations_on_phone_and_desktop(string path)
    {
        Skip.If(site.Missing is not null, site.Missing);
        // Both colour schemes: the theme follows prefers-color-scheme, and its dark colours must meet AA too.
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        foreach (var (width, height) in new[] { (390, 844), (1280, 900) })
        {
            var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height }, ColorScheme = scheme });
            var page = await context.NewPageAsync();
            await page.GotoAsync(site.Root + path);
            if (path.Contains("?q=")) await page.WaitForSelectorAsync("#cari-hasil > li");
            var results = await page.RunAxe(new AxeRunOptions
            {
                RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
            });
            Assert.True(results.Violations.Length == 0,
                $"axe on /{path} at {width}px ({scheme}):\n" + string.Join('\n', results.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html))})")));
            // Nothing scrolls sideways on a phone.
            Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth + 1"), $"/{path} scrolls sideways at {width}px");
            await context.CloseAsync();
        }
    }

    [SkippableFact]
    public async Task The_skip_link_comes_first_and_takes_the_keyboard_to_the_content()
    {
        Skip.If(site.Missing is not null, site.Missing);
        var page = await site.Browser.NewPageAsync();
        await page.GotoAsync(site.Root + "satuan/polres-blitar/");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Langsung ke konten utama", await page.EvaluateAsync<string>("document.activeElement.textContent"));
        // The link is visible once focused, with a visible focus indicator.
        Assert.True(await page.EvaluateAsync<bool>("document.activeElement.getBoundingClientRect().top >= 0"));
        Assert.NotEqual("none", await page.EvaluateAsync<string>("getComputedStyle(document.activeElement).outlineStyle"));
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Tab");
        var next = await page.EvaluateAsync<string>("document.activeElement.closest('main') ? 'main' : document.activeElement.tagName");
        Assert.Equal("main", next);
    }
}
