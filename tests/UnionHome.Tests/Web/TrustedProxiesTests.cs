using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using UnionHome.Web.Hosting;

namespace UnionHome.Tests.Web;

public sealed class TrustedProxiesTests
{
    [Fact]
    public void By_default_only_a_proxy_on_the_same_host_is_believed()
    {
        var options = Apply(new());

        options.KnownProxies.ShouldBe([IPAddress.Loopback, IPAddress.IPv6Loopback], ignoreOrder: true);
        options.KnownIPNetworks.ShouldBeEmpty();
    }

    [Fact]
    public void A_load_balancer_elsewhere_is_believed_once_it_is_configured()
    {
        var options = Apply(new() { ["ForwardedHeaders:KnownProxies"] = "10.0.0.5, 10.0.0.6", ["ForwardedHeaders:KnownNetworks"] = "172.16.0.0/12" });

        options.KnownProxies.ShouldContain(IPAddress.Parse("10.0.0.6"));
        options.KnownIPNetworks.ShouldContain(System.Net.IPNetwork.Parse("172.16.0.0/12"));
    }

    [Fact]
    public void A_misspelt_proxy_address_stops_the_node_at_start_instead_of_being_ignored()
    {
        Should.Throw<InvalidOperationException>(() => Apply(new() { ["ForwardedHeaders:KnownProxies"] = "10.0.0" }))
            .Message.ShouldContain("10.0.0");
    }

    private static ForwardedHeadersOptions Apply(Dictionary<string, string?> settings)
    {
        var options = new ForwardedHeadersOptions();
        TrustedProxies.Apply(options, new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        return options;
    }
}
