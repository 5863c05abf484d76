using System.Net;
using System.Net.Sockets;
using SiteGen.Diagnostics;
using SiteGen.Messages;

namespace SiteGen.Checking;

/// <summary>
/// Checks links that leave the site (<c>sitegen check --external</c>), politely: each address once; a bounded number of
/// requests at a time, fewer to any one host and spaced out; a timeout on each; HEAD first, GET when HEAD is refused.
/// 404, 410 and unknown hosts are errors; anything else that fails (timeouts, 5xx, refusals) is a warning, as it may pass later.
/// Addresses off the public internet (this computer, private networks, cloud metadata) are never asked, not even after a
/// redirect or a name's lookup: such a link is a warning that says it was not checked.
/// </summary>
/// <param name="handler">
/// Sends the requests; by default one that connects only to public addresses (<see cref="PublicAddressConnector"/>).
/// Another handler must do that itself: the checker judges only the addresses written in links and redirects.
/// </param>
public sealed class ExternalLinkChecker(HttpMessageHandler? handler = null)
{
    public int MaxConcurrent { get; init; } = 8;
    public int PerHost { get; init; } = 2;
    /// <summary>The least time between the starts of two requests to one host.</summary>
    public TimeSpan HostInterval { get; init; } = TimeSpan.FromMilliseconds(250);
    /// <summary>How long one request may take, its redirects included.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);
    /// <summary>How many redirects a link may take to its page.</summary>
    public int MaxRedirects { get; init; } = 5;

    public async Task CheckAsync(IReadOnlyList<FoundLink> links, string themePath, DiagnosticBag diagnostics, CancellationToken cancel)
    {
        var addresses = links.Select(l => l.Url).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        using var client = new HttpClient(handler ?? new PublicAddressConnector().CreateHandler(), disposeHandler: handler is null)
        {
            Timeout = System.Threading.Timeout.InfiniteTimeSpan,
        };
        client.DefaultRequestHeaders.UserAgent.ParseAdd("SiteGen-link-check/1.0");
        using var slots = new SemaphoreSlim(MaxConcurrent);
        var hosts = new Dictionary<string, Host>(StringComparer.OrdinalIgnoreCase);
        var outcomes = await Task.WhenAll(addresses.Select(async url =>
        {
            var uri = new Uri(url);
            Host host;
            lock (hosts)
                if (!hosts.TryGetValue(uri.Authority, out host!)) hosts.Add(uri.Authority, host = new Host(PerHost));
            // The host's share first: links waiting for a busy host must not hold the slots other hosts could use.
            await host.Slots.WaitAsync(cancel);
            try
            {
                await slots.WaitAsync(cancel);
                try
                {
                    return (url, Outcome: await CheckOneAsync(client, uri, host, cancel));
                }
                finally
                {
                    slots.Release();
                }
            }
            finally
            {
                host.Slots.Release();
            }
        }));
        foreach (var (url, outcome) in outcomes)
        {
            if (outcome is not { } verdict) continue;
            var (code, error, reason) = verdict;
            var found = links.Where(l => l.Url == url).ToArray();
            foreach (var link in found.Where(l => l.Markdown is not null))
                Report(link.Markdown!.Value, Say.ExternalLinkOnPage.With(url, link.Page, reason));
            var fromTheme = found.Where(l => l.Markdown is null).Select(l => l.Page).Distinct().ToArray();
            if (fromTheme.Length > 0)
                Report(SourcePosition.File(themePath),
                    fromTheme.Length == 1 ? Say.ExternalThemeLinkOnPage.With(url, fromTheme[0], reason) : Say.ExternalThemeLinkOnPages.With(url, fromTheme.Length, fromTheme[0], reason));

            void Report(SourcePosition at, string message)
            {
                if (error) diagnostics.Error(at, code, message);
                else diagnostics.Warning(at, code, message);
            }
        }
    }

    /// <summary>Null when the address answers; otherwise the code, whether it is an error, and why.</summary>
    private async Task<Outcome?> CheckOneAsync(HttpClient client, Uri uri, Host host, CancellationToken cancel)
    {
        // RFC 6761 reserves .invalid for names that never resolve: no need to ask a name server.
        if (uri.Host.EndsWith(".invalid", StringComparison.OrdinalIgnoreCase) || uri.Host.Equals("invalid", StringComparison.OrdinalIgnoreCase))
            return UnknownHost(uri, uri);
        if (PublicAddress.WhyNot(uri) is { } written) return NotPublic(written);
        var head = await RequestAsync(client, HttpMethod.Head, uri, host, cancel);
        if (head.Status is { } status && IsSuccess(status)) return null;
        if (head.NotPublic is { } refused) return NotPublic(refused);
        if (head.UnknownHost is { } unknown) return UnknownHost(uri, unknown);
        var get = await RequestAsync(client, HttpMethod.Get, uri, host, cancel);
        if (get.Status is { } answer)
        {
            if (IsSuccess(answer)) return null;
            var text = $"{(int)answer} {answer}";
            return answer is HttpStatusCode.NotFound or HttpStatusCode.Gone
                ? new Outcome(DiagnosticCodes.ExternalLinkBroken, true, Say.ExternalBrokenAnswer.With(text))
                : new Outcome(DiagnosticCodes.ExternalLinkUnconfirmed, false, Say.ExternalUnconfirmedAnswer.With(text));
        }
        if (get.NotPublic is { } refusedGet) return NotPublic(refusedGet);
        if (get.UnknownHost is { } unknownGet) return UnknownHost(uri, unknownGet);
        return new Outcome(DiagnosticCodes.ExternalLinkUnconfirmed, false, Say.ExternalUnconfirmed.With(get.Failure));
    }

