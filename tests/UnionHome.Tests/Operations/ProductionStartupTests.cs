using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using UnionHome.Platform.Data;
using UnionHome.Tests.Infrastructure;

namespace UnionHome.Tests.Operations;

/// <summary>Demo shortcuts are for a developer's machine: a server outside Development refuses to start with one on.</summary>
public sealed class ProductionStartupTests
{
    [Theory]
    [InlineData("Demo:SeedOnStart")]
    [InlineData("Demo:SkipStaffTotp")]
    [InlineData("Encryption:AllowDevelopmentKeyFile")]
    public void A_production_server_refuses_to_start_with_a_demo_or_development_setting_on(string setting)
    {
        using var node = new Node("Production", new() { [setting] = "true" });

        var failure = Should.Throw<InvalidOperationException>(() => node.Server);

        failure.Message.ShouldContain(setting);
    }

    [Fact]
    public void A_production_server_with_real_settings_starts()
    {
        using var node = new Node("Production", []);

        node.Server.ShouldNotBeNull();
    }

    [Fact]
    public async Task A_production_server_hides_the_api_reference_unless_its_operator_enables_it()
    {
        using var hidden = new Node("Production", []);
        using var shown = new Node("Production", new() { ["ApiReference:Enabled"] = "true" });

        (await hidden.CreateClient().GetAsync("/openapi/v1.json", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(System.Net.HttpStatusCode.NotFound);
        (await hidden.CreateClient().GetAsync("/api-docs/v1", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(System.Net.HttpStatusCode.NotFound);
        (await shown.CreateClient().GetAsync("/openapi/v1.json", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
    }

    [Fact]
    public void A_development_server_may_use_the_demo_settings()
    {
        using var node = new Node("Development", new() { ["Demo:SkipStaffTotp"] = "true", ["Encryption:AllowDevelopmentKeyFile"] = "true" });

        node.Server.ShouldNotBeNull();
    }

    private sealed class Node(string environment, Dictionary<string, string?> settings) : WebApplicationFactory<Program>
    {
        private readonly string dataDirectory = Directory.CreateTempSubdirectory("unionhome-startup-").FullName;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment(environment);
            var all = new Dictionary<string, string?>(Deployment.Keys())
            {
                ["Database:Provider"] = nameof(DatabaseProvider.Sqlite),
                ["Storage:DataDirectory"] = dataDirectory,
                ["Sms:Provider"] = "Outbox",
            };
            foreach (var (key, value) in settings)
            {
                all[key] = value;
            }

            foreach (var (key, value) in all)
            {
                builder.UseSetting(key, value);
            }
        }
    }
}
