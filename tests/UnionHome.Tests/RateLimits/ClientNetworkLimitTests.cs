using System.Net;
using System.Net.Http.Json;
using UnionHome.Platform.Data;
using UnionHome.Tests.Infrastructure;

namespace UnionHome.Tests.RateLimits;

/// <summary>The per-network limits in front of the anonymous sign-in endpoints, on one node (counters in memory).</summary>
[Collection(PlatformCollection.Name)]
public sealed class ClientNetworkLimitTests(Apps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(nameof(Clocks.Thursday1000Beijing))]
    [InlineData(nameof(Clocks.NewYearsEve235959Beijing))]
    public async Task Password_guesses_across_user_names_past_the_network_limit_get_429_until_the_window_ends(string instant)
    {
        await using var app = await apps.StartDedicatedAsync(
            DatabaseProvider.Sqlite,
            new() { ["RateLimits:StaffLogin:PermitLimit"] = "3", ["RateLimits:StaffLogin:Window"] = "00:10:00" },
            Clocks.Named(instant));
        var client = app.Anonymous();
        app.Time.MoveToStartOfWindow(TimeSpan.FromMinutes(10));

        for (var i = 0; i < 3; i++)
        {
            await (await GuessAsync(client)).ShouldBeProblem(HttpStatusCode.Unauthorized, "invalid_credentials");
        }

        var refused = await GuessAsync(client);

        await refused.ShouldBeProblem(HttpStatusCode.TooManyRequests, "rate_limited");
        var retryAfter = refused.Headers.RetryAfter!.Delta!.Value;
        retryAfter.TotalSeconds.ShouldBeInRange(540, 600);
        app.Time.Advance(retryAfter - TimeSpan.FromSeconds(1));
        (await GuessAsync(client)).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        app.Time.Advance(TimeSpan.FromSeconds(1));
        await (await GuessAsync(client)).ShouldBeProblem(HttpStatusCode.Unauthorized, "invalid_credentials");
    }

    [Fact]
    public async Task Code_requests_and_code_guesses_across_phones_have_limits_of_their_own()
    {
        await using var app = await apps.StartDedicatedAsync(
            DatabaseProvider.Sqlite,
            new() { ["RateLimits:SmsCode:PermitLimit"] = "2", ["RateLimits:SmsLogin:PermitLimit"] = "2" },
            Clocks.Thursday1000Beijing());
        var client = app.Anonymous();

        for (var i = 0; i < 2; i++)
        {
            (await client.PostAsJsonAsync("/api/v1/auth/sms-code", new { phone = Sessions.NewPhone() }, Ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        }

        await (await client.PostAsJsonAsync("/api/v1/auth/sms-code", new { phone = Sessions.NewPhone() }, Ct)).ShouldBeProblem(HttpStatusCode.TooManyRequests, "rate_limited");
        for (var i = 0; i < 2; i++)
        {
            (await client.PostAsJsonAsync("/api/v1/auth/sms-login", new { phone = Sessions.NewPhone(), code = "000000" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        await (await client.PostAsJsonAsync("/api/v1/auth/sms-login", new { phone = Sessions.NewPhone(), code = "000000" }, Ct)).ShouldBeProblem(HttpStatusCode.TooManyRequests, "rate_limited");
        app.Time.Advance(TimeSpan.FromMinutes(1));
        (await client.PostAsJsonAsync("/api/v1/auth/sms-code", new { phone = Sessions.NewPhone() }, Ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task Guesses_through_the_staff_sign_in_page_and_the_api_count_against_one_limit()
    {
        await using var app = await apps.StartDedicatedAsync(DatabaseProvider.Sqlite, new() { ["RateLimits:StaffLogin:PermitLimit"] = "2" }, Clocks.Thursday1000Beijing());
        var (userName, secret) = await app.CreateStaffWithAuthenticatorAsync("ZJ-ZS");
        var client = app.Anonymous();
        await GuessAsync(client);
        await GuessAsync(client);

        var page = await app.CookieClient().PostStaffSignInFormAsync(userName, Sessions.StaffPassword, Sessions.TotpNow(app, secret));

        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await page.Content.ReadAsStringAsync(Ct)).ShouldContain("当前网络请求过于频繁，请稍后再试");
    }

    private static Task<HttpResponseMessage> GuessAsync(HttpClient client) =>
        client.PostAsJsonAsync("/api/v1/auth/staff-login", new { userName = $"guess.{Guid.NewGuid():N}"[..20], password = "Wrong-Horse-42", totpCode = "123456" }, Ct);
}
