using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using UnionHome.Platform.Data;
using UnionHome.Tests.Infrastructure;

namespace UnionHome.Tests.Identity;

/// <summary>
/// Wrong passwords slow the network they come from, and the account only a little: a stranger cannot keep an on-duty
/// officer out (issue 12, item 7).
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class SignInBackoffTests(Apps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_strangers_wrong_passwords_from_another_network_do_not_keep_the_officer_out(DatabaseProvider provider)
    {
        await using var app = await apps.StartDedicatedAsync(provider, new() { ["Auth:Backoff:NetworkFreeFailures"] = "10" }, configureServices: TestNetworks.FromHeader);
        var (userName, secret) = await app.CreateStaffWithAuthenticatorAsync("ZJ-ZS");
        var stranger = TestNetworks.Client(app, "203.0.113.9");
        for (var i = 0; i < 8; i++)
        {
            await LoginAsync(stranger, userName, "Wrong-password-1", null);
        }

        var officer = await LoginAsync(TestNetworks.Client(app, "198.51.100.20"), userName, Sessions.StaffPassword, Sessions.TotpNow(app, secret));

        officer.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_network_that_keeps_guessing_waits_longer_after_each_failure(DatabaseProvider provider)
    {
        await using var app = await apps.StartDedicatedAsync(provider, new() { ["Auth:Backoff:NetworkFreeFailures"] = "10" }, configureServices: TestNetworks.FromHeader);
        var (userName, secret) = await app.CreateStaffWithAuthenticatorAsync("ZJ-ZS");
        var guesser = TestNetworks.Client(app, "203.0.113.10");
        for (var i = 0; i < 10; i++)
        {
            await LoginAsync(guesser, $"guess.{i}", "Wrong-password-1", null);
        }

        var first = await LoginAsync(guesser, userName, Sessions.StaffPassword, Sessions.TotpNow(app, secret));
        await first.ShouldBeProblem(HttpStatusCode.TooManyRequests, "sign_in_backoff");
        var wait = first.Headers.RetryAfter!.Delta!.Value;
        app.Time.Advance(wait);
        await (await LoginAsync(guesser, $"guess.x", "Wrong-password-1", null)).ShouldBeProblem(HttpStatusCode.Unauthorized, "invalid_credentials");
        var second = await LoginAsync(guesser, userName, Sessions.StaffPassword, Sessions.TotpNow(app, secret));
        await second.ShouldBeProblem(HttpStatusCode.TooManyRequests, "sign_in_backoff");
        second.Headers.RetryAfter!.Delta!.Value.ShouldBeGreaterThan(wait);
    }

    private static Task<HttpResponseMessage> LoginAsync(HttpClient client, string userName, string password, string? totpCode) =>
        client.PostAsJsonAsync("/api/v1/auth/staff-login", new { userName, password, totpCode }, Ct);
}

/// <summary>The test server has no client address; this one takes it from a header, as a trusted proxy would give it.</summary>
internal static class TestNetworks
{
    private const string Header = "X-Test-Client-Address";

    public static void FromHeader(IServiceCollection services) => services.AddTransient<IStartupFilter, AddressFromHeader>();

    public static HttpClient Client(UnionHomeApp app, string address)
    {
        var client = app.Anonymous();
        client.DefaultRequestHeaders.Add(Header, address);
        return client;
    }

    private sealed class AddressFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (context.Request.Headers.TryGetValue(Header, out var address))
                {
                    context.Connection.RemoteIpAddress = IPAddress.Parse(address.ToString());
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
