using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using UnionHome.Platform.StaffConsole;

namespace UnionHome.Tests.Web;

/// <summary>
/// A console circuit connects to the hub with a staff token it mints itself: the address must be the node's own, never
/// one a browser's Host header supplied.
/// </summary>
public sealed class ConsoleHubAddressTests
{
    [Fact]
    public void The_console_never_builds_its_hub_address_from_the_browsers_base_uri()
    {
        var parameters = typeof(UnionHome.Cases.CasesModule).Assembly.GetType("UnionHome.Cases.Live.ConsoleAlerts")!
            .GetConstructors().Single().GetParameters().Select(p => p.ParameterType);

        parameters.ShouldNotContain(typeof(Microsoft.AspNetCore.Components.NavigationManager));
        parameters.ShouldContain(typeof(InternalAddress));
    }

    [Fact]
    public void A_configured_internal_url_wins_over_what_the_node_listens_on()
    {
        var address = AddressOf(configured: "http://10.0.0.5:8080/", listening: "http://[::]:5000");

        address.Of("/hubs/console").ShouldBe(new Uri("http://10.0.0.5:8080/hubs/console"));
    }

    [Theory]
    [InlineData("http://[::]:5000", "http://localhost:5000/hubs/console")]
    [InlineData("http://0.0.0.0:5000", "http://localhost:5000/hubs/console")]
    [InlineData("http://+:5000", "http://localhost:5000/hubs/console")]
    [InlineData("http://*:5000", "http://localhost:5000/hubs/console")]
    [InlineData("http://127.0.0.1:5123", "http://127.0.0.1:5123/hubs/console")]
    public void Without_a_setting_the_node_reaches_itself_where_it_listens(string listening, string expected)
    {
        AddressOf(configured: null, listening).Of("/hubs/console").ShouldBe(new Uri(expected));
    }

    [Fact]
    public void A_node_that_listens_nowhere_it_can_name_has_no_address()
    {
        AddressOf(configured: null, listening: null).Of("/hubs/console").ShouldBeNull();
    }

    private static InternalAddress AddressOf(string? configured, string? listening)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [InternalAddress.Setting] = configured }).Build();
        var features = new FeatureCollection();
        var addresses = new ServerAddressesFeature();
        if (listening is not null)
        {
            addresses.Addresses.Add(listening);
        }

        features.Set<IServerAddressesFeature>(addresses);
        return new InternalAddress(configuration, new ListeningServer(features));
    }

    private sealed class ListeningServer(IFeatureCollection features) : IServer
    {
        public IFeatureCollection Features => features;

        public Task StartAsync<TContext>(IHttpApplication<TContext> application, CancellationToken cancellationToken)
            where TContext : notnull => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public void Dispose()
        {
        }
    }
}
