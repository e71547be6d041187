using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace UnionHome.Web.Hosting;

/// <summary>
/// Whose X-Forwarded-For the node believes. By default only a proxy on the same host (nginx on loopback). A load
/// balancer elsewhere must be listed in <c>ForwardedHeaders:KnownProxies</c> (addresses) or
/// <c>ForwardedHeaders:KnownNetworks</c> (CIDR), comma-separated: otherwise every client appears as the balancer's
/// address, and the per-network limits on sign-in would count the whole deployment as one network.
/// </summary>
internal static class TrustedProxies
{
    public static void Apply(ForwardedHeadersOptions options, IConfiguration configuration)
    {
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        options.KnownIPNetworks.Clear();
        options.KnownProxies.Clear();
        options.KnownProxies.Add(IPAddress.Loopback);
        options.KnownProxies.Add(IPAddress.IPv6Loopback);
        foreach (var address in List(configuration["ForwardedHeaders:KnownProxies"]))
        {
            // IPAddress.TryParse reads "10.0.0" as 10.0.0.0; a shortened address is a typo here, not a wish.
            var complete = address.Contains(':', StringComparison.Ordinal) || address.Count(c => c == '.') == 3;
            options.KnownProxies.Add(complete && IPAddress.TryParse(address, out var parsed)
                ? parsed
                : throw new InvalidOperationException($"ForwardedHeaders:KnownProxies: '{address}' is not an IP address."));
        }

        foreach (var network in List(configuration["ForwardedHeaders:KnownNetworks"]))
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network, out var parsed)
                ? parsed
                : throw new InvalidOperationException($"ForwardedHeaders:KnownNetworks: '{network}' is not a CIDR network such as 10.0.0.0/8."));
        }
    }

    private static string[] List(string? value) =>
        value?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
}
