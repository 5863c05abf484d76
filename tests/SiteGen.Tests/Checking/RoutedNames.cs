using System.Net;
using System.Net.Sockets;
using SiteGen.Checking;

namespace SiteGen.Tests.Checking;

/// <summary>
/// A name server and a network for the external link check, in the test: names answer with the addresses given, and a
/// connection to a public address given with <see cref="Public"/> reaches a <see cref="LocalWebServer"/>. Every other
/// connection is noted and refused, so a test can show the checker never tried it.
/// </summary>
internal sealed class RoutedNames
{
    private readonly Dictionary<string, IPAddress[]> _names = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<IPAddress, LocalWebServer> _servers = [];
    private readonly Lock _lock = new();

    /// <summary>Every address the checker connected to, or tried to, in order.</summary>
    public List<IPEndPoint> Connections { get; } = [];

    /// <summary>A public name for <paramref name="server"/>: its address (of TEST-NET-3, 203.0.113.0/24) leads to the server.</summary>
    public RoutedNames Public(string name, LocalWebServer server)
    {
        var address = IPAddress.Parse($"203.0.113.{_servers.Count + 1}");
        _servers[address] = server;
        return Name(name, address);
    }

    /// <summary>A name that answers with <paramref name="addresses"/> and leads nowhere.</summary>
    public RoutedNames Name(string name, params IPAddress[] addresses)
    {
        _names[name] = addresses;
        return this;
    }

    /// <summary>The connector the real checker uses, with this name server and network.</summary>
    public PublicAddressConnector Connector(bool realSockets = false) => new(Resolve, realSockets ? null : ConnectAsync);

    private Task<IPAddress[]> Resolve(string host, CancellationToken cancel) =>
        _names.TryGetValue(host, out var addresses) ? Task.FromResult(addresses) : throw new SocketException((int)SocketError.HostNotFound);

    private async ValueTask<Stream> ConnectAsync(IPEndPoint endPoint, CancellationToken cancel)
    {
        lock (_lock) Connections.Add(endPoint);
        if (!_servers.TryGetValue(endPoint.Address, out var server) || server.Port != endPoint.Port)
            throw new SocketException((int)SocketError.ConnectionRefused);
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, server.Port), cancel);
        return new NetworkStream(socket, ownsSocket: true);
    }
}
