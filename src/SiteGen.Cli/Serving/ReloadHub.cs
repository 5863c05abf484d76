using System.Threading.Channels;
using Microsoft.AspNetCore.Http;

namespace SiteGen.Cli.Serving;

/// <summary>
/// The live-reload channel: every open page holds a server-sent-events connection and is told "reload" after a
/// rebuild that changed the site, or "errors" (with the diagnostics) after one that failed.
/// </summary>
internal sealed class ReloadHub
{
    public const string EventsPath = "/__sitegen/events";

    private readonly Lock _lock = new();
    private readonly List<Channel<string>> _clients = [];
    private string? _current;

    /// <summary>The event a page gets as soon as it connects: the errors of the last build, if it failed.</summary>
    public void SetCurrent(string? message)
    {
        lock (_lock) _current = message;
    }

    public void Send(string eventName, string json)
    {
        var message = Format(eventName, json);
        lock (_lock)
            foreach (var client in _clients)
                client.Writer.TryWrite(message);
    }

    public static string Format(string eventName, string json) => $"event: {eventName}\ndata: {json}\n\n";

    /// <summary>Serves one page's connection until the page goes away or the server stops.</summary>
    /// <param name="reloadAtOnce">When it says so, the page is told to reload as soon as it connects. Asked once the page
    /// is among those told of every event, so a reload sent just before it connected is not missed.</param>
    public async Task ServeAsync(HttpContext context, CancellationToken stopping, Func<bool>? reloadAtOnce = null)
    {
        var client = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
        lock (_lock)
        {
            _clients.Add(client);
            if (_current is not null) client.Writer.TryWrite(_current);
            else if (reloadAtOnce?.Invoke() == true) client.Writer.TryWrite(Format("reload", "{}"));
        }
        try
        {
            using var cancel = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
            var response = context.Response;
            response.ContentType = "text/event-stream; charset=utf-8";
            response.Headers.CacheControl = "no-store";
            await response.WriteAsync(": connected\n\n", cancel.Token);
            await response.Body.FlushAsync(cancel.Token);
            await foreach (var message in client.Reader.ReadAllAsync(cancel.Token))
            {
                await response.WriteAsync(message, cancel.Token);
                await response.Body.FlushAsync(cancel.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // The page was closed or the server is stopping: the connection simply ends.
        }
        finally
        {
            lock (_lock) _clients.Remove(client);
        }
    }
}
