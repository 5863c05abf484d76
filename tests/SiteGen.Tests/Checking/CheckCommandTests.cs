using System.Net;
using SiteGen.Checking;
using SiteGen.Cli;
using SiteGen.Configuration;
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
        var partial = Path.Combine(site.Root, "themes/default/partials/picture.html");
        var text = File.ReadAllText(partial);
        Assert.Contains("srcset=\"{{ pic.srcset }}\"", text);
        // The sizes SiteGen made stay; one more, which no build writes, is added after them.
        File.WriteAllText(partial, text.Replace("srcset=\"{{ pic.srcset }}\"", "srcset=\"{{ pic.srcset }}, /2024/01/a/foto-2400.jpg 2400w\""));

        using var console = new ConsoleCapture();
        Assert.Equal(1, await CheckCommand.RunAsync(Options(site.Root), external: false, null, CancellationToken.None));
        var line = Assert.Single(console.Error.Split('\n'), l => l.Contains("SG0601"));
        // The picture is shown on the bulletin's page and on its card in the lists.
        Assert.StartsWith("themes/default:1:1: error SG0601: the theme's image '/2024/01/a/foto-2400.jpg' on ", line);
        Assert.Contains("/2024/01/a/", line);
        Assert.Contains("is broken: the site has no page or file /2024/01/a/foto-2400.jpg", line);
    }

    [Fact]
    public async Task A_placeholder_left_by_new_is_an_error_of_check_while_build_still_previews_it()
    {
        using var site = new TestSite("");
        using (new ConsoleCapture())
            Assert.Equal(0, NewCommand.Run(site.Root, "Apel Siaga", "Polres Blitar", ["Pemilu 2024"], [], TestSite.Now));
        using (var console = new ConsoleCapture())
        {
            Assert.Equal(1, await CheckCommand.RunAsync(Options(site.Root), external: false, null, CancellationToken.None));
            Assert.Equal(
                "content/bulletins/2026/apel-siaga.md:1:1: error SG0217: the body still holds the text 'sitegen new' put there (\"Tulis isi rilis di sini.\"); replace it with the release before it is published\n"
                + "check failed: 1 error, 0 warnings\n",
                console.Error);
        }
        // build stays usable for a preview of the unfinished bulletin: it is the gate, check, that refuses it.
        using (var console = new ConsoleCapture())
        {
            Assert.Equal(0, BuildCommand.Run(Options(site.Root), verbose: false));
            Assert.DoesNotContain("SG0217", console.Error);
        }
        Assert.True(File.Exists(Path.Combine(site.Root, "output", "2026", "11", "apel-siaga", "index.html")));

        site.Write("content/bulletins/2026/apel-siaga.md", File.ReadAllText(Path.Combine(site.Root, "content/bulletins/2026/apel-siaga.md"))
            .Replace("Tulis isi rilis di sini.", "Personel mengikuti apel siaga.", StringComparison.Ordinal));
        using (var console = new ConsoleCapture())
            Assert.True(await CheckCommand.RunAsync(Options(site.Root), external: false, null, CancellationToken.None) == 0, console.Error);
    }

    [Fact]
    public async Task A_missing_picture_stops_check()
    {
        using var site = new TestSite("""
            -- content/bulletins/a.md --
            ---
            title: Peta
            unit: Polres Blitar
            date: 2024-01-02
            election: Pemilu 2024
            ---
            Lihat peta.

            ![Peta wilayah](peta.png)
            """);
        using var console = new ConsoleCapture();
        Assert.Equal(1, await CheckCommand.RunAsync(Options(site.Root), external: false, null, CancellationToken.None));
        Assert.Equal(
            "content/bulletins/a.md:9:1: error SG0209: image 'peta.png' was not found; put the file at content/bulletins/peta.png\n"
            + "check failed: 1 error, 0 warnings; links were not checked because the site does not build\n",
            console.Error);
    }

    [Fact]
    public async Task A_broken_link_stops_check_with_the_link_the_page_and_a_suggestion()
    {
        using var site = new TestSite("""
            -- content/bulletins/2024/rakor-pengamanan.md --
            ---
            title: Rakor Pengamanan
            unit: Polres Blitar
            date: 2024-09-02
            election: Pemilu 2024
            ---
            Isi rakor.
            -- content/bulletins/2024/apel.md --
            ---
            title: Apel
            unit: Polres Blitar
            date: 2024-09-03
            election: Pemilu 2024
            ---
            Lanjutan [rakor](/2024/09/rakor-pengamann/).
            """);
        using var console = new ConsoleCapture();
        Assert.Equal(1, await CheckCommand.RunAsync(Options(site.Root), external: false, null, CancellationToken.None));
        Assert.Equal(
            "content/bulletins/2024/apel.md:7:10: error SG0601: the link '/2024/09/rakor-pengamann/' on /2024/09/apel/ is broken: the site has no page or file /2024/09/rakor-pengamann/; did you mean '/2024/09/rakor-pengamanan/'?\n"
            + "check failed: 1 error, 0 warnings\n",
            console.Error);
    }

    [Fact]
    public void Check_takes_the_published_address_as_build_does()
    {
        using var site = new TestSite("""
            -- content/bulletins/2024/a.md --
            ---
            title: Rakor
            unit: Polres Blitar
            date: 2024-09-02
            election: Pemilu 2024
            ---
            Ke [arsip lama](/2024/09/tidak-ada/).
            """);
        // Published under /buletin/, as GitHub Pages publishes a repository's site: every address carries the path.
        var run = Tests.Cli.CliRunner.Sitegen(site.Root, "check", "--base-url", "https://humas.github.io/buletin/");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("content/bulletins/2024/a.md:7:4: error SG0601: the link '/2024/09/tidak-ada/' on /buletin/2024/09/a/ is broken: the site has no page or file /buletin/2024/09/tidak-ada/", run.Error);
    }

    [Fact]
    public async Task External_links_are_checked_with_head_then_get_few_at_a_time_per_host_and_a_timeout()
    {
        using var server = new LocalWebServer();
        var network = new RoutedNames().Public("berita.example", server);
        var url = $"http://berita.example:{server.Port}/";
        using var site = new TestSite($"""
            -- content/bulletins/a.md --
            ---
            title: Tautan Keluar
            unit: Polres Blitar
            date: 2024-01-02
            election: Pemilu 2024
            ---
            [ada]({url}ada) [ada lagi]({url}ada?2) [ada juga]({url}ada?3)
            [hilang]({url}hilang)
            [tanpa head]({url}tanpa-head)
            [lambat]({url}lambat)
            [rusak]({url}rusak)
            """);
        using var counting = new CountingHandler(network.Connector().CreateHandler());
        var checker = new ExternalLinkChecker(counting) { PerHost = 2, MaxConcurrent = 8, HostInterval = TimeSpan.FromMilliseconds(20), Timeout = TimeSpan.FromSeconds(4) };
        using var console = new ConsoleCapture();
        var code = await CheckCommand.RunAsync(Options(site.Root), external: true, checker, CancellationToken.None);

        Assert.Equal(1, code);
        var lines = console.Error.Split('\n');
        var gone = Assert.Single(lines, l => l.Contains("SG0603"));
        Assert.StartsWith("content/bulletins/a.md:8:1: error SG0603: the link '" + url + "hilang' on /2024/01/a/ is broken: the other site answers 404 NotFound", gone);
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
        // Addresses are taken in ordinal order, so the busy host is the one whose links come first and queue up ahead.
        using var busy = new LocalWebServer("a", arrivals) { Delay = TimeSpan.FromMilliseconds(300) };
        using var other = new LocalWebServer("b", arrivals);
        var network = new RoutedNames().Public("a.example", busy).Public("b.example", other);
        var (busyUrl, otherUrl) = ($"http://a.example:{busy.Port}/", $"http://b.example:{other.Port}/");
        var busyLinks = string.Join(' ', Enumerable.Range(1, 16).Select(i => $"[berita {i}]({busyUrl}berita/{i})"));
        var lastLine = $"[lagi]({busyUrl}berita/1) [lain]({otherUrl}ada) [tidak ada](http://tidak-ada.invalid/berita)";
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
            [sama]({busyUrl}berita/1) dan [sama lagi]({otherUrl}ada).
            """);
        var checker = new ExternalLinkChecker(network.Connector().CreateHandler()) { PerHost = 2, MaxConcurrent = 8, HostInterval = TimeSpan.FromMilliseconds(20), Timeout = TimeSpan.FromSeconds(10) };
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

    [Fact]
    public async Task Links_to_this_computer_are_reported_as_not_checked_and_never_asked()
    {
        // A real server on 127.0.0.1, and links to it in the forms a browser reads: none may reach it, so a check run
        // in CI cannot be used to scan the CI machine's own ports (or a cloud machine's metadata service).
        using var listener = new LocalWebServer();
        var port = listener.Port;
        using var site = new TestSite($"""
            -- content/bulletins/a.md --
            ---
            title: Tautan Lokal
            unit: Polres Blitar
            date: 2024-01-02
            election: Pemilu 2024
            ---
            [lokal](http://127.0.0.1:{port}/admin)
            [nama](http://localhost:{port}/)
            [desimal](http://2130706433:{port}/) [heksa](http://0x7f.1:{port}/) [oktal](http://0177.0.0.1:{port}/)
            [metadata](http://169.254.169.254/latest/meta-data/)
            [ipv6](http://[::1]:{port}/) <http://[::1]:{port}/status>
            """);
        using var console = new ConsoleCapture();
        var code = await CheckCommand.RunAsync(Options(site.Root), external: true, null, CancellationToken.None);

        Assert.Equal(0, listener.Connections);
        Assert.True(code == 0, console.Error); // warnings: the reader's browser may be the judge, but the writer should look
        var lines = console.Error.Split('\n').Where(l => l.Contains("SG060")).ToArray();
        Assert.Equal(8, lines.Length);
        Assert.All(lines, l => Assert.Contains(": warning SG0605: ", l));
        Assert.Equal(
            $"content/bulletins/a.md:7:1: warning SG0605: the link 'http://127.0.0.1:{port}/admin' on /2024/01/a/ was not checked: 127.0.0.1 is the address of whatever computer opens the link (loopback); SiteGen sends no requests to such addresses, and a reader who follows the link would not reach the page you meant either; link to the page's public address",
            lines[0]);
        Assert.Contains($"content/bulletins/a.md:8:1: warning SG0605: the link 'http://localhost:{port}/' on /2024/01/a/ was not checked: the name 'localhost' stands for the address of whatever computer opens the link (loopback);", lines[1]);
        Assert.All(lines[2..5], l => Assert.Contains("was not checked: 127.0.0.1 is the address of whatever computer opens the link", l));
        Assert.Contains("was not checked: 169.254.169.254 is the address where a cloud server reads its own settings and keys (metadata service);", lines[5]);
        // An IPv6 host keeps its brackets in the page (Markdig wrote them %5B…%5D, an address no browser opens) and is judged as such.
        Assert.All(lines[6..], l => Assert.Contains($"the link 'http://[::1]:{port}/", l));
        Assert.All(lines[6..], l => Assert.Contains("was not checked: [::1] is the address of whatever computer opens the link", l));

        using var strict = new ConsoleCapture();
        Assert.Equal(1, await CheckCommand.RunAsync(Options(site.Root) with { Strict = true }, external: true, null, CancellationToken.None));
        Assert.Equal(0, listener.Connections);
    }

    /// <summary>Counts the checker's requests in flight (a request given up after its timeout no longer counts, though the server may still be working on it).</summary>
    private sealed class CountingHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
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
}
