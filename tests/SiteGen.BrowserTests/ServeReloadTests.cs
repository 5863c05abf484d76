using System.Net;
using System.Net.Sockets;
using Microsoft.Playwright;
using SiteGen.BrowserTests.Support;
using SiteGen.Cli.Serving;
using SiteGen.Configuration;
using SiteGen.Messages;
using static Microsoft.Playwright.Assertions;

namespace SiteGen.BrowserTests;

/// <summary><c>sitegen serve</c> in a real browser: an open page reloads by itself after an edit, and shows the errors of a broken one until it is fixed.</summary>
public sealed class ServeReloadTests : IAsyncLifetime
{
    private const string Bulletin = "content/bulletins/2024/apel.md";
    private const string BulletinText = """
        ---
        title: Apel Gelar Pasukan Pengamanan
        unit: Polres Blitar
        date: 2024-11-20
        election: Pilkada Serentak 2024
        ---
        Personel siap mengamankan pemungutan suara.
        """;

    private readonly string _root = Path.Combine(Path.GetTempPath(), "sitegen-browser-tests", Guid.NewGuid().ToString("N"));
    private PreviewServer _server = null!;

    public async Task InitializeAsync()
    {
        Write("sitegen.yaml", "title: Pratinjau\nbase_url: https://example.org/\n");
        Write("content/units.yaml", "- name: Polres Blitar\n  polda: Polda Jawa Timur\n  region: Kabupaten Blitar\n");
        Write("content/elections.yaml", "- name: Pilkada Serentak 2024\n  kind: pilkada\n");
        Write(Bulletin, BulletinText);
        // SiteGen's default language, whatever this machine's is: the overlay's words are asserted as a writer reads them.
        using (Language.Use(Language.Indonesian))
            _server = new PreviewServer(new BuildOptions { SourceRoot = _root, Now = DateTimeOffset.Now }, FreePort(), TextWriter.Null);
        await _server.StartAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        Directory.Delete(_root, recursive: true);
    }

    [SkippableFact]
    public async Task An_open_page_reloads_after_an_edit_and_shows_the_overlay_for_a_broken_one()
    {
        var (playwright, browser) = await Chromium.LaunchAsync();
        using (playwright)
        await using (browser)
        {
            var page = await browser.NewPageAsync();
            await page.GotoAsync(new Uri(_server.Address!, "2024/11/apel/").AbsoluteUri);
            await Expect(page.Locator("h1")).ToHaveTextAsync("Apel Gelar Pasukan Pengamanan");
            await WaitForLiveReloadAsync(page);
            await page.EvaluateAsync("window.__beforeEdit = true");

            // An edit: the page reloads by itself (the marker is gone) and shows the new text.
            Write(Bulletin, BulletinText.Replace("Personel siap", "Seluruh personel siap"));
            await Expect(page.Locator(".prose")).ToContainTextAsync("Seluruh personel siap", new() { Timeout = 15_000 });
            Assert.False(await page.EvaluateAsync<bool>("window.__beforeEdit === true"), "the page was patched, not reloaded");
            await WaitForLiveReloadAsync(page);

            // A broken edit: an overlay names the file, the line and the fix, over the last good page.
            Write(Bulletin, BulletinText.Replace("unit: Polres Blitar", "unit: Polres Blitarr"));
            var overlay = page.Locator("#sitegen-errors");
            await Expect(overlay).ToBeVisibleAsync(new() { Timeout = 15_000 });
            await Expect(overlay.Locator(".sitegen-error__where")).ToHaveTextAsync($"{Bulletin}:3:7");
            await Expect(overlay.Locator(".sitegen-error__message")).ToContainTextAsync("maksud Anda 'Polres Blitar'?");
            // Every word of the overlay in the one language serve speaks.
            await Expect(overlay.Locator("h2")).ToHaveTextAsync("Situs belum bisa dibangun ulang — perbaiki kesalahan berikut, lalu simpan lagi");
            await Expect(overlay.Locator(".sitegen-error__message")).ToContainTextAsync("kesalahan SG0206: satuan 'Polres Blitarr' tidak dikenal");
            await Expect(page.Locator("h1")).ToHaveTextAsync("Apel Gelar Pasukan Pengamanan");

            // Fixing the file clears the overlay.
            Write(Bulletin, BulletinText.Replace("Personel siap", "Personel Polres Blitar siap"));
            await Expect(page.Locator(".prose")).ToContainTextAsync("Personel Polres Blitar siap", new() { Timeout = 15_000 });
            await Expect(overlay).ToHaveCountAsync(0);
        }
    }

