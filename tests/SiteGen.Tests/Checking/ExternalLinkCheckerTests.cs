using System.Net;
using SiteGen.Checking;
using SiteGen.Diagnostics;

namespace SiteGen.Tests.Checking;

/// <summary>
/// <c>sitegen check --external</c> asks only addresses on the public internet: not as written, not after a name is
/// resolved, not after a redirect; whatever it is not allowed to ask is reported as not checked.
/// </summary>
public sealed class ExternalLinkCheckerTests
{
    private static readonly SourcePosition At = new("content/bulletins/a.md", 8, 1);

    private static ExternalLinkChecker Checker(HttpMessageHandler handler) =>
        new(handler) { HostInterval = TimeSpan.Zero, Timeout = TimeSpan.FromSeconds(5) };

    private static async Task<IReadOnlyList<Diagnostic>> CheckAsync(ExternalLinkChecker checker, params string[] urls)
    {
        var diagnostics = new DiagnosticBag();
        await checker.CheckAsync(urls.Select(u => new FoundLink(u, "/2024/01/a/", At)).ToArray(), "themes/default", diagnostics, CancellationToken.None);
        return diagnostics.ToSortedList();
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.255.255.254")]
    [InlineData("0.0.0.0")] // Linux connects this to the computer itself
    [InlineData("10.0.0.1")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.255")]
    [InlineData("192.168.1.1")]
    [InlineData("100.64.0.1")]
    [InlineData("100.127.255.255")]
    [InlineData("169.254.169.254")]
    [InlineData("169.254.1.1")]
    [InlineData("192.0.0.192")]
    [InlineData("224.0.0.1")]
    [InlineData("255.255.255.255")]
    [InlineData("::")]
    [InlineData("::1")]
    [InlineData("fc00::1")]
    [InlineData("fd00:ec2::254")]
    [InlineData("fe80::1")]
    [InlineData("fe80::1%2")]
    [InlineData("fec0::1")]
    [InlineData("ff02::1")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("::ffff:10.1.2.3")]
    [InlineData("::ffff:169.254.169.254")]
    [InlineData("::127.0.0.1")]
    [InlineData("64:ff9b::7f00:1")]
    [InlineData("64:ff9b:1::1")]
    [InlineData("2002:7f00:1::1")]
    [InlineData("2002:a9fe:a9fe::1")]
    public void Addresses_off_the_public_internet_are_not_public(string address) =>
        Assert.NotNull(PublicAddress.WhyNot(IPAddress.Parse(address)));

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("1.1.1.1")]
    [InlineData("9.255.255.255")]
    [InlineData("11.0.0.0")]
    [InlineData("100.63.255.255")]
    [InlineData("100.128.0.0")]
    [InlineData("126.255.255.255")]
    [InlineData("128.0.0.0")]
    [InlineData("169.253.255.255")]
    [InlineData("169.255.0.0")]
    [InlineData("172.15.255.255")]
    [InlineData("172.32.0.0")]
    [InlineData("192.167.255.255")]
    [InlineData("192.169.0.0")]
    [InlineData("223.255.255.255")]
    [InlineData("2001:4860:4860::8888")]
    [InlineData("2606:4700:4700::1111")]
    [InlineData("fbff:ffff::1")]
    [InlineData("::ffff:8.8.8.8")]
    [InlineData("64:ff9b::808:808")]
    [InlineData("2002:808:808::1")]
    public void Addresses_of_sites_on_the_internet_are_public(string address) =>
        Assert.Null(PublicAddress.WhyNot(IPAddress.Parse(address)));

    [Fact]
    public async Task A_link_to_a_private_address_in_any_written_form_is_not_checked_and_nothing_is_sent()
    {
        using var listener = new LocalWebServer();
        var network = new RoutedNames();
        var port = listener.Port;
        string[] urls =
        [
            $"http://127.0.0.1:{port}/", $"http://2130706433:{port}/", $"http://0x7f.1:{port}/", $"http://0x7f000001:{port}/",
            $"http://017700000001:{port}/", $"http://127.1:{port}/", $"http://[::1]:{port}/", $"http://[::ffff:127.0.0.1]:{port}/",
            $"http://[::ffff:7f00:1]:{port}/", $"http://0.0.0.0:{port}/", $"http://localhost:{port}/", $"http://LOCALHOST.:{port}/",
            $"http://panel.localhost:{port}/", "http://169.254.169.254/latest/meta-data/", "http://metadata.google.internal/computeMetadata/v1/",
            "http://[fd00:ec2::254]/", "http://10.0.0.1/", "http://192.168.1.1/", "http://100.64.0.1/", "http://[fe80::1]/",
        ];
        var diagnostics = await CheckAsync(Checker(network.Connector(realSockets: true).CreateHandler()), urls);

        Assert.Equal(0, listener.Connections);
        Assert.Empty(network.Connections);
        Assert.Equal(urls.Length, diagnostics.Count);
        Assert.All(diagnostics, d => Assert.Equal((DiagnosticCodes.ExternalLinkNotPublic, Severity.Warning), (d.Code, d.Severity)));
        Assert.All(diagnostics, d => Assert.Contains("was not checked: ", d.Message));
        Assert.Contains(diagnostics, d => d.Message.Contains($"the link 'http://0x7f.1:{port}/' on /2024/01/a/ was not checked: 127.0.0.1 is the address of whatever computer opens the link (loopback)"));
        Assert.Contains(diagnostics, d => d.Message.Contains("was not checked: [::ffff:127.0.0.1] is the address of whatever computer opens the link (loopback)"));
        Assert.Contains(diagnostics, d => d.Message.Contains("'http://10.0.0.1/' on /2024/01/a/ was not checked: 10.0.0.1 is an address inside a private network; SiteGen sends no requests to such addresses, and a reader who follows the link would not reach the page you meant either; link to the page's public address"));
        Assert.Contains(diagnostics, d => d.Message.Contains("the name 'metadata.google.internal' stands for the address where a cloud server reads its own settings and keys"));
    }

    [Fact]
    public async Task A_name_that_leads_to_a_private_address_is_not_connected_to()
    {
        // The name server is the attacker's: it answers a public-looking name with this computer's address, or with a public
        // address and a private one. The real sockets are used, and the real server on 127.0.0.1 must see nothing.
        using var listener = new LocalWebServer();
        var network = new RoutedNames()
            .Name("polres-palsu.example", IPAddress.Loopback)
            .Name("campuran.example", IPAddress.Parse("203.0.113.77"), IPAddress.Parse("127.0.0.1"))
            .Name("v6.example", IPAddress.Parse("::ffff:127.0.0.1"));
        var port = listener.Port;
        var diagnostics = await CheckAsync(Checker(network.Connector(realSockets: true).CreateHandler()),
            $"http://polres-palsu.example:{port}/", $"http://campuran.example:{port}/", $"http://v6.example:{port}/");

        Assert.Equal(0, listener.Connections);
        Assert.Equal(3, diagnostics.Count);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticCodes.ExternalLinkNotPublic, d.Code));
        Assert.Contains(diagnostics, d => d.Message.StartsWith(
            $"the link 'http://polres-palsu.example:{port}/' on /2024/01/a/ was not checked: the name 'polres-palsu.example' leads to an address outside the public internet (a computer's own or a private network's); SiteGen sends no requests to such addresses",
            StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_redirect_to_a_private_address_is_not_followed()
    {
        using var site = new LocalWebServer();
        using var listener = new LocalWebServer();
        var network = new RoutedNames().Public("berita.example", site).Name("intranet.example", IPAddress.Parse("10.1.2.3"));
        site.Redirects["/ke-lokal"] = $"http://127.0.0.1:{listener.Port}/rahasia";
        site.Redirects["/ke-desimal"] = $"http://2130706433:{listener.Port}/";
        site.Redirects["/ke-intranet"] = $"http://intranet.example:{listener.Port}/";
        site.Redirects["/ke-metadata"] = "http://169.254.169.254/latest/meta-data/";
        site.Redirects["/pindah"] = "/ada"; // an ordinary redirect, followed
        var url = $"http://berita.example:{site.Port}/";
        var diagnostics = await CheckAsync(Checker(network.Connector().CreateHandler()),
            url + "ke-lokal", url + "ke-desimal", url + "ke-intranet", url + "ke-metadata", url + "pindah");

        Assert.Equal(0, listener.Connections);
        // Only the site itself was connected to: never 10.1.2.3, though the name led there.
        Assert.All(network.Connections, c => Assert.Equal(IPAddress.Parse("203.0.113.1"), c.Address));
        Assert.Equal(4, diagnostics.Count);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticCodes.ExternalLinkNotPublic, d.Code));
        Assert.Contains(diagnostics, d => d.Message == $"the link '{url}ke-lokal' on /2024/01/a/ was not checked: it redirects to 'http://127.0.0.1:{listener.Port}/rahasia', and 127.0.0.1 is the address of whatever computer opens the link (loopback); SiteGen sends no requests to such addresses, and a reader who follows the link would not reach the page you meant either; link to the page's public address");
        Assert.Contains(diagnostics, d => d.Message.Contains($"'{url}ke-intranet' on /2024/01/a/ was not checked: it redirects to 'http://intranet.example:{listener.Port}/', and the name 'intranet.example' leads to an address outside the public internet"));
        Assert.Contains("HEAD /ada", site.Requests);
    }

