using System.Net;
using System.Net.Sockets;

namespace UnionHome.Platform.Identity.SmsLogin;

/// <summary>The unit a per-address limit counts: an IPv4 address, or the /64 an IPv6 host can roam inside.</summary>
internal static class ClientNetwork
{
    public static string KeyOf(string address)
    {
        if (!IPAddress.TryParse(address, out var ip))
        {
            return address;
        }

        if (ip.IsIPv4MappedToIPv6)
        {
            ip = ip.MapToIPv4();
        }

        if (ip.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return ip.ToString();
        }

        var bytes = ip.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return $"{new IPAddress(bytes)}/64";
    }
}
