using System.Net;
using SiteGen.Checking;
using SiteGen.Cli;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Checking;

/// <summary><c>sitegen check</c>: every kind of broken link, named at its Markdown line; the sample site passes; links out are checked politely.</summary>
[Collection(ConsoleCapture.Collection)]
public sealed class CheckCommandTests
{
    private static BuildOptions Options(string root) => new() { SourceRoot = root, Now = TestSite.Now };

    [Fact]
    public async Task Reports_each_kind_of_broken_link_at_its_line_in_the_markdown()
    {
        var fixture = Path.Combine(RepoPaths.Fixtures, "broken-links");
        using var console = new ConsoleCapture();
        var code = await CheckCommand.RunAsync(Options(fixture), external: false, null, CancellationToken.None);
        Assert.Equal(1, code);
        var expectedPath = Path.Combine(fixture, "expected.txt");
        if (Environment.GetEnvironmentVariable("SITEGEN_UPDATE_GOLDEN") == "1") File.WriteAllText(expectedPath, console.Error);
        Assert.Equal(File.ReadAllText(expectedPath), console.Error);
        Assert.False(Directory.Exists(Path.Combine(fixture, "output")), "check must not write the site");
    }

    [Fact]
    public async Task The_sample_site_passes()
    {
        using var console = new ConsoleCapture();
        var code = await CheckCommand.RunAsync(Options(RepoPaths.Root), external: false, null, CancellationToken.None);
        Assert.True(code == 0, console.Error);
        Assert.Contains("check passed:", console.Error);
    }