    [Fact]
    public async Task Another_handler_gets_no_request_for_a_private_address_written_or_redirected_to()
    {
        // The seam tests use: a handler that answers in memory. The checker still judges the addresses it is given.
        var asked = new List<string>();
        var handler = new AnsweringHandler(request =>
        {
            lock (asked) asked.Add(request.RequestUri!.ToString());
            var response = new HttpResponseMessage(HttpStatusCode.Found);
            response.Headers.Location = new Uri("http://[::1]:8080/");
            return response;
        });
        var diagnostics = await CheckAsync(Checker(handler), "https://berita.example/pindah", "http://192.168.0.10/");

        Assert.Equal(["https://berita.example/pindah"], asked);
        Assert.Equal(2, diagnostics.Count);
        Assert.Contains(diagnostics, d => d.Message.Contains("was not checked: it redirects to 'http://[::1]:8080/', and [::1] is the address of whatever computer opens the link (loopback)"));
        Assert.Contains(diagnostics, d => d.Message.Contains("was not checked: 192.168.0.10 is an address inside a private network"));
    }

    [Fact]
    public async Task Redirects_are_followed_to_the_page_and_a_loop_is_a_warning()
    {
        using var site = new LocalWebServer();
        var network = new RoutedNames().Public("berita.example", site);
        site.Redirects["/a"] = "/b";
        site.Redirects["/b"] = $"http://berita.example:{site.Port}/hilang";
        site.Redirects["/putar"] = "/putar";
        var url = $"http://berita.example:{site.Port}/";
        var diagnostics = await CheckAsync(Checker(network.Connector().CreateHandler()), url + "a", url + "putar");

        Assert.Equal(2, diagnostics.Count);
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.ExternalLinkBroken && d.Message.Contains($"'{url}a' on /2024/01/a/ is broken: the other site answers 404 NotFound"));
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.ExternalLinkUnconfirmed && d.Message.Contains("could not be confirmed: it redirects more than 5 times"));
    }

    /// <summary>A handler that answers every request in memory, as tests of the checker's logic use.</summary>
    private sealed class AnsweringHandler(Func<HttpRequestMessage, HttpResponseMessage> answer) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(answer(request));
    }
}