    [SkippableFact]
    public async Task The_overlay_shows_on_a_page_whose_elements_stand_in_for_properties_of_document()
    {
        var (playwright, browser) = await Chromium.LaunchAsync();
        using (playwright)
        await using (browser)
        {
            var page = await browser.NewPageAsync();
            // As a theme, or raw HTML before SiteGen removed names, could make it: document.body, documentElement,
            // createElement, querySelector and getElementById each become a picture or a form (DOM clobbering).
            await page.RouteAsync("**/apel/", async route =>
            {
                var response = await route.FetchAsync();
                var html = (await response.TextAsync()).Replace("</main>",
                    "<img name=\"body\" alt=\"\"><img name=\"documentElement\" alt=\"\"><img name=\"createElement\" alt=\"\">" +
                    "<img name=\"querySelector\" alt=\"\"><form name=\"getElementById\"></form><div id=\"sitegen-errors\">bukan</div></main>", StringComparison.Ordinal);
                await route.FulfillAsync(new() { Response = response, Body = html });
            });
            await page.GotoAsync(new Uri(_server.Address!, "2024/11/apel/").AbsoluteUri);
            Assert.Equal("IMG", await page.EvaluateAsync<string>("document.body.tagName"));
            await WaitForLiveReloadAsync(page);

            Write(Bulletin, BulletinText.Replace("unit: Polres Blitar", "unit: Polres Blitarr"));
            var overlay = page.Locator("[role=alert]#sitegen-errors");
            await Expect(overlay).ToBeVisibleAsync(new() { Timeout = 15_000 });
            await Expect(overlay.Locator(".sitegen-error__where")).ToHaveTextAsync($"{Bulletin}:3:7");
            // The page's own element with the overlay's id is left alone.
            await Expect(page.Locator("main #sitegen-errors")).ToHaveTextAsync("bukan");
        }
    }

    [SkippableFact]
    public async Task A_page_opened_during_the_first_build_says_the_site_is_being_built_then_shows_it()
    {
        var (playwright, browser) = await Chromium.LaunchAsync();
        using (playwright)
        await using (browser)
        {
            // The first build held open, as a large site's would be, in SiteGen's default language.
            await _server.DisposeAsync();
            using var building = new ManualResetEventSlim();
            using var finish = new ManualResetEventSlim();
            using (Language.Use(Language.Indonesian))
                _server = new PreviewServer(new BuildOptions { SourceRoot = _root, Now = DateTimeOffset.Now }, FreePort(), TextWriter.Null);
            _server.FirstBuildStarting += () =>
            {
                building.Set();
                finish.Wait(TimeSpan.FromSeconds(30));
            };
            var starting = Task.Run(() => _server.StartAsync(CancellationToken.None));
            Assert.True(await Task.Run(() => building.Wait(TimeSpan.FromSeconds(15))), "the first build did not start");

            var page = await browser.NewPageAsync();
            await page.GotoAsync(new Uri(_server.Address!, "2024/11/apel/").AbsoluteUri);
            await Expect(page.Locator("body")).ToContainTextAsync("Sedang membangun situs…");
            await Expect(page.Locator("#sitegen-errors")).ToHaveCountAsync(0);
            await WaitForLiveReloadAsync(page);

            finish.Set();
            await starting;
            await Expect(page.Locator("h1")).ToHaveTextAsync("Apel Gelar Pasukan Pengamanan", new() { Timeout = 15_000 });
        }
    }

    /// <summary>Waits until the page's live-reload connection is open, so an edit made now is announced to it.</summary>
    private static Task WaitForLiveReloadAsync(IPage page) =>
        page.WaitForFunctionAsync("() => window.__sitegenLiveReload === 1", null, new() { Timeout = 15_000 });

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
