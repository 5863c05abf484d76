using System.Net;
using System.Net.Sockets;
using SiteGen.Messages;

namespace SiteGen.Checking;

/// <summary>
/// Opens the connections of <c>sitegen check --external</c>, to public addresses only: it resolves the name itself,
/// refuses the name when any of its addresses is not public (<see cref="PublicAddress"/>), and then connects to an address
/// it judged, so a name server cannot answer one address for the judgement and another for the connection.
/// </summary>
internal sealed class PublicAddressConnector
{
    public delegate Task<IPAddress[]> Resolver(string host, CancellationToken cancel);

    public delegate ValueTask<Stream> Connector(IPEndPoint endPoint, CancellationToken cancel);

    private readonly Resolver _resolve;
    private readonly Connector _connect;

    /// <param name="resolve">Looks up a name's addresses; the system's resolver by default.</param>
    /// <param name="connect">Opens a TCP connection to an address already judged public; a socket by default.</param>
    public PublicAddressConnector(Resolver? resolve = null, Connector? connect = null)
    {
        _resolve = resolve ?? ((host, cancel) => Dns.GetHostAddressesAsync(host, cancel));
        _connect = connect ?? ConnectSocketAsync;
    }

    /// <summary>A handler that makes every connection through this connector.</summary>
    public SocketsHttpHandler CreateHandler() => new()
    {
        ConnectCallback = ConnectAsync,
        // Each redirect leads to an address that must be judged too: the checker follows them itself.
        AllowAutoRedirect = false,
        // Through a proxy, the proxy would connect, to addresses this connector never sees.
        UseProxy = false,
    };

    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancel)
    {
        var host = context.DnsEndPoint.Host;
        IPAddress[] addresses;
        if (IPAddress.TryParse(host.Trim('[', ']'), out var literal))
        {
            addresses = [literal];
        }
        else
        {
            if (PublicAddress.WhyNotName(host) is { } named) throw new NonPublicAddressException(named);
            addresses = await _resolve(host, cancel);
        }
        foreach (var address in addresses)
            if (PublicAddress.WhyNot(address) is { } what)
                throw new NonPublicAddressException(literal is null
                    ? Say.AddressNameLeadsOff.With(host)
                    : Say.AddressIs.With(host, what));
        if (addresses.Length == 0) throw new SocketException((int)SocketError.HostNotFound);

        SocketException? failed = null;
        foreach (var address in addresses)
        {
            try
            {
                return await _connect(new IPEndPoint(address, context.DnsEndPoint.Port), cancel);
            }
            catch (SocketException e)
            {
                // A site with several addresses may answer on another (say, IPv4 when this computer has no IPv6 route).
                failed = e;
            }
        }
        throw failed!;
    }

    private static async ValueTask<Stream> ConnectSocketAsync(IPEndPoint endPoint, CancellationToken cancel)
    {
        var socket = new Socket(endPoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(endPoint, cancel);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException)
        {
            socket.Dispose();
            throw;
        }
    }
}
