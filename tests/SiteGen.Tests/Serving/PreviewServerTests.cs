using System.Net;
using System.Threading.Channels;
using SiteGen.Cli.Serving;
using SiteGen.Messages;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Serving;

/// <summary><c>sitegen serve</c> for real: Kestrel on a free port, a bulletin edited on disk, the change served and announced.</summary>
[Collection(ConsoleCapture.Collection)]
public sealed class PreviewServerTests : IAsyncLifetime
{
    private const string Files = """
        -- content/bulletins/2024/fgd.md --
        ---
        title: FGD Netralitas Blitar
        unit: Polres Blitar
        date: 2024-09-20
        election: Pilkada Serentak 2024
        ---
        Paragraf pertama.

        Paragraf kedua.
        -- content/bulletins/2024/rakor.md --
        ---
        title: Rakor Malang
        unit: Polres Malang
        date: 2024-08-13
        election: Pilkada Serentak 2024
        ---
        Rapat koordinasi.
        -- content/bulletins/2024/rencana.md --
        ---
        title: Rencana Apel Tahun Depan
        unit: Polres Malang
        date: 2099-01-01
        election: Pilkada Serentak 2024
        draft: true
        aliases: [/lama/rencana/]
        ---
        Masih draf.
        -- content/bulletins/2024/kedaluwarsa.md --
        ---
        title: Imbauan Yang Sudah Kedaluwarsa
        unit: Polres Malang
        date: 2024-01-05
        election: Pilkada Serentak 2024
        expires: 2024-02-01
        ---
        Tidak berlaku lagi.
        """;

    private const string Bulletin = "content/bulletins/2024/fgd.md";
    private const string PagePath = "2024/09/fgd/";

    private readonly TestSite _site = new(Files);
    private readonly HttpClient _http = new(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(20) };
    private readonly Channel<string> _events = Channel.CreateUnbounded<string>();
    private readonly CancellationTokenSource _stop = new();
    private readonly List<BuildUpdate> _rebuilds = [];
    private PreviewServer _server = null!;

    public Task InitializeAsync() => StartAsync(PreviewServer.Quiet);

    /// <summary>Starts the server (on any free port, so no other program can take it first) and opens a page's event stream.</summary>
    private async Task StartAsync(TimeSpan quiet)
    {
        _server = new PreviewServer(_site.Options(), port: 0, TextWriter.Null, quiet);
        _server.Rebuilt += update => { lock (_rebuilds) _rebuilds.Add(update); };
        await _server.StartAsync(CancellationToken.None);
        _ = ListenAsync();
        Assert.Equal("connected", await NextEventAsync());
    }

    public async Task DisposeAsync()
    {
        await _stop.CancelAsync();
        await _server.DisposeAsync();
        _http.Dispose();
        _site.Dispose();
    }

    [Fact]
    public async Task Serves_pages_from_memory_with_the_reload_script_and_drafts_marked()
    {
        var page = await _http.GetStringAsync(Url(PagePath));
        Assert.Contains("Paragraf kedua.", page);
        Assert.Contains($"<script src=\"{LiveReloadScript.Path}\"></script>", page);
        Assert.False(Directory.Exists(_site.OutputRoot), "serve must not write output/");

        // Serve shows drafts and future bulletins, marked; expired ones stay out, as in a build.
        var draft = await _http.GetStringAsync(Url("2099/01/rencana/"));
        Assert.Contains("<span class=\"badge\">Draf</span>", draft);
        Assert.Contains("<span class=\"badge\">Terjadwal</span>", draft);
        Assert.Contains("<span class=\"badge\">Draf</span>", await _http.GetStringAsync(Url("")));
        Assert.Equal(HttpStatusCode.NotFound, (await _http.GetAsync(Url("2024/01/kedaluwarsa/"))).StatusCode);
        // Links and redirects stay inside the preview.
        var alias = await _http.GetStringAsync(Url("lama/rencana/"));
        Assert.Contains($"<meta http-equiv=\"refresh\" content=\"0; url={Url("2099/01/rencana/").AbsolutePath}\">", alias);

        var folder = await _http.GetAsync(Url("satuan"));
        Assert.Equal(HttpStatusCode.MovedPermanently, folder.StatusCode);
        var missing = await _http.GetAsync(Url("tidak-ada/"));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains(LiveReloadScript.Path, await missing.Content.ReadAsStringAsync());
        var script = await _http.GetStringAsync(new Uri(_server.Address!, LiveReloadScript.Path));
        Assert.Contains("EventSource", script);
    }

