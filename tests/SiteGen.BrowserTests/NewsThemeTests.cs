using Microsoft.Playwright;
using SiteGen.BrowserTests.Support;

namespace SiteGen.BrowserTests;

/// <summary>
/// The sample site as a reader meets it on a phone (390 px) and a desktop (1280 px), in the light and the dark scheme:
/// every kind of page loads whole (no missing file, no picture that fails, nothing the Content-Security-Policy refuses),
/// nothing scrolls sideways, cards carry pictures, and a bulletin can be shared. Screenshots of each kind of page are
/// written to <see cref="Screenshots.Folder"/>.
/// </summary>
public sealed class NewsThemeTests(SampleSiteFixture site) : IClassFixture<SampleSiteFixture>
{
    private const string BulletinSource = "fgd-netralitas-polri-pilkada-blitar.md";

    private string BulletinPath => site.Built.Site!.Bulletins.Single(b => b.SourcePath.EndsWith(BulletinSource, StringComparison.Ordinal)).Path;

    private (string Kind, string Path)[] PageKinds() =>
    [
        ("home", ""), ("home-2", "halaman/2/"), ("bulletin", BulletinPath), ("units", "satuan/"), ("unit", "satuan/polres-blitar/"),
        ("polda", "polda/polda-jawa-timur/"), ("elections", "pemilihan/"), ("election", "pemilihan/pilkada-serentak-2024/"),
        ("tags", "tag/"), ("tag", "tag/operasi-mantap-praja/"), ("archive", "arsip/"), ("year", "arsip/2024/"), ("page", "tentang/"),
        ("search", "cari/?q=pengamanan+pilkada"), ("404", "404.html"),
    ];

    // Records what the Content-Security-Policy refuses, from the page's first script on.
    private const string WatchPolicy = "window.__refused = []; document.addEventListener('securitypolicyviolation', (e) => window.__refused.push(e.violatedDirective + ' ' + e.blockedURI));";