    [Fact]
    public async Task A_broken_link_in_the_theme_is_reported_once_with_the_pages_it_is_on()
    {
        using var site = new TestSite("""
            -- content/bulletins/a.md --
            ---
            title: Satu
            unit: Polres Blitar
            date: 2024-01-02
            election: Pemilu 2024
            ---
            Isi.
            """);
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Theme, "*", SearchOption.AllDirectories))
            site.Write(Path.Combine("themes/default", Path.GetRelativePath(RepoPaths.Theme, file)), File.ReadAllText(file));
        var footer = Path.Combine(site.Root, "themes/default/partials/footer.html");
        File.WriteAllText(footer, File.ReadAllText(footer).Replace("</footer>", "<a href=\"/kontak/\">Kontak</a></footer>"));

        using var console = new ConsoleCapture();
        Assert.Equal(1, await CheckCommand.RunAsync(Options(site.Root), external: false, null, CancellationToken.None));
        var line = Assert.Single(console.Error.Split('\n'), l => l.Contains("SG0601"));
        Assert.StartsWith("themes/default:1:1: error SG0601: the theme's link '/kontak/' on ", line);
        Assert.Contains("pages, e.g. /", line);
        Assert.Contains("fix it in the theme's layouts or partials", line);
    }

    [Fact]
    public async Task A_broken_link_in_raw_html_of_a_bulletin_is_reported_at_its_line_not_blamed_on_the_theme()
    {
        using var site = new TestSite(TestSite.UnsafeHtmlSettings + """
            -- content/bulletins/a.md --
            ---
            title: Mentah
            unit: Polres Blitar
            date: 2024-01-02
            election: Pemilu 2024
            ---
            Paragraf biasa.

            <div class="kotak">
            <p>Lihat <a href="/tidak-ada/">halaman lama</a>.</p>
            </div>

            Teks dengan <a href='../hilang/'>tautan</a> dan <a href="/">beranda</a>.
            """);
        using var console = new ConsoleCapture();
        Assert.Equal(1, await CheckCommand.RunAsync(Options(site.Root), external: false, null, CancellationToken.None));
        var broken = console.Error.Split('\n').Where(l => l.Contains("SG0601")).ToArray();
        Assert.Equal(2, broken.Length);
        Assert.StartsWith("content/bulletins/a.md:10:13: error SG0601: the link '/tidak-ada/' on /2024/01/a/ is broken", broken[0]);
        Assert.StartsWith("content/bulletins/a.md:13:16: error SG0601: the link '../hilang/' on /2024/01/a/ is broken", broken[1]);
    }

    [Fact]
    public async Task Every_size_of_a_srcset_is_checked()
    {
        using var site = new TestSite("""
            -- content/bulletins/foto.jpg --
            @image 1600x1000 jpeg
            -- content/bulletins/a.md --
            ---
            title: Apel Bergambar
            unit: Polres Blitar
            date: 2024-01-02
            election: Pemilu 2024
            image: foto.jpg
            image_alt: Personel apel di halaman
            ---
            Isi.
            """);
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Theme, "*", SearchOption.AllDirectories))
            site.Write(Path.Combine("themes/default", Path.GetRelativePath(RepoPaths.Theme, file)), File.ReadAllText(file));
        var layout = Path.Combine(site.Root, "themes/default/layouts/bulletin.html");
        var text = File.ReadAllText(layout);
        Assert.Contains("srcset=\"{{ bulletin.image.srcset }}\"", text);
        // The sizes SiteGen made stay; one more, which no build writes, is added after them.
        File.WriteAllText(layout, text.Replace("srcset=\"{{ bulletin.image.srcset }}\"", "srcset=\"{{ bulletin.image.srcset }}, /2024/01/a/foto-2400.jpg 2400w\""));

        using var console = new ConsoleCapture();
        Assert.Equal(1, await CheckCommand.RunAsync(Options(site.Root), external: false, null, CancellationToken.None));
        var line = Assert.Single(console.Error.Split('\n'), l => l.Contains("SG0601"));
        Assert.StartsWith("themes/default:1:1: error SG0601: the theme's image '/2024/01/a/foto-2400.jpg' on /2024/01/a/ is broken: the site has no page or file /2024/01/a/foto-2400.jpg", line);
    }

    [Fact]
    public async Task A_placeholder_left_by_new_is_a_warning_and_strict_fails_on_it()
    {
        using var site = new TestSite("");
        using (new ConsoleCapture())
            Assert.Equal(0, NewCommand.Run(site.Root, "Apel Siaga", "Polres Blitar", ["Pemilu 2024"], [], TestSite.Now));
        using (var console = new ConsoleCapture())
        {
            Assert.Equal(0, await CheckCommand.RunAsync(Options(site.Root), external: false, null, CancellationToken.None));
            Assert.Contains("content/bulletins/2026/apel-siaga.md:1:1: warning SG0217: the body still holds the text 'sitegen new' put there", console.Error);
        }
        using (var console = new ConsoleCapture())
            Assert.Equal(1, await CheckCommand.RunAsync(Options(site.Root) with { Strict = true }, external: false, null, CancellationToken.None));
    }

    [Fact]
    public async Task External_links_are_checked_with_head_then_get_few_at_a_time_per_host_and_a_timeout()
    {
        using var server = new LocalWebServer();
        using var site = new TestSite($"""
            -- content/bulletins/a.md --
            ---
            title: Tautan Keluar
            unit: Polres Blitar
            date: 2024-01-02
            election: Pemilu 2024
            ---
            [ada]({server.Url}ada) [ada lagi]({server.Url}ada?2) [ada juga]({server.Url}ada?3)
            [hilang]({server.Url}hilang)
            [tanpa head]({server.Url}tanpa-head)
            [lambat]({server.Url}lambat)
            [rusak]({server.Url}rusak)
            """);
        using var counting = new CountingHandler();
        var checker = new ExternalLinkChecker(counting) { PerHost = 2, MaxConcurrent = 8, HostInterval = TimeSpan.FromMilliseconds(20), Timeout = TimeSpan.FromSeconds(2) };
        using var console = new ConsoleCapture();
        var code = await CheckCommand.RunAsync(Options(site.Root), external: true, checker, CancellationToken.None);

        Assert.Equal(1, code);
        var lines = console.Error.Split('\n');
        var gone = Assert.Single(lines, l => l.Contains("SG0603"));
        Assert.StartsWith("content/bulletins/a.md:8:1: error SG0603: the link '" + server.Url + "hilang' on /2024/01/a/ is broken: the other site answers 404 NotFound", gone);
        Assert.Contains(lines, l => l.StartsWith("content/bulletins/a.md:10:1: warning SG0604: ", StringComparison.Ordinal) && l.Contains("no answer within"));
        Assert.Contains(lines, l => l.StartsWith("content/bulletins/a.md:11:1: warning SG0604: ", StringComparison.Ordinal) && l.Contains("500"));
        Assert.DoesNotContain(lines, l => l.Contains("tanpa-head") || l.Contains("/ada"));
        Assert.Equal(["GET /tanpa-head", "HEAD /tanpa-head"], server.Requests.Where(r => r.EndsWith("tanpa-head", StringComparison.Ordinal)).Order());
        Assert.True(counting.MostAtOnce <= 2, $"{counting.MostAtOnce} requests at once to one host");
    }

    [Fact]
    public async Task A_busy_host_does_not_hold_back_other_hosts_each_address_is_asked_once_and_an_unknown_host_is_an_error()
    {
        var arrivals = new List<string>();
        using var first = new LocalWebServer("a", arrivals);
        using var second = new LocalWebServer("b", arrivals);
        // Addresses are taken in ordinal order, so the busy host is the one whose links come first and queue up ahead.
        var (busy, other) = string.CompareOrdinal(first.Url, second.Url) < 0 ? (first, second) : (second, first);
        busy.Delay = TimeSpan.FromMilliseconds(300);
        var busyLinks = string.Join(' ', Enumerable.Range(1, 16).Select(i => $"[berita {i}]({busy.Url}berita/{i})"));
        var lastLine = $"[lagi]({busy.Url}berita/1) [lain]({other.Url}ada) [tidak ada](http://tidak-ada.invalid/berita)";
        using var site = new TestSite($"""
            -- content/bulletins/a.md --
            ---
            title: Banyak Tautan
            unit: Polres Blitar
            date: 2024-01-02
            election: Pemilu 2024
            ---
            {busyLinks}
            {lastLine}
            -- content/bulletins/b.md --
            ---
            title: Tautan Sama
            unit: Polres Blitar
            date: 2024-01-03
            election: Pemilu 2024
            ---
            [sama]({busy.Url}berita/1) dan [sama lagi]({other.Url}ada).
            """);
        var checker = new ExternalLinkChecker { PerHost = 2, MaxConcurrent = 8, HostInterval = TimeSpan.FromMilliseconds(20), Timeout = TimeSpan.FromSeconds(10) };
        using var console = new ConsoleCapture();
        var code = await CheckCommand.RunAsync(Options(site.Root), external: true, checker, CancellationToken.None);

        Assert.Equal(1, code);
        var problems = console.Error.Split('\n').Where(l => l.Contains("SG060")).ToArray();
        var unknown = Assert.Single(problems);
        Assert.StartsWith($"content/bulletins/a.md:8:{lastLine.IndexOf("[tidak", StringComparison.Ordinal) + 1}: error SG0603: the link 'http://tidak-ada.invalid/berita' on /2024/01/a/ is broken: the host 'tidak-ada.invalid' does not exist", unknown);
        Assert.Equal(Enumerable.Range(1, 16).Select(i => $"HEAD /berita/{i}").Order(), busy.Requests.Order());
        Assert.Equal(["HEAD /ada"], other.Requests);
        // Only two of the busy host's requests run at a time; the other host's one is not queued behind the rest.
        var index = arrivals.IndexOf($"{other.Name} HEAD /ada");
        Assert.True(index is >= 0 and < 5, $"the other host was asked only after {index} requests to the busy one:\n{string.Join('\n', arrivals)}");
    }

    /// <summary>Counts the checker's requests in flight (a request given up after its timeout no longer counts, though the server may still be working on it).</summary>
    private sealed class CountingHandler() : DelegatingHandler(new SocketsHttpHandler())
    {
        private readonly Lock _lock = new();
        private int _open;

        public int MostAtOnce { get; private set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var open = Interlocked.Increment(ref _open);
            lock (_lock) MostAtOnce = Math.Max(MostAtOnce, open);
            try
            {
                return await base.SendAsync(request, cancellationToken);
            }
            finally
            {
                Interlocked.Decrement(ref _open);
            }
        }
    }

    /// <summary>A small HTTP server on 127.0.0.1 with one path per kind of answer.</summary>
    private sealed class LocalWebServer : IDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly Lock _lock = new();
        private readonly List<string>? _arrivals;

        /// <param name="arrivals">Where to note every request, prefixed with <paramref name="name"/>, in the order requests arrive (shared by several servers).</param>
        public LocalWebServer(string name = "", List<string>? arrivals = null)
        {
            Name = name;
            _arrivals = arrivals;
            for (var port = 40000 + Random.Shared.Next(20000); ; port++)
            {
                try
                {
                    _listener.Prefixes.Clear();
                    _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
                    _listener.Start();
                    Url = $"http://127.0.0.1:{port}/";
                    break;
                }
                catch (HttpListenerException)
                {
                    // Taken; try the next port.
                }
            }
            _ = Task.Run(ServeAsync);
        }

        public string Name { get; }
        public string Url { get; } = "";
        public List<string> Requests { get; } = [];
        /// <summary>How long the server takes to answer.</summary>
        public TimeSpan Delay { get; set; } = TimeSpan.FromMilliseconds(50);

        private async Task ServeAsync()
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync();
                }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
                {
                    return;
                }
                _ = Task.Run(() => AnswerAsync(context));
            }
        }

        private async Task AnswerAsync(HttpListenerContext context)
        {
            var path = context.Request.Url!.AbsolutePath;
            lock (_lock) Requests.Add($"{context.Request.HttpMethod} {path}");
            if (_arrivals is not null)
                lock (_arrivals) _arrivals.Add($"{Name} {context.Request.HttpMethod} {path}");
            try
            {
                await Task.Delay(Delay);
                context.Response.StatusCode = path switch
                {
                    "/ada" => 200,
                    "/hilang" => 404,
                    "/tanpa-head" => context.Request.HttpMethod == "HEAD" ? 405 : 200,
                    "/rusak" => 500,
                    _ => 200,
                };
                if (path == "/lambat") await Task.Delay(8000);
            }
            finally
            {
                try
                {
                    context.Response.Close();
                }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
                {
                    // The checker gave up on this request already.
                }
            }
        }

        public void Dispose() => _listener.Close();
    }
}
