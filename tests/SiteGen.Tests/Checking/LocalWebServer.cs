using System.Net;
using System.Net.Sockets;
using System.Text;

namespace SiteGen.Tests.Checking;

/// <summary>
/// A small HTTP server on 127.0.0.1 (any free port) with one path per kind of answer. It counts every connection, even
/// one that never sends a request, so a test can show that nothing reached it; and it answers whatever host name a
/// request names, so the checker can reach it under a public-looking name (see <see cref="RoutedNames"/>).
/// </summary>
internal sealed class LocalWebServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _lock = new();
    private readonly List<string>? _arrivals;
    private int _connections;

    /// <param name="arrivals">Where to note every request, prefixed with <paramref name="name"/>, in the order requests arrive (shared by several servers).</param>
    public LocalWebServer(string name = "", List<string>? arrivals = null)
    {
        Name = name;
        _arrivals = arrivals;
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _ = Task.Run(ServeAsync);
    }

    public string Name { get; }
    public int Port { get; }
    public string Url => $"http://127.0.0.1:{Port}/";
    public List<string> Requests { get; } = [];
    /// <summary>How many connections were opened to the server.</summary>
    public int Connections => Volatile.Read(ref _connections);
    /// <summary>How long the server takes to answer.</summary>
    public TimeSpan Delay { get; set; } = TimeSpan.FromMilliseconds(50);
    /// <summary>Paths answered with "302 Found" and the address given.</summary>
    public Dictionary<string, string> Redirects { get; } = [];

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }
            Interlocked.Increment(ref _connections);
            _ = Task.Run(() => AnswerAsync(client));
        }
    }

    private async Task AnswerAsync(TcpClient client)
    {
        using var _ = client;
        try
        {
            var stream = client.GetStream();
            using var reader = new StreamReader(stream, Encoding.ASCII, leaveOpen: true);
            var first = await reader.ReadLineAsync(_stop.Token);
            if (first is null) return;
            while (await reader.ReadLineAsync(_stop.Token) is { Length: > 0 })
            {
                // The headers; nothing here depends on them.
            }
            var parts = first.Split(' ');
            var (method, path) = (parts[0], new Uri(new Uri("http://server/"), parts[1]).AbsolutePath);
            lock (_lock) Requests.Add($"{method} {path}");
            if (_arrivals is not null)
                lock (_arrivals) _arrivals.Add($"{Name} {method} {path}");
            await Task.Delay(Delay, _stop.Token);
            if (path == "/lambat") await Task.Delay(Timeout.Infinite, _stop.Token); // never answers
            var status = path switch
            {
                "/hilang" => 404,
                "/tanpa-head" => method == "HEAD" ? 405 : 200,
                "/rusak" => 500,
                _ when Redirects.ContainsKey(path) => 302,
                _ => 200,
            };
            var head = new StringBuilder($"HTTP/1.1 {status} {(HttpStatusCode)status}\r\nContent-Length: 0\r\nConnection: close\r\n");
            if (Redirects.TryGetValue(path, out var location)) head.Append("Location: ").Append(location).Append("\r\n");
            await stream.WriteAsync(Encoding.ASCII.GetBytes(head.Append("\r\n").ToString()), _stop.Token);
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The checker gave up on this request already, or the test is over.
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _stop.Dispose();
    }
}
