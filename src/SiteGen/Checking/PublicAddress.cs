using System.Net;
using System.Net.Sockets;
using SiteGen.Messages;

namespace SiteGen.Checking;

/// <summary>
/// Which addresses are on the public internet. <c>sitegen check --external</c> sends requests to no others: not to the
/// computer running it, a private network, a cloud server's metadata service, nor any other address a reader of the site
/// could not reach either.
/// </summary>
public static class PublicAddress
{
    // Looked up when a message is made, so it is in the language of the person running SiteGen.
    private static readonly Func<string> Loopback = () => Say.AddressLoopback;
    private static readonly Func<string> Private = () => Say.AddressPrivate;
    private static readonly Func<string> Metadata = () => Say.AddressMetadata;

    // The most specific entries first: a metadata address lies inside a wider range.
    private static readonly (IPNetwork Range, Func<string> What)[] Ranges =
    [
        (IPNetwork.Parse("169.254.169.254/32"), Metadata), // AWS, Azure, Google Cloud, DigitalOcean, OpenStack
        (IPNetwork.Parse("192.0.0.192/32"), Metadata), // Oracle Cloud
        (IPNetwork.Parse("fd00:ec2::254/128"), Metadata), // AWS over IPv6
        (IPNetwork.Parse("0.0.0.0/8"), () => Say.AddressThisNetwork),
        (IPNetwork.Parse("10.0.0.0/8"), Private),
        (IPNetwork.Parse("100.64.0.0/10"), () => Say.AddressCarrierNat),
        (IPNetwork.Parse("127.0.0.0/8"), Loopback),
        (IPNetwork.Parse("169.254.0.0/16"), () => Say.AddressLinkLocal),
        (IPNetwork.Parse("172.16.0.0/12"), Private),
        (IPNetwork.Parse("192.0.0.0/24"), () => Say.AddressProtocol),
        (IPNetwork.Parse("192.168.0.0/16"), Private),
        (IPNetwork.Parse("224.0.0.0/4"), () => Say.AddressMulticast),
        (IPNetwork.Parse("240.0.0.0/4"), () => Say.AddressReserved),
        (IPNetwork.Parse("::/128"), () => Say.AddressUnspecified),
        (IPNetwork.Parse("::1/128"), Loopback),
        (IPNetwork.Parse("64:ff9b:1::/48"), Private), // NAT64 for local use
        (IPNetwork.Parse("fc00::/7"), Private), // unique local addresses
        (IPNetwork.Parse("fe80::/10"), () => Say.AddressLinkLocal),
        (IPNetwork.Parse("fec0::/10"), Private), // site-local, deprecated but still routed by some networks
        (IPNetwork.Parse("ff00::/8"), () => Say.AddressMulticast),
    ];

    // IPv6 forms that carry an IPv4 address, which is what the packets finally reach.
    private static readonly IPNetwork Nat64 = IPNetwork.Parse("64:ff9b::/96");
    private static readonly IPNetwork SixToFour = IPNetwork.Parse("2002::/16");
    private static readonly IPNetwork Compatible = IPNetwork.Parse("::/96");

    /// <summary>Names that lead to such an address without asking a name server (RFC 6761 keeps "localhost" on the computer itself).</summary>
    private static readonly (string Name, Func<string> What)[] Names =
    [
        ("localhost", Loopback),
        ("metadata.google.internal", Metadata),
        ("metadata", Metadata),
        ("instance-data", Metadata),
        ("instance-data.ec2.internal", Metadata),
    ];

    /// <summary>What <paramref name="address"/> is when it is not a site's on the public internet, in words for a message; null when it is.</summary>
    public static string? WhyNot(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) return WhyNot(address.MapToIPv4());
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            if (Embedded(address) is { } inner && WhyNot(inner) is { } why) return why;
            // Scope ids (fe80::1%eth0) play no part in which range an address is in.
            if (address.ScopeId != 0) address = new IPAddress(address.GetAddressBytes());
        }
        foreach (var (range, what) in Ranges)
            if (range.BaseAddress.AddressFamily == address.AddressFamily && range.Contains(address)) return what();
        return null;
    }

    /// <summary>
    /// Why a link's host is not on the public internet, as a clause for a message ("127.0.0.1 is …"); null when it may be.
    /// An address is judged in any form a browser reads it (the URL parser has already made 2130706433 and 0x7f.1 into
    /// 127.0.0.1); a name only when it needs no name server (localhost, cloud metadata names). Other names are judged
    /// once resolved, when the connection is made (see <see cref="PublicAddressConnector"/>).
    /// </summary>
    public static string? WhyNot(Uri uri)
    {
        if (uri.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6)
            return IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && WhyNot(address) is { } what ? Say.AddressIs.With(uri.Host, what) : null;
        return WhyNotName(uri.Host);
    }

    /// <summary>Why a host name leads off the public internet without asking a name server, as a clause for a message; null otherwise.</summary>
    public static string? WhyNotName(string host)
    {
        var name = host.TrimEnd('.').ToLowerInvariant();
        foreach (var (known, what) in Names)
            if (name == known) return Say.AddressNameStandsFor.With(host, what());
        return name.EndsWith(".localhost", StringComparison.Ordinal) ? Say.AddressNameStandsFor.With(host, Loopback()) : null;
    }

    /// <summary>The IPv4 address an IPv6 one carries (NAT64, 6to4, the old IPv4-compatible form), or null.</summary>
    private static IPAddress? Embedded(IPAddress address)
    {
        var bytes = address.GetAddressBytes();
        if (Nat64.Contains(address) || (Compatible.Contains(address) && !address.Equals(IPAddress.IPv6Any) && !address.Equals(IPAddress.IPv6Loopback)))
            return new IPAddress(bytes.AsSpan(12, 4));
        if (SixToFour.Contains(address)) return new IPAddress(bytes.AsSpan(2, 4));
        return null;
    }
}
