using Microsoft.Playwright;

namespace SiteGen.BrowserTests;

/// <summary>
/// The hostile fixture in a real browser: every kind of page and the search results for its payloads. No dialog may
/// open, no request may leave for another host, no element a payload describes may exist, and every payload shows as text.
/// </summary>
public sealed class HostileSiteTests(HostileSiteFixture site) : IClassFixture<HostileSiteFixture>
{
    private static readonly string[] Pages =
    [
        "", "satuan/", "satuan/polres-jahat/", "pemilihan/", "pemilihan/pilkada-jahat/", "tag/", "arsip/", "arsip/2024/",
        "tentang/", "cari/", "404.html", "lama/serangan/",
    ];

    private static readonly string[] Queries =
        ["script", "alert", "onerror", "svg onload", "judul", "img src", "javascript", "vbscript", "expression", "rapat", "isolasi", "data text html"];

    [SkippableFact]
    public async Task No_page_runs_a_payload_or_sends_a_request_elsewhere()
    {
        Skip.If(site.Missing is not null, site.Missing);
        var paths = Pages.Concat(site.Built.Site!.Bulletins.Select(b => b.Path))
            .Concat(Enum.GetValues<SiteGen.Model.TermKind>().SelectMany(kind => site.Built.Site.TermsOf(kind)).Select(t => t.Path))
            .Concat(Queries.Select(q => "cari/?q=" + Uri.EscapeDataString(q)))
            .Distinct()
            .ToArray();
        foreach (var path in paths)
        {
            var page = await site.Browser.NewPageAsync();
            var dialogs = new List<string>();
            var foreign = new List<string>();
            var violations = new List<string>();
            page.Dialog += async (_, dialog) =>
            {
                dialogs.Add(dialog.Message);
                await dialog.DismissAsync();
            };
            page.Request += (_, request) =>
            {
                var uri = new Uri(request.Url);
                if (uri.Scheme is "http" or "https" && uri.Host != "127.0.0.1") foreign.Add(request.Url);
            };
            page.Console += (_, message) =>
            {
                if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal)) violations.Add(message.Text);
            };
            // An alias page sends the reader on at once, so its own load event may never come: follow it to the bulletin.
            // The wait starts before the visit, so a redirect that is quicker than this test is not missed.
            var alias = path.StartsWith("lama/", StringComparison.Ordinal);
            var arrived = alias
                ? page.WaitForURLAsync(url => url.StartsWith(site.Root, StringComparison.Ordinal) && !url.Contains("/lama/", StringComparison.Ordinal))
                : Task.CompletedTask;
            var response = await page.GotoAsync(site.Root + path, new() { WaitUntil = alias ? WaitUntilState.Commit : WaitUntilState.Load });
            // A page that is missing would pass every check below; 404.html too is a file of the site and answers 200.
            Assert.True(response?.Status == 200, $"/{path} answered {response?.Status.ToString() ?? "nothing"}, not 200");
            await arrived;
            if (path.StartsWith("cari/?q=", StringComparison.Ordinal))
                await page.WaitForFunctionAsync("() => { const s = document.querySelector('.search-status'); return s && s.textContent && !s.textContent.startsWith('Mencari'); }");
            await page.WaitForTimeoutAsync(100);

            Assert.True(dialogs.Count == 0, $"/{path} opened a dialog: {string.Join(", ", dialogs)}");
            Assert.True(foreign.Count == 0, $"/{path} sent requests elsewhere: {string.Join(", ", foreign)}");
            Assert.True(violations.Count == 0, $"/{path} tripped the Content-Security-Policy (something tried to run): {string.Join(", ", violations)}");
            var injected = await page.EvaluateAsync<string[]>("""
                () => [...document.querySelectorAll('*')].flatMap(e => {
                  const found = [];
                  if (['IFRAME', 'OBJECT', 'EMBED', 'SVG', 'STYLE'].includes(e.tagName.toUpperCase())) found.push(e.tagName);
                  if (e.tagName === 'IMG' && e.getAttribute('src') === 'x') found.push('img src=x');
                  if (e.tagName === 'SCRIPT' && !(e.type === 'application/ld+json' || (e.src && new URL(e.src).host === location.host))) found.push('script');
                  for (const a of e.attributes) if (a.name.startsWith('on') || a.name === 'style') found.push(e.tagName + ' ' + a.name);
                  if (e.tagName === 'A' && /^\s*(javascript|data|vbscript):/i.test(e.getAttribute('href') || '')) found.push('a ' + e.getAttribute('href'));
                  return found;
                })
                """);
            Assert.True(injected.Length == 0, $"/{path} holds injected elements: {string.Join(", ", injected)}");
            await page.CloseAsync();
        }
    }

    [SkippableFact]
    public async Task Payloads_show_as_text_in_pages_and_in_search_results()
    {
        Skip.If(site.Missing is not null, site.Missing);
        var bulletin = site.Built.Site!.Bulletins.Single(b => b.SourcePath.EndsWith("serangan.md", StringComparison.Ordinal));
        var page = await site.Browser.NewPageAsync();
        await page.GotoAsync(site.Root + bulletin.Path);
        Assert.Equal(bulletin.Title, await page.Locator("h1").InnerTextAsync());

        await page.GotoAsync(site.Root + "cari/?q=judul");
        await page.WaitForSelectorAsync("#cari-hasil > li");
        Assert.Contains(bulletin.Title, await page.Locator("#cari-hasil").InnerTextAsync());
        Assert.Equal(0, await page.Locator("#cari-hasil script, #cari-hasil img[src=x]").CountAsync());
    }

    [SkippableFact]
    public async Task Css_expressions_script_addresses_and_bidi_characters_show_as_the_text_written()
    {
        Skip.If(site.Missing is not null, site.Missing);
        var bulletin = site.Built.Site!.Bulletins.Single(b => b.SourcePath.EndsWith("arah.md", StringComparison.Ordinal));
        var page = await site.Browser.NewPageAsync();
        var response = await page.GotoAsync(site.Root + bulletin.Path);
        Assert.Equal(200, response?.Status);
        // textContent keeps the invisible and bidi characters exactly as the bulletin wrote them (closed where it left them open).
        Assert.Equal(bulletin.Title, await page.Locator("h1").TextContentAsync());
        Assert.EndsWith(" · " + site.Built.Site.Config.Title, await page.TitleAsync());
        var facts = await page.Locator("dl.facts").InnerTextAsync();
        Assert.Contains("<div style=\"background:expression(alert('location'))\">Aula</div>", facts);
        Assert.Contains("vbscript:msgbox('author')", facts);
        Assert.Contains("data:text/html;base64,", await page.Locator("figcaption").InnerTextAsync());
        Assert.Equal(0, await page.Locator("figure a, dl.facts a:not([href^='/'])").CountAsync());
        Assert.Contains("width:expression(alert('body'))", await page.Locator(".prose").InnerTextAsync());
        Assert.Equal("<script>alert('alt-md')</script> \"onerror=\"alert('alt-md2')", await page.Locator(".prose img").GetAttributeAsync("alt"));
        Assert.Equal(0, await page.Locator("[style]").CountAsync());

        await page.GotoAsync(site.Root + "cari/?q=rapat");
        await page.WaitForSelectorAsync("#cari-hasil > li");
        Assert.Contains(bulletin.Title, await page.Locator("#cari-hasil").TextContentAsync());
        Assert.Equal(0, await page.Locator("#cari-hasil [style], #cari-hasil script").CountAsync());
    }
}