    private static Outcome UnknownHost(Uri link, Uri unknown) => new(DiagnosticCodes.ExternalLinkBroken, true, unknown == link
        ? Say.ExternalUnknownHost.With(unknown.Host)
        : Say.ExternalRedirectUnknownHost.With(unknown, unknown.Host));

    // Careful words: the reader is not told the page is missing (nobody asked), only that the address cannot lead there.
    private static Outcome NotPublic(string why) => new(DiagnosticCodes.ExternalLinkNotPublic, false,
        Say.ExternalNotPublic.With(why));

    /// <summary>One request, following redirects (each new address judged first) up to <see cref="MaxRedirects"/>.</summary>
    private async Task<Answer> RequestAsync(HttpClient client, HttpMethod method, Uri uri, Host host, CancellationToken cancel)
    {
        await host.WaitTurnAsync(HostInterval, cancel);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        timeout.CancelAfter(Timeout);
        var at = uri;
        var via = "";
        try
        {
            for (var redirects = 0; ; redirects++)
            {
                HttpStatusCode status;
                Uri? location;
                using (var request = new HttpRequestMessage(method, at))
                using (var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token))
                {
                    status = response.StatusCode;
                    location = response.Headers.Location;
                }
                if (!IsRedirect(status) || location is null) return new Answer(status);
                if (!Uri.TryCreate(at, location, out var next)) return new Answer(Failure: Say.ExternalRedirectInvalid.With(location));
                // A redirect to another kind of address (ftp:, say) is an answer: what follows is not the web's to check.
                if (next.Scheme is not ("http" or "https")) return new Answer(status);
                if (redirects == MaxRedirects) return new Answer(Failure: Say.ExternalTooManyRedirects.With(MaxRedirects));
                via = Say.ExternalRedirectVia.With(next);
                if (PublicAddress.WhyNot(next) is { } why) return new Answer(NotPublic: via + why);
                at = next;
            }
        }
        catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
        {
            return new Answer(Failure: Say.ExternalTimeout.With(Timeout.TotalSeconds));
        }
        catch (HttpRequestException e) when (e.InnerException is NonPublicAddressException refused)
        {
            return new Answer(NotPublic: via + refused.Message);
        }
        catch (HttpRequestException e) when (e.InnerException is SocketException { SocketErrorCode: SocketError.HostNotFound or SocketError.NoData })
        {
            return new Answer(UnknownHost: at);
        }
        catch (HttpRequestException e)
        {
            return new Answer(Failure: Say.ExternalConnectionFailed.With(e.Message));
        }
    }

    private static bool IsRedirect(HttpStatusCode status) =>
        status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    private static bool IsSuccess(HttpStatusCode status) => (int)status is >= 200 and < 400;

    /// <summary>A link's verdict: its diagnostic code, whether it is an error, and the message's end ("is broken: …").</summary>
    private sealed record Outcome(string Code, bool Error, string Reason);

    /// <summary>What one request came to: an answer, a host that does not exist, an address off the public internet (why), or another failure.</summary>
    private sealed record Answer(HttpStatusCode? Status = null, Uri? UnknownHost = null, string? NotPublic = null, string? Failure = null);

    /// <summary>One host's share: how many requests may be open to it, and when the next may start.</summary>
    private sealed class Host(int perHost)
    {
        private readonly Lock _lock = new();
        private DateTimeOffset _next = DateTimeOffset.MinValue;

        public SemaphoreSlim Slots { get; } = new(perHost);

        public async Task WaitTurnAsync(TimeSpan interval, CancellationToken cancel)
        {
            TimeSpan wait;
            lock (_lock)
            {
                var now = DateTimeOffset.UtcNow;
                var start = _next > now ? _next : now;
                _next = start + interval;
                wait = start - now;
            }
            if (wait > TimeSpan.Zero) await Task.Delay(wait, cancel);
        }
    }
}
