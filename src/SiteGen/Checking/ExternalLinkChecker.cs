using System.Net;
using System.Net.Sockets;
using SiteGen.Diagnostics;

namespace SiteGen.Checking;

/// <summary>
/// Checks links that leave the site (<c>sitegen check --external</c>), politely: each address once; a bounded number of
/// requests at a time, fewer to any one host and spaced out; a timeout on each; HEAD first, GET when HEAD is refused.
/// 404, 410 and unknown hosts are errors; anything else that fails (timeouts, 5xx, refusals) is a warning, as it may pass later.
/// </summary>
public sealed class ExternalLinkChecker(HttpMessageHandler? handler = null)
{
    public int MaxConcurrent { get; init; } = 8;
    public int PerHost { get; init; } = 2;
    /// <summary>The least time between the starts of two requests to one host.</summary>
    public TimeSpan HostInterval { get; init; } = TimeSpan.FromMilliseconds(250);
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    public async Task CheckAsync(IReadOnlyList<FoundLink> links, string themePath, DiagnosticBag diagnostics, CancellationToken cancel)
    {
        var addresses = links.Select(l => l.Url).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        using var client = new HttpClient(handler ?? new SocketsHttpHandler { AllowAutoRedirect = true, MaxAutomaticRedirections = 5 }, disposeHandler: handler is null)
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
            if (outcome is null) continue;
            var (error, reason) = outcome.Value;
            var found = links.Where(l => l.Url == url).ToArray();
            var code = error ? DiagnosticCodes.ExternalLinkBroken : DiagnosticCodes.ExternalLinkUnconfirmed;
            foreach (var link in found.Where(l => l.Markdown is not null))
                Report(link.Markdown!.Value, $"the link '{url}' on {link.Page} {reason}");
            var fromTheme = found.Where(l => l.Markdown is null).Select(l => l.Page).Distinct().ToArray();
            if (fromTheme.Length > 0)
                Report(SourcePosition.File(themePath),
                    $"the theme's link '{url}' on {(fromTheme.Length == 1 ? fromTheme[0] : $"{fromTheme.Length} pages, e.g. {fromTheme[0]}")} {reason}");

            void Report(SourcePosition at, string message)
            {
                if (error) diagnostics.Error(at, code, message);
                else diagnostics.Warning(at, code, message);
            }
        }
    }

    /// <summary>Null when the address answers; otherwise whether it is broken for sure (an error) and why.</summary>
    private async Task<(bool Error, string Reason)?> CheckOneAsync(HttpClient client, Uri uri, Host host, CancellationToken cancel)
    {
        var unknownHost = (true, $"is broken: the host '{uri.Host}' does not exist; correct the address or remove the link");
        // RFC 6761 reserves .invalid for names that never resolve: no need to ask a name server.
        if (uri.Host.EndsWith(".invalid", StringComparison.OrdinalIgnoreCase) || uri.Host.Equals("invalid", StringComparison.OrdinalIgnoreCase))
            return unknownHost;
        var head = await RequestAsync(client, HttpMethod.Head, uri, host, cancel);
        if (head.Status is { } status && IsSuccess(status)) return null;
        if (head.HostUnknown) return unknownHost;
        var get = await RequestAsync(client, HttpMethod.Get, uri, host, cancel);
        if (get.Status is { } answer)
        {
            if (IsSuccess(answer)) return null;
            var text = $"{(int)answer} {answer}";
            return answer is HttpStatusCode.NotFound or HttpStatusCode.Gone
                ? (true, $"is broken: the other site answers {text}; correct the address or remove the link")
                : (false, $"could not be confirmed: the other site answers {text}; open it in a browser to check");
        }
        return (false, $"could not be confirmed: {get.Failure}; open it in a browser to check");
    }

    private async Task<(HttpStatusCode? Status, bool HostUnknown, string? Failure)> RequestAsync(
        HttpClient client, HttpMethod method, Uri uri, Host host, CancellationToken cancel)
    {
        await host.WaitTurnAsync(HostInterval, cancel);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        timeout.CancelAfter(Timeout);
        try
        {
            using var request = new HttpRequestMessage(method, uri);
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            return (response.StatusCode, false, null);
        }
        catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
        {
            return (null, false, $"no answer within {Timeout.TotalSeconds:0} seconds");
        }
        catch (HttpRequestException e) when (e.InnerException is SocketException { SocketErrorCode: SocketError.HostNotFound or SocketError.NoData })
        {
            return (null, true, e.Message);
        }
        catch (HttpRequestException e)
        {
            return (null, false, $"the connection failed ({e.Message})");
        }
    }

    private static bool IsSuccess(HttpStatusCode status) => (int)status is >= 200 and < 400;

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
