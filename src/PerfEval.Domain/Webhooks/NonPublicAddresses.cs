using System.Net;

namespace PerfEval.Domain.Webhooks;

/// <summary>
/// Addresses a webhook must not be delivered to unless the operator allows it: loopback, private, link-local (cloud
/// metadata services live at 169.254.169.254), shared (CGNAT), unique-local, multicast, unspecified and the other
/// special-purpose blocks of the IANA registries described by RFC 6890 (updated by RFC 8190). A platform client
/// could otherwise make the server call into its own network (server-side request forgery).
/// </summary>
public static class NonPublicAddresses
{
    private static readonly (IPAddress Network, int PrefixLength)[] Blocks =
    [
        (IPAddress.Parse("0.0.0.0"), 8),          // "this network" (RFC 791)
        (IPAddress.Parse("10.0.0.0"), 8),         // private (RFC 1918)
        (IPAddress.Parse("100.64.0.0"), 10),      // shared address space (RFC 6598)
        (IPAddress.Parse("127.0.0.0"), 8),        // loopback (RFC 1122)
        (IPAddress.Parse("169.254.0.0"), 16),     // link-local (RFC 3927)
        (IPAddress.Parse("172.16.0.0"), 12),      // private (RFC 1918)
        (IPAddress.Parse("192.0.0.0"), 24),       // IETF protocol assignments (RFC 6890)
        (IPAddress.Parse("192.0.2.0"), 24),       // documentation TEST-NET-1 (RFC 5737)
        (IPAddress.Parse("192.168.0.0"), 16),     // private (RFC 1918)
        (IPAddress.Parse("198.18.0.0"), 15),      // benchmarking (RFC 2544)
        (IPAddress.Parse("198.51.100.0"), 24),    // documentation TEST-NET-2 (RFC 5737)
        (IPAddress.Parse("203.0.113.0"), 24),     // documentation TEST-NET-3 (RFC 5737)
        (IPAddress.Parse("224.0.0.0"), 4),        // multicast (RFC 5771)
        (IPAddress.Parse("240.0.0.0"), 4),        // reserved, and 255.255.255.255 broadcast (RFC 1112, RFC 919)
        (IPAddress.Parse("::"), 128),             // unspecified (RFC 4291)
        (IPAddress.Parse("::1"), 128),            // loopback (RFC 4291)
        (IPAddress.Parse("100::"), 64),           // discard-only (RFC 6666)
        (IPAddress.Parse("2001:db8::"), 32),      // documentation (RFC 3849)
        (IPAddress.Parse("fc00::"), 7),           // unique local (RFC 4193)
        (IPAddress.Parse("fe80::"), 10),          // link-local (RFC 4291)
        (IPAddress.Parse("ff00::"), 8),           // multicast (RFC 4291)
    ];

    /// <summary>
    /// IPv6 forms that carry an IPv4 address inside them: whatever translates or tunnels them may deliver to that
    /// IPv4 address (loopback or private included), and no receiver needs them, so every such address is non-public
    /// rather than judged by the IPv4 address it embeds.
    /// </summary>
    private static readonly (IPAddress Network, int PrefixLength)[] EmbeddingIPv4 =
    [
        (IPAddress.Parse("::"), 96),              // IPv4-compatible (deprecated, RFC 4291 §2.5.5.1)
        (IPAddress.Parse("::ffff:0:0"), 96),      // IPv4-mapped (RFC 4291 §2.5.5.2)
        (IPAddress.Parse("::ffff:0:0:0"), 96),    // IPv4-translated (RFC 2765)
        (IPAddress.Parse("64:ff9b::"), 96),       // NAT64 well-known prefix (RFC 6052)
        (IPAddress.Parse("64:ff9b:1::"), 48),     // local-use IPv4/IPv6 translation (RFC 8215)
        (IPAddress.Parse("2001::"), 32),          // Teredo (RFC 4380)
        (IPAddress.Parse("2002::"), 16),          // 6to4 (RFC 3056)
    ];

    public static bool Contains(IPAddress address) => Reason(address) is not null;

    /// <summary>Why an address is non-public, or null when it is a public address.</summary>
    public static string? Reason(IPAddress address)
    {
        if (IsInBlocks(address)) return "this machine or a non-public network (loopback, private, link-local …)";
        return address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6
            && EmbeddingIPv4.Any(block => InBlock(address, block.Network, block.PrefixLength))
            ? "an IPv6 address that embeds an IPv4 address (mapped, compatible, NAT64, 6to4 or Teredo)"
            : null;
    }

    private static bool IsInBlocks(IPAddress address)
    {
        return Blocks.Any(block => block.Network.AddressFamily == address.AddressFamily && InBlock(address, block.Network, block.PrefixLength));
    }

    private static bool InBlock(IPAddress address, IPAddress network, int prefixLength)
    {
        var bytes = address.GetAddressBytes();
        var prefix = network.GetAddressBytes();
        for (var bit = 0; bit < prefixLength; bit++)
        {
            var mask = (byte)(0x80 >> (bit % 8));
            if ((bytes[bit / 8] & mask) != (prefix[bit / 8] & mask)) return false;
        }
        return true;
    }
}