    [SkippableFact]
    public async Task Every_kind_of_page_loads_whole_without_sideways_scroll_or_a_refused_resource_at_both_widths_in_both_schemes()
    {
        Skip.If(site.Missing is not null, site.Missing);
        var problems = new List<string>();
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        foreach (var (width, height) in new[] { (390, 844), (1280, 900) })
        {
            var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions
            {
                ViewportSize = new ViewportSize { Width = width, Height = height }, ColorScheme = scheme, Locale = "id-ID",
            });
            await context.AddInitScriptAsync(WatchPolicy);
            foreach (var (kind, path) in PageKinds())
            {
                var page = await context.NewPageAsync();
                // Sixty page loads on two cores shared with the other tests: a load may take longer than Playwright's 30 s.
                page.SetDefaultTimeout(90_000);
                var where = $"/{path} at {width}px ({scheme})";
                page.Console += (_, message) =>
                {
                    if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal)) problems.Add($"{where}: {message.Text}");
                };
                page.Response += (_, response) =>
                {
                    if (response.Status >= 400) problems.Add($"{where}: {response.Url} answered {response.Status}");
                };
                page.RequestFailed += (_, request) => problems.Add($"{where}: {request.Url} failed ({request.Failure})");
                await page.GotoAsync(site.Root + path, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
                if (path.Contains("?q=", StringComparison.Ordinal)) await page.WaitForSelectorAsync("#cari-hasil > li");
                // Scrolled to the end, so pictures loaded lazily are fetched too, then back for the screenshot.
                await page.EvaluateAsync("window.scrollTo(0, document.body.scrollHeight)");
                await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
                await page.EvaluateAsync("window.scrollTo(0, 0)");
                // A lazy picture the scroll passed may still be on its way when the network looks idle: every picture is
                // asked for now and given time to arrive; one that does not is reported below with its address.
                await page.EvaluateAsync("document.querySelectorAll('img[loading=lazy]').forEach(i => i.loading = 'eager')");
                try
                {
                    await page.WaitForFunctionAsync("[...document.images].every(i => i.complete)", null, new PageWaitForFunctionOptions { Timeout = 15_000 });
                }
                catch (TimeoutException)
                {
                    problems.Add($"{where}: pictures were still loading after 15 s");
                }
                var broken = await page.EvaluateAsync<string[]>("[...document.images].filter(i => !i.complete || i.naturalWidth === 0).map(i => i.currentSrc || i.src)");
                problems.AddRange(broken.Select(src => $"{where}: the picture {src} did not load"));
                var refused = await page.EvaluateAsync<string[]>("window.__refused");
                problems.AddRange(refused.Select(r => $"{where}: the Content-Security-Policy refused {r}"));
                if (!await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth + 1"))
                    problems.Add($"{where}: the page scrolls sideways");
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor(kind, width, scheme == ColorScheme.Dark ? "dark" : "light"), FullPage = true });
                await page.CloseAsync();
            }
            await context.CloseAsync();
        }
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    // Every layout shift since the page began that no input caused (what Lighthouse's CLS adds up), and where each was.
    // The observer is called only when there is an entry, so a page without any answers after a moment.
    private const string LayoutShifts = """
        () => new Promise(resolve => {
          const describe = (entries) => entries.filter(e => !e.hadRecentInput).map(e => e.value.toFixed(4) + ' ' +
            e.sources.map(s => s.node ? (s.node.id || s.node.className || s.node.nodeName) : '?').join(', '));
          new PerformanceObserver((list, observer) => { observer.disconnect(); resolve(describe(list.getEntries())); })
            .observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve([]), 1000);
        })
        """;

    [SkippableTheory]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task The_search_page_is_as_wide_as_the_header_and_nothing_moves_when_its_results_arrive(int width)
    {
        Skip.If(site.Missing is not null, site.Missing);
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = width < 600 ? 844 : 900 }, Locale = "id-ID",
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Root + "cari/?q=pengamanan+pilkada");
        await page.WaitForSelectorAsync("#cari-hasil > li");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth + 1"), $"the search page scrolls sideways at {width}px");

        // The search box, the status, the filters and the results line up with the header's content, edge to edge.
        var edges = await page.EvaluateAsync<double[]>("""
            () => {
              const inner = (e) => { const r = e.getBoundingClientRect(), s = getComputedStyle(e);
                return [r.left + parseFloat(s.paddingLeft), r.right - parseFloat(s.paddingRight)]; };
              const box = (s) => { const r = document.querySelector(s).getBoundingClientRect(); return [r.left, r.right]; };
              return [...inner(document.querySelector('.site-header__inner')), ...box('main'), ...box('.search-toolbar'), ...box('.search-layout')];
            }
            """);
        var (left, right) = (edges[0], edges[1]);
        for (var i = 2; i < edges.Length; i += 2)
            Assert.True(Math.Abs(edges[i] - left) < 1 && Math.Abs(edges[i + 1] - right) < 1,
                $"at {width}px the header's content spans {left}–{right}px, but {new[] { "main", ".search-toolbar", ".search-layout" }[i / 2 - 1]} spans {edges[i]}–{edges[i + 1]}px");

        var shifts = await page.EvaluateAsync<string[]>(LayoutShifts);
        Assert.True(shifts.Length == 0, $"at {width}px parts of the search page moved while it loaded: {string.Join("; ", shifts)}");
        await context.CloseAsync();
    }

    [SkippableFact]
    public async Task The_home_page_leads_with_the_newest_bulletin_large_and_cards_carry_pictures_as_webp()
    {
        Skip.If(site.Missing is not null, site.Missing);
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Root);
        var newest = site.Built.Site!.Bulletins[0];
        var lead = page.Locator(".card--lead");
        Assert.Equal(newest.Title, await lead.Locator(".card__title").InnerTextAsync());
        var leadBox = (await lead.BoundingBoxAsync())!;
        var cardBox = (await page.Locator(".cards .card").First.BoundingBoxAsync())!;
        Assert.True(leadBox.Width > 2 * cardBox.Width, $"the lead story is {leadBox.Width}px wide, a card {cardBox.Width}px");

        // The unit's list shows the picture of its bulletin that has one, as WebP, at the size the page states.
        await page.GotoAsync(site.Root + "satuan/polres-blitar/");
        var card = page.Locator(".card").Filter(new LocatorFilterOptions { HasText = site.Built.Site.Bulletins.Single(b => b.SourcePath.EndsWith(BulletinSource, StringComparison.Ordinal)).Title });
        var picture = card.Locator("picture img");
        await picture.ScrollIntoViewIfNeededAsync();
        await Assertions.Expect(picture).ToHaveJSPropertyAsync("complete", true);
        Assert.EndsWith(".webp", await picture.EvaluateAsync<string>("i => i.currentSrc"));
        Assert.True(await picture.EvaluateAsync<bool>("i => i.naturalWidth > 0 && i.getAttribute('width') > 0 && i.getAttribute('height') > 0"));
        // A card without a picture shows a placeholder that screen readers skip.
        Assert.True(await page.Locator(".card__media--none[aria-hidden=true]").CountAsync() > 0);
        await context.CloseAsync();
    }

    [SkippableFact]
    public async Task A_bulletin_has_share_links_with_its_encoded_address_and_no_request_goes_to_another_site()
    {
        Skip.If(site.Missing is not null, site.Missing);
        var page = await site.Browser.NewPageAsync();
        var foreign = new List<string>();
        page.Request += (_, request) => { if (new Uri(request.Url).Host != "127.0.0.1") foreign.Add(request.Url); };
        await page.GotoAsync(site.Root + BulletinPath);
        var bulletin = site.Built.Site!.Bulletins.Single(b => b.Path == BulletinPath);
        var permalink = "https://example.org/" + BulletinPath;
        var expected = new Dictionary<string, string>
        {
            ["whatsapp"] = "https://wa.me/?text=" + Uri.EscapeDataString(bulletin.Title + " " + permalink),
            ["facebook"] = "https://www.facebook.com/sharer/sharer.php?u=" + Uri.EscapeDataString(permalink),
            ["x"] = $"https://x.com/intent/tweet?text={Uri.EscapeDataString(bulletin.Title)}&url={Uri.EscapeDataString(permalink)}",
            ["telegram"] = $"https://t.me/share/url?url={Uri.EscapeDataString(permalink)}&text={Uri.EscapeDataString(bulletin.Title)}",
        };
        foreach (var (network, href) in expected)
        {
            var link = page.Locator($".share__link--{network}");
            Assert.Equal(href, await link.GetAttributeAsync("href"));
            Assert.Contains("noopener", await link.GetAttributeAsync("rel"));
        }
        Assert.StartsWith("mailto:?subject=", await page.Locator(".share__link--email").GetAttributeAsync("href"));
        // Links that open a share dialog carry a name that says so.
        Assert.Equal("Bagikan ke WhatsApp", await page.Locator(".share__link--whatsapp").EvaluateAsync<string>("a => a.querySelector('.visually-hidden').textContent"));
        Assert.Empty(foreign);
    }

    [SkippableFact]
    public async Task Copy_link_puts_the_bulletins_address_on_the_clipboard_and_says_so()
    {
        Skip.If(site.Missing is not null, site.Missing);
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { Permissions = ["clipboard-read", "clipboard-write"] });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Root + BulletinPath);
        var button = page.Locator("button.share__copy");
        await Assertions.Expect(button).ToBeVisibleAsync();
        await button.ClickAsync();
        await Assertions.Expect(page.Locator(".share__status")).ToHaveTextAsync("Tautan disalin.");
        Assert.Equal("https://example.org/" + BulletinPath, await page.EvaluateAsync<string>("navigator.clipboard.readText()"));
        await context.CloseAsync();
    }

    [SkippableFact]
    public async Task Without_a_clipboard_the_address_is_shown_selected_and_without_javascript_there_is_no_dead_button()
    {
        Skip.If(site.Missing is not null, site.Missing);
        var context = await site.Browser.NewContextAsync();
        await context.AddInitScriptAsync("Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });");
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Root + BulletinPath);
        await page.Locator("button.share__copy").ClickAsync();
        var field = page.Locator(".share__status input");
        await Assertions.Expect(field).ToHaveValueAsync("https://example.org/" + BulletinPath);
        Assert.True(await field.EvaluateAsync<bool>("f => f === document.activeElement && f.selectionStart === 0 && f.selectionEnd === f.value.length"));
        await context.CloseAsync();

        var plain = await site.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var still = await plain.NewPageAsync();
        await still.GotoAsync(site.Root + BulletinPath);
        await Assertions.Expect(still.Locator("button.share__copy")).ToBeHiddenAsync();
        await Assertions.Expect(still.Locator(".share__link--whatsapp")).ToBeVisibleAsync();
        await plain.CloseAsync();
    }
}
