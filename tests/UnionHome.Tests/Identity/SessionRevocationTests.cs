using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using UnionHome.Membership.MyData;
using UnionHome.Platform.Api;
using UnionHome.Platform.Data;
using UnionHome.Platform.Identity;
using UnionHome.Tests.Infrastructure;

namespace UnionHome.Tests.Identity;

/// <summary>Every cookie and bearer token carries the account's security stamp; erasure and logout change it (issue 12, item 6).</summary>
[Collection(PlatformCollection.Name)]
public sealed partial class SessionRevocationTests(Apps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_member_token_stops_working_once_the_account_is_erased(DatabaseProvider provider)
    {
        var app = apps[provider];
        var member = app.ClientWithToken(await app.MemberTokenAsync(Sessions.NewPhone()));
        var request = (await (await member.PostAsJsonAsync("/api/v1/me/deletion-request", new { reason = "注销" }, Ct)).Content.ReadFromJsonAsync<DeletionRequestSummary>(Ct))!;
        var admin = await app.StaffClientAsync(null, Roles.Admin);

        (await admin.PostAsync($"/api/v1/staff/deletion-requests/{request.Id}/process", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await member.GetAsync("/api/v1/me", Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_staff_cookie_copied_before_logout_no_longer_opens_the_console(DatabaseProvider provider)
    {
        var app = apps[provider];
        var (userName, secret) = await app.CreateStaffWithAuthenticatorAsync("ZJ-ZS");
        var browser = app.CookieClient();
        await browser.PostStaffSignInFormAsync(userName, Sessions.StaffPassword, Sessions.TotpNow(app, secret));
        var console = await browser.GetAsync("/console", Ct);
        console.StatusCode.ShouldBe(HttpStatusCode.OK);
        var copied = CopyOfStaffCookie(await browser.GetAsync("/console", Ct), console);
        var page = await console.Content.ReadAsStringAsync(Ct);

        var logout = await browser.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(Token().Match(page).Groups[1].Value) }), Ct);
        logout.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var replay = app.Anonymous();
        replay.DefaultRequestHeaders.Add("Cookie", copied);
        (await replay.GetAsync("/console", Ct)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_member_token_lives_minutes_and_a_refresh_token_comes_with_it(DatabaseProvider provider)
    {
        await using var app = await apps.StartDedicatedAsync(provider, new() { ["Auth:MemberLifetime"] = null });
        var phone = Sessions.NewPhone();
        var client = app.Anonymous();
        await client.PostAsJsonAsync("/api/v1/auth/sms-code", new { phone }, Ct);

        var login = await client.PostAsJsonAsync("/api/v1/auth/sms-login", new { phone, code = await app.LatestCodeAsync(phone) }, Ct);

        var body = await login.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(Ct);
        (body.GetProperty("expiresAt").GetDateTimeOffset() - app.Time.GetUtcNow()).ShouldBeLessThanOrEqualTo(TimeSpan.FromMinutes(30));
        body.TryGetProperty("refreshToken", out var refresh).ShouldBeTrue();
        refresh.GetString().ShouldNotBeNullOrEmpty();
    }

    private static string CopyOfStaffCookie(HttpResponseMessage _, HttpResponseMessage signedIn) =>
        string.Join("; ", signedIn.RequestMessage!.Headers.GetValues("Cookie"));

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