    [Fact]
    public async Task A_request_for_another_host_name_is_refused_so_no_other_site_can_read_the_preview()
    {
        // What a page of another site sees after pointing its own name at 127.0.0.1 (DNS rebinding): drafts must not leak.
        foreach (var path in new[] { "2099/01/rencana/", "" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, Url(path));
            request.Headers.Host = $"penyerang.example:{_server.Address!.Port}";
            var refused = await _http.SendAsync(request);
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.DoesNotContain("rencana", await refused.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        }
        using var events = new HttpRequestMessage(HttpMethod.Get, new Uri(_server.Address!, ReloadHub.EventsPath));
        events.Headers.Host = "penyerang.example";
        Assert.Equal(HttpStatusCode.Forbidden, (await _http.SendAsync(events)).StatusCode);

        using var local = new HttpRequestMessage(HttpMethod.Get, Url(PagePath));
        local.Headers.Host = $"localhost:{_server.Address!.Port}";
        Assert.Equal(HttpStatusCode.OK, (await _http.SendAsync(local)).StatusCode);
    }

    [Fact]
    public async Task An_edit_is_served_and_announced_an_error_is_shown_and_the_fix_clears_it()
    {
        Edit(t => t.Replace("Paragraf kedua.", "Paragraf kedua yang disunting."));
        Assert.Equal("reload", await NextEventAsync());
        Assert.Contains("Paragraf kedua yang disunting.", await _http.GetStringAsync(Url(PagePath)));
        // The search index follows a moment later, with an event only the search page reloads on.
        var search = await NextEventAsync(withData: true, search: true);
        Assert.StartsWith("search", search);
        Assert.Contains("cari/index.html", search);

        Edit(t => t.Replace("unit: Polres Blitar", "unit: Polres Blitarr"));
        var errors = await NextEventAsync(withData: true);
        Assert.StartsWith("errors", errors);
        Assert.Contains($"\"file\":\"{Bulletin}\",\"line\":3", errors);
        Assert.Contains("did you mean", errors);
        Assert.Contains("Paragraf kedua yang disunting.", await _http.GetStringAsync(Url(PagePath))); // the last good site stays

        Edit(t => t.Replace("unit: Polres Blitarr", "unit: Polres Blitar"));
        Assert.Equal("reload", await NextEventAsync());
    }

    [Fact]
    public async Task The_search_index_waits_for_the_writer_to_pause_then_follows_the_last_save()
    {
        for (var i = 1; i <= 3; i++)
        {
            var n = i;
            Edit(t => t + $"\nSuntingan nomor {n}.\n");
            // Each save reloads the page at once; no search event comes between saves closer than the search delay.
            Assert.Equal("reload", await NextEventAsync(search: true));
            await Task.Delay(PreviewServer.SearchDelay / 4);
        }
        var search = await NextEventAsync(withData: true, search: true);
        Assert.StartsWith("search", search);
        Assert.Contains("cari/index.html", search);
    }

    [Fact]
    public async Task Several_quick_saves_make_one_rebuild()
    {
        // "Quick" is within the quiet time; a long one here, so that a busy test machine cannot space the saves wider.
        var quiet = TimeSpan.FromSeconds(1);
        await _server.DisposeAsync();
        await StartAsync(quiet);

        for (var i = 0; i < 5; i++) Edit(t => t.Replace("Paragraf kedua", $"Paragraf kedua {i}"), prefixOnly: true);
        Assert.Equal("reload", await NextEventAsync());
        await Task.Delay(quiet * 2);
        lock (_rebuilds) Assert.Single(_rebuilds);
        Assert.Contains("Paragraf kedua 4", await _http.GetStringAsync(Url(PagePath)));
    }

    [Fact]
    public async Task A_save_caught_halfway_shows_no_errors()
    {
        // An editor empties the file, then writes it; a busy computer may pause between the two for longer than the
        // quiet time, so a rebuild reads the empty file. Its errors are not shown: the rest of the save is built instead.
        var path = Path.Combine(_site.Root, Bulletin);
        var text = File.ReadAllText(path);
        File.WriteAllText(path, "");
        var paused = System.Diagnostics.Stopwatch.StartNew();
        await Task.Delay(PreviewServer.ErrorSettle / 3);
        File.WriteAllText(path, text.Replace("Paragraf kedua.", "Paragraf kedua, utuh."));
        paused.Stop();

        var first = await NextEventAsync();
        // A machine so loaded that the pause itself outlasted the settle time may show the empty file's errors first.
        if (first == "errors" && paused.Elapsed >= PreviewServer.ErrorSettle) first = await NextEventAsync();
        Assert.Equal("reload", first);
        Assert.Contains("Paragraf kedua, utuh.", await _http.GetStringAsync(Url(PagePath)));
    }

    [Fact]
    public async Task Saves_that_come_while_a_rebuild_runs_make_one_rebuild_after_it()
    {
        // The first rebuild is held open here, as a large site's rebuild would be, while the writer keeps saving.
        using var running = new ManualResetEventSlim();
        using var finish = new ManualResetEventSlim();
        var first = 0;
        _server.Rebuilt += _ =>
        {
            if (Interlocked.Exchange(ref first, 1) != 0) return;
            running.Set();
            finish.Wait(TimeSpan.FromSeconds(30));
        };
        var path = Path.Combine(_site.Root, Bulletin);
        var original = File.ReadAllText(path);
        void Save(int n) => File.WriteAllText(path, original.Replace("Paragraf kedua.", $"Paragraf kedua, simpanan {n}."));
        // The writer's last save is to another bulletin, written whole and renamed into place: the watcher reports changes
        // in order, so once it has noticed that one it has noticed every save before it, however slowly a busy machine
        // hands them over.
        const string other = "content/bulletins/2024/rakor.md";
        var lastNoticed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _server.Noticed += changed =>
        {
            if (changed == other) lastNoticed.TrySetResult();
        };

        Save(0);
        Assert.True(await Task.Run(() => running.Wait(TimeSpan.FromSeconds(15))), "no rebuild started after the first save");
        foreach (var (gap, n) in new[] { 30, 45, 60, 40 }.Select((gap, i) => (gap, i + 1)))
        {
            await Task.Delay(gap);
            Save(n);
        }
        var otherPath = Path.Combine(_site.Root, other);
        File.WriteAllText(otherPath + ".tmp", File.ReadAllText(otherPath).Replace("Rapat koordinasi.", "Rapat koordinasi lanjutan."));
        File.Move(otherPath + ".tmp", otherPath, overwrite: true);
        await lastNoticed.Task.WaitAsync(TimeSpan.FromSeconds(15));
        finish.Set();

        Assert.Equal("reload", await NextEventAsync()); // the first rebuild's
        Assert.Equal("reload", await NextEventAsync());
        await Task.Delay(PreviewServer.Quiet * 20);
        lock (_rebuilds) Assert.Equal(2, _rebuilds.Count);
        Assert.Contains("Paragraf kedua, simpanan 4.", await _http.GetStringAsync(Url(PagePath)));
        Assert.Contains("Rapat koordinasi lanjutan.", await _http.GetStringAsync(Url("2024/08/rakor/")));
    }

    [Fact]
    public async Task While_the_first_build_runs_a_page_says_so_and_reloads_by_itself_when_the_site_is_ready()
    {
        await _server.DisposeAsync();
        using var building = new ManualResetEventSlim();
        using var finish = new ManualResetEventSlim();
        // In SiteGen's default language, as a writer sees it; the first build is held open, as a large site's would be.
        using (Language.Use(Language.Indonesian)) _server = new PreviewServer(_site.Options(), port: 0, TextWriter.Null);
        _server.FirstBuildStarting += () =>
        {
            building.Set();
            finish.Wait(TimeSpan.FromSeconds(30));
        };
        var starting = Task.Run(() => _server.StartAsync(CancellationToken.None));
        Assert.True(await Task.Run(() => building.Wait(TimeSpan.FromSeconds(15))), "the first build did not start");

        var waiting = await _http.GetAsync(Url(PagePath));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, waiting.StatusCode);
        var text = await waiting.Content.ReadAsStringAsync();
        Assert.Contains("Sedang membangun situs…", text);
        Assert.DoesNotContain("belum bisa dibangun", text);
        Assert.Contains($"<script src=\"{LiveReloadScript.Path}\"></script>", text);
        Assert.Contains("data-sitegen-waiting", text);
        _ = ListenAsync("?waiting");
        Assert.Equal("connected", await NextEventAsync());

        finish.Set();
        await starting;
        Assert.Equal("reload", await NextEventAsync());
        Assert.Contains("Paragraf kedua.", await _http.GetStringAsync(Url(PagePath)));

        // A waiting page whose build finished before it connected is told to reload all the same.
        var late = Channel.CreateUnbounded<string>();
        _ = ListenAsync("?waiting", late);
        Assert.Equal("connected", await NextEventAsync(from: late));
        Assert.Equal("reload", await NextEventAsync(from: late));

        // Later errors come with the overlay's words in the same language.
        Edit(t => t.Replace("unit: Polres Blitar", "unit: Polres Blitarr"));
        var errors = Overlay(await NextEventAsync(withData: true));
        Assert.Equal("Situs belum bisa dibangun ulang — perbaiki kesalahan berikut, lalu simpan lagi", errors.GetProperty("title").GetString());
        Assert.Equal("Halaman di belakang ini adalah versi terakhir yang berhasil dibangun.", errors.GetProperty("note").GetString());
        var problem = errors.GetProperty("problems")[0];
        Assert.Equal("kesalahan", problem.GetProperty("label").GetString());
        Assert.Contains("maksud Anda 'Polres Blitar'?", problem.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_first_build_that_fails_says_the_site_could_not_be_built_and_shows_its_errors()
    {
        await _server.DisposeAsync();
        Edit(t => t.Replace("unit: Polres Blitar", "unit: Polres Blitarr"));
        _server = new PreviewServer(_site.Options(), port: 0, TextWriter.Null);
        await _server.StartAsync(CancellationToken.None);

        var page = await _http.GetAsync(Url(PagePath));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        var text = await page.Content.ReadAsStringAsync();
        Assert.Contains("The site could not be built; see the errors in the terminal.", text);
        Assert.DoesNotContain("Building the site", text);
        // The page shows the errors over it, as after a later build, without the note about a last good version.
        _ = ListenAsync("?waiting");
        Assert.Equal("connected", await NextEventAsync());
        var errors = Overlay(await NextEventAsync(withData: true));
        Assert.Equal("The site could not be built — fix the following, then save again", errors.GetProperty("title").GetString());
        Assert.Equal("", errors.GetProperty("note").GetString());
        var problem = errors.GetProperty("problems")[0];
        Assert.Equal((Bulletin, 3, "error", "error"), (problem.GetProperty("file").GetString(), problem.GetProperty("line").GetInt32(),
            problem.GetProperty("severity").GetString(), problem.GetProperty("label").GetString()));

        Edit(t => t.Replace("unit: Polres Blitarr", "unit: Polres Blitar"));
        Assert.Equal("reload", await NextEventAsync());
        Assert.Contains("Paragraf kedua.", await _http.GetStringAsync(Url(PagePath)));
    }

    [Fact]
    public async Task A_port_in_use_is_a_clear_refusal()
    {
        var port = _server.Address!.Port;
        var root = new System.CommandLine.RootCommand { SiteGen.Cli.ServeCommand.Create() };
        using var console = new ConsoleCapture();
        var code = await Task.Run(() => SiteGen.Cli.CommandLine.Run(root, ["serve", "--source", _site.Root, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)]));
        Assert.Equal(2, code);
        Assert.Contains($"port {port} on 127.0.0.1 is already in use", console.Error);
    }

    private void Edit(Func<string, string> change, bool prefixOnly = false)
    {
        var path = Path.Combine(_site.Root, Bulletin);
        var text = File.ReadAllText(path);
        var changed = change(text);
        if (!prefixOnly) Assert.NotEqual(text, changed);
        File.WriteAllText(path, changed);
    }

    private Uri Url(string path) => new(_server.Address!, path);

    /// <summary>Reads the server-sent events of one open page into <paramref name="into"/> (<see cref="_events"/> unless given): "name" or "name data".</summary>
    /// <param name="query">"?waiting" for the page serve shows while its first build runs.</param>
    private async Task ListenAsync(string query = "", Channel<string>? into = null)
    {
        var events = into ?? _events;
        using var response = await _http.GetAsync(new Uri(_server.Address!, ReloadHub.EventsPath + query), HttpCompletionOption.ResponseHeadersRead, _stop.Token);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(_stop.Token));
        string? name = null;
        try
        {
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                if (line.StartsWith(": ", StringComparison.Ordinal)) await events.Writer.WriteAsync(line[2..]);
                else if (line.StartsWith("event: ", StringComparison.Ordinal)) name = line[7..];
                else if (line.StartsWith("data: ", StringComparison.Ordinal)) await events.Writer.WriteAsync(name + " " + line[6..]);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException)
        {
            // The test is over.
        }
    }

    /// <summary>What the overlay shows, from an "errors" event as <see cref="NextEventAsync"/> gives it with its data.</summary>
    private static System.Text.Json.JsonElement Overlay(string message)
    {
        Assert.StartsWith("errors ", message);
        return System.Text.Json.JsonDocument.Parse(message["errors ".Length..]).RootElement.Clone();
    }

    /// <summary>The next event; "search" events (the index brought up to date after a rebuild) are skipped unless asked for.</summary>
    private async Task<string> NextEventAsync(bool withData = false, bool search = false, Channel<string>? from = null)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        while (true)
        {
            var message = await (from ?? _events).Reader.ReadAsync(timeout.Token);
            if (!search && message.StartsWith("search", StringComparison.Ordinal)) continue;
            return withData ? message : message.Split(' ')[0];
        }
    }

}
