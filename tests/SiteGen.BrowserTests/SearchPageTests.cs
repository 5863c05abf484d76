using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace SiteGen.BrowserTests;

/// <summary>The search page in a real browser: what a reader types, sees, clicks and shares.</summary>
public sealed class SearchPageTests(SearchSiteFixture site) : IClassFixture<SearchSiteFixture>
{
    private const string Settled = """
        () => {
          const s = document.querySelector('.search-status');
          return s !== null && s.textContent.length > 0 && !s.textContent.startsWith('Mencari');
        }
        """;

    /// <summary>Messages of the Content-Security-Policy the pages of this test reported: something tried to run that may not.</summary>
    private readonly List<string> _cspViolations = [];

    private async Task<IPage> Open(string query = "", bool javaScript = true, int width = 1280)
    {
        Skip.If(site.Missing is not null, site.Missing);
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            JavaScriptEnabled = javaScript, Locale = "id-ID", ViewportSize = new ViewportSize { Width = width, Height = width < 600 ? 844 : 900 },
        });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal)) _cspViolations.Add(message.Text);
        };
        await page.GotoAsync(site.Root + "cari/" + query);
        if (javaScript && query.Length > 0) await page.WaitForFunctionAsync(Settled);
        return page;
    }

    public static TheoryData<int> Widths() => new() { 390, 1280 };

    private static Task<IReadOnlyList<string>> Titles(IPage page) => page.Locator("#cari-hasil .card__title").AllInnerTextsAsync();

    private static async Task WaitForCount(IPage page, int count) =>
        await Assertions.Expect(page.Locator("#cari-hasil > li")).ToHaveCountAsync(count);

    private static ILocator Facet(IPage page, string facet, string name) =>
        page.Locator($"fieldset[data-facet={facet}] li").Filter(new LocatorFilterOptions { HasText = name });

    [SkippableFact]
    public async Task A_stemmed_query_finds_a_bulletin_that_has_only_another_form_of_the_word()
    {
        var page = await Open("?q=pengamanan");
        var titles = await Titles(page);
        // That bulletin says "Amankan" and "mengamankan", never "pengamanan".
        Assert.Contains("Polres Blitar Amankan Rapat Pleno", titles);
        Assert.Equal(3, titles.Count);
        var item = page.Locator("#cari-hasil > li").Filter(new LocatorFilterOptions { HasText = "Amankan Rapat Pleno" });
        Assert.Contains("mengamankan", await item.Locator(".card__summary mark").AllInnerTextsAsync());
        Assert.Equal("Amankan", await item.Locator(".card__title mark").InnerTextAsync());
        Assert.Equal(site.Root.Replace(new Uri(site.Root).GetLeftPart(UriPartial.Authority), "") + "2024/12/amankan/",
            await item.Locator("a").GetAttributeAsync("href"));
    }

    [SkippableFact]
    public async Task An_acronym_finds_its_long_form_and_the_long_form_finds_the_acronym()
    {
        // Filed under Pemilu 2024 and saying only "pemilihan kepala daerah": the glossary alone links it to "pilkada".
        var page = await Open("?q=pilkada&unit=polres-blitar");
        Assert.Contains("Warga Blitar Sambut Hari Pencoblosan", await Titles(page));
        page = await Open("?q=" + Uri.EscapeDataString("pemilihan kepala daerah"));
        Assert.Contains("Simulasi Sispamkota Jelang Pilkada", await Titles(page));
        page = await Open("?q=TPS");
        Assert.Equal(["Posko Didirikan di Kendari", "Warga Blitar Sambut Hari Pencoblosan"], (await Titles(page)).Order(StringComparer.Ordinal));
    }

    [SkippableFact]
    public async Task Results_appear_while_typing_and_the_last_word_matches_words_it_begins()
    {
        var page = await Open();
        await page.Locator("#cari").PressSequentiallyAsync("patro", new LocatorPressSequentiallyOptions { Delay = 40 });
        await WaitForCount(page, 1);
        Assert.Equal(["Personel Kendari Berpatroli Malam"], await Titles(page));
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/buletin/cari/\?q=patro$"));
        Assert.Equal("1 hasil untuk “patro”.", await page.Locator("[role=status]").InnerTextAsync());
    }

    [SkippableFact]
    public async Task A_word_typed_quickly_runs_one_search_not_one_per_letter()
    {
        const string word = "pengamanan";
        for (var attempt = 1; ; attempt++)
        {
            var page = await Open();
            var records = new List<string>();
            page.Request += (_, request) => { if (request.Url.Contains("/search/r/", StringComparison.Ordinal)) records.Add(request.Url); };
            // Every search starts by announcing "Mencari…"; each announcement is a new text node in the status.
            await page.EvaluateAsync("""
                () => {
                  const status = document.querySelector('.search-status');
                  const loading = document.querySelector('[data-t-loading]').getAttribute('data-t-loading');
                  window.__searches = 0;
                  window.__keys = [];
                  new MutationObserver((changes) => {
                    for (const c of changes) for (const n of c.addedNodes) if (n.textContent === loading) window.__searches++;
                  }).observe(status, { childList: true });
                  document.querySelector('#cari').addEventListener('input', () => window.__keys.push(performance.now()));
                }
                """);

            await page.Locator("#cari").PressSequentiallyAsync(word);
            await Assertions.Expect(page.Locator("[role=status]")).ToHaveTextAsync("3 hasil untuk “pengamanan”.");
            var keys = await page.EvaluateAsync<double[]>("() => window.__keys");
            Assert.Equal(word.Length, keys.Length);
            // A loaded machine may pause between two letters longer than the debounce; then the burst was not quick.
            var longestPause = keys.Zip(keys.Skip(1), (a, b) => b - a).Max();
            if (longestPause >= 150 && attempt < 5) continue;
            Assert.True(longestPause < 150, $"the browser took {longestPause:0} ms between two letters in each of {attempt} attempts");

            Assert.Equal(1, await page.EvaluateAsync<int>("() => window.__searches"));
            // Only the records of the results shown were fetched: no search ran for "p", "pe", "pen", …
            Assert.Equal(3, records.Count);
            Assert.Equal(3, records.Distinct().Count());
            Assert.Equal(3, (await Titles(page)).Count);
            return;
        }
    }

    [SkippableFact]
    public async Task Each_facet_narrows_the_results_and_its_counts_are_right()
    {
        var page = await Open("?q=pengamanan");
        Assert.Equal(["Polres Blitar (2)", "Polresta Kendari (1)"], await page.Locator("fieldset[data-facet=unit] li").AllInnerTextsAsync());
        Assert.Equal(["Polda Jawa Timur (2)", "Polda Sulawesi Tenggara (1)"], await page.Locator("fieldset[data-facet=polda] li").AllInnerTextsAsync());
        Assert.Equal(["Pemilu 2024 (2)", "Pilkada Serentak 2024 (1)"], await page.Locator("fieldset[data-facet=election] li").AllInnerTextsAsync());
        Assert.Equal(["2024 (3)"], await page.Locator("fieldset[data-facet=year] li").AllInnerTextsAsync());

        await Facet(page, "unit", "Polres Blitar").GetByRole(AriaRole.Checkbox).CheckAsync();
        await WaitForCount(page, 2);
        Assert.Equal(["Polres Blitar Amankan Rapat Pleno", "Simulasi Sispamkota Jelang Pilkada"], (await Titles(page)).Order(StringComparer.Ordinal));
        // The unit facet still counts the other units (so a second one can be added); the others count within Polres Blitar.
        Assert.Equal(["Polres Blitar (2)", "Polresta Kendari (1)"], await page.Locator("fieldset[data-facet=unit] li").AllInnerTextsAsync());
        Assert.Equal(["Polda Jawa Timur (2)"], await page.Locator("fieldset[data-facet=polda] li").AllInnerTextsAsync());

        page = await Open("?q=pengamanan");
        await Facet(page, "polda", "Polda Sulawesi Tenggara").GetByRole(AriaRole.Checkbox).CheckAsync();
        await WaitForCount(page, 1);
        Assert.Equal(["Posko Didirikan di Kendari"], await Titles(page));

        page = await Open("?q=pengamanan");
        await Facet(page, "election", "Pemilu 2024").GetByRole(AriaRole.Checkbox).CheckAsync();
        await WaitForCount(page, 2);

        page = await Open("?q=pengamanan");
        await Facet(page, "tag", "posko").GetByRole(AriaRole.Checkbox).CheckAsync();
        await WaitForCount(page, 1);

        page = await Open("?q=blitar");
        Assert.Equal(["2024 (2)", "2023 (1)"], await page.Locator("fieldset[data-facet=year] li").AllInnerTextsAsync());
        await Facet(page, "year", "2023").GetByRole(AriaRole.Checkbox).CheckAsync();
        await WaitForCount(page, 1);
        Assert.Equal(["Warga Blitar Sambut Hari Pencoblosan"], await Titles(page));
    }

    [SkippableFact]
    public async Task The_url_holds_the_search_so_it_can_be_shared_and_the_back_button_works()
    {
        var page = await Open("?q=pengamanan&unit=polres-blitar");
        Assert.Equal("pengamanan", await page.Locator("#cari").InputValueAsync());
        Assert.True(await Facet(page, "unit", "Polres Blitar").GetByRole(AriaRole.Checkbox).IsCheckedAsync());
        Assert.Equal(2, (await Titles(page)).Count);

        await Facet(page, "unit", "Polres Blitar").GetByRole(AriaRole.Checkbox).UncheckAsync();
        await WaitForCount(page, 3);
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/cari/\?q=pengamanan$"));
        await page.Locator("#cari-urutan").SelectOptionAsync("newest");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/cari/\?q=pengamanan&sort=newest$"));
        Assert.Equal(["Polres Blitar Amankan Rapat Pleno", "Simulasi Sispamkota Jelang Pilkada", "Posko Didirikan di Kendari"], await Titles(page));

        await page.GoBackAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/cari/\?q=pengamanan$"));
        await page.GoBackAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/cari/\?q=pengamanan&unit=polres-blitar$"));
        await WaitForCount(page, 2);
        Assert.True(await Facet(page, "unit", "Polres Blitar").GetByRole(AriaRole.Checkbox).IsCheckedAsync());
    }

    [SkippableFact]
    public async Task A_hostile_title_shows_as_text_and_runs_nothing()
    {
        var page = await Open("?q=hoaks");
        Assert.Equal(["Waspada <img src=x onerror=\"window.__xss=1\"> Hoaks"], await Titles(page));
        Assert.Equal(0, await page.Locator("#cari-hasil img, #cari-hasil script").CountAsync());
        Assert.Null(await page.EvaluateAsync<int?>("() => window.__xss ?? null"));
    }

    [SkippableFact]
    public async Task More_results_and_facets_work_from_the_keyboard()
    {
        var page = await Open("?q=apel");
        Assert.Equal("12 hasil untuk “apel”. Menampilkan 10 dari 12.", await page.Locator("[role=status]").InnerTextAsync());
        await WaitForCount(page, 10);
        await page.Locator(".search-more").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await WaitForCount(page, 12);
        // Focus moves to the first new result, so a keyboard user continues where the list grew.
        Assert.Equal(await page.Locator("#cari-hasil > li").Nth(10).Locator("a").InnerTextAsync(),
            await page.EvaluateAsync<string>("() => document.activeElement.textContent"));
        Assert.True(await page.Locator(".search-more").IsHiddenAsync());

        page = await Open("?q=pengamanan");
        await Facet(page, "unit", "Polresta Kendari").GetByRole(AriaRole.Checkbox).FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await WaitForCount(page, 1);
        Assert.Equal("polresta-kendari", await page.EvaluateAsync<string>("() => document.activeElement.value"));
    }

    [SkippableTheory]
    [MemberData(nameof(Widths))]
    public async Task Axe_finds_no_accessibility_violations_on_the_search_page(int width)
    {
        // Results with a filter, the empty page, no results, a corrected typo, "did you mean" links, every facet value shown.
        foreach (var query in new[] { "?q=pengamanan&unit=polres-blitar", "", "?q=tidakadahasilnya", "?q=pilkda", "?q=pelatikan", "?year=2024" })
        {
            var page = await Open(query, width: width);
            if (query == "?year=2024")
            {
                await OpenFilters(page);
                await page.Locator(".facet-toggle:visible").First.ClickAsync();
            }
            var results = await page.RunAxe();
            Assert.True(results.Violations.Length == 0,
                $"axe on /cari/{query} at {width}px:\n" + string.Join('\n', results.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html))})")));
        }
        Assert.Empty(_cspViolations);
    }

    /// <summary>On a phone the filters start folded: unfold them as a reader would.</summary>
    private static async Task OpenFilters(IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => document.querySelector('details.search-facets').open"))
            await page.Locator("details.search-facets > summary").ClickAsync();
    }

    [SkippableTheory]
    [MemberData(nameof(Widths))]
    public async Task A_mistyped_word_finds_the_bulletins_of_the_word_it_was_meant_to_be(int width)
    {
        var page = await Open("?q=pilkada", width: width);
        var meant = await Titles(page);
        // "17 hasil untuk “pilkada”. Menampilkan 10 dari 17."
        var found = await page.Locator("[role=status]").InnerTextAsync();
        Assert.StartsWith(" hasil untuk “pilkada”.", found.TrimStart("0123456789".ToCharArray()));

        page = await Open("?q=pilkda", width: width);

        Assert.Equal(meant, await Titles(page));
        Assert.Equal("Tidak ada hasil untuk “pilkda”; " + found, await page.Locator("[role=status]").InnerTextAsync());
        // What was typed stays in the box and the address; the words found are marked.
        Assert.Equal("pilkda", await page.Locator("#cari").InputValueAsync());
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/cari/\?q=pilkda$"));
        Assert.Contains("Pilkada", await page.Locator("#cari-hasil mark").AllInnerTextsAsync());

        page = await Open("?q=pengamnan", width: width);
        Assert.Equal(3, (await Titles(page)).Count);
        Assert.Empty(_cspViolations);
    }

    [SkippableTheory]
    [MemberData(nameof(Widths))]
    public async Task A_typo_near_two_words_offers_both_and_the_offer_works_by_keyboard(int width)
    {
        var page = await Open("?q=pelatikan", width: width);
        var status = page.Locator("[role=status]");
        Assert.Equal("Tidak ada buletin yang cocok dengan “pelatikan”. Coba kata lain atau hapus saringan. Maksud Anda: pelantikan atau pelatihan?",
            await status.InnerTextAsync());
        // The offer is part of the live status, so a screen reader announces it, and its words are links.
        Assert.Equal("polite", await status.GetAttributeAsync("aria-live"));
        Assert.Equal(["pelantikan", "pelatihan"], await status.Locator("a").AllInnerTextsAsync());

        // From the search box, Tab passes the search button and reaches the first offer.
        await page.Locator("#cari").FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("pelantikan", await page.EvaluateAsync<string>("() => document.activeElement.textContent"));
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("pelatihan", await page.EvaluateAsync<string>("() => document.activeElement.textContent"));
        await page.Keyboard.PressAsync("Enter");

        await WaitForCount(page, 1);
        Assert.Equal(["Polres Malang Gelar Pelatihan Dalmas Jelang Pemungutan Suara"], await Titles(page));
        Assert.Equal("pelatihan", await page.Locator("#cari").InputValueAsync());
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/cari/\?q=pelatihan$"));
        Assert.Equal("1 hasil untuk “pelatihan”.", await status.InnerTextAsync());
        // The back button returns to the typo and its offer.
        await page.GoBackAsync();
        await Assertions.Expect(status).ToContainTextAsync("Maksud Anda");
        Assert.Empty(_cspViolations);
    }

    [SkippableTheory]
    [MemberData(nameof(Widths))]
    public async Task Every_facet_value_is_reachable_and_hidden_ones_are_announced_by_a_button(int width)
    {
        // Every bulletin of 2024: more tags than a facet shows at first.
        var page = await Open("?year=2024", width: width);
        await OpenFilters(page);
        var toggles = 0;
        var names = await page.Locator("fieldset[data-facet]:visible").EvaluateAllAsync<string[]>("all => all.map(f => f.getAttribute('data-facet'))");
        Assert.Equal(["unit", "polda", "election", "tag", "year"], names);
        foreach (var name in names)
        {
            var fieldset = page.Locator($"fieldset[data-facet={name}]");
            var list = fieldset.Locator("ul");
            // No scroll box: the list is as tall as its values.
            Assert.True(await list.EvaluateAsync<bool>("ul => ul.scrollHeight <= ul.clientHeight + 1"), $"the {name} facet scrolls");
            var all = await fieldset.Locator("li").CountAsync();
            var shown = await fieldset.Locator("li:visible").CountAsync();
            var toggle = fieldset.Locator(".facet-toggle");
            if (shown == all)
            {
                Assert.False(await toggle.IsVisibleAsync(), $"the {name} facet shows every value and still offers more");
                continue;
            }
            toggles++;
            Assert.Equal($"Tampilkan semua ({all})", await toggle.InnerTextAsync());
            Assert.Equal("false", await toggle.GetAttributeAsync("aria-expanded"));
            Assert.Equal(await list.GetAttributeAsync("id"), await toggle.GetAttributeAsync("aria-controls"));
            await toggle.FocusAsync();
            await page.Keyboard.PressAsync("Enter");
            Assert.Equal(all, await fieldset.Locator("li:visible").CountAsync());
            Assert.Equal("true", await toggle.GetAttributeAsync("aria-expanded"));
            Assert.Equal("Tampilkan lebih sedikit", await toggle.InnerTextAsync());

            // A value that was hidden can be chosen, and stays in view when the list folds again.
            var last = fieldset.Locator("li").Last;
            var value = await last.Locator("input").GetAttributeAsync("value");
            await last.GetByRole(AriaRole.Checkbox).CheckAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new Regex($"{name}={value}"));
            await Assertions.Expect(fieldset.Locator($"input[value='{value}']")).ToBeCheckedAsync();
            await fieldset.Locator(".facet-toggle").ClickAsync();
            Assert.True(await fieldset.Locator($"input[value='{value}']").IsVisibleAsync());
        }
        Assert.True(toggles > 0, "no facet had more values than it shows at first, so nothing was tested");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth + 1"), $"the page scrolls sideways at {width}px");
        Assert.Empty(_cspViolations);
    }

    [SkippableFact]
    public async Task An_excerpt_keeps_a_heading_apart_from_the_paragraph_after_it()
    {
        var page = await Open("?q=materi");
        var excerpt = await page.Locator("#cari-hasil .card__summary").First.InnerTextAsync();
        Assert.Contains("Materi Pelatihan — Personel berlatih", excerpt);
    }

    [SkippableFact]
    public async Task Without_javascript_the_header_box_leads_to_a_page_that_explains_and_links_to_the_indexes()
    {
        Skip.If(site.Missing is not null, site.Missing);
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Root);
        await page.Locator("#cari-header").FillAsync("pilkada");
        await page.Locator("#cari-header").PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/buletin/cari/\?q=pilkada$"));
        Assert.Contains("JavaScript", await page.Locator(".search-fallback").InnerTextAsync());
        Assert.True(await page.Locator(".search-ui").IsHiddenAsync());
        Assert.True(await page.Locator(".search-fallback a[href='/buletin/satuan/']").IsVisibleAsync());

        page = await Open("?q=pilkada");
        Assert.True(await page.Locator(".search-fallback").IsHiddenAsync());
    }
}
