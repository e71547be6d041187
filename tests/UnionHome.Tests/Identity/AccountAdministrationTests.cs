using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using UnionHome.Platform.Api;
using UnionHome.Platform.Data;
using UnionHome.Platform.Identity;
using UnionHome.Tests.Infrastructure;

namespace UnionHome.Tests.Identity;

/// <summary>Disabling an account and moving it to another unit are audited admin actions that end its sessions (issue 12, items 1, 6, 7).</summary>
[Collection(PlatformCollection.Name)]
public sealed class AccountAdministrationTests(Apps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_disabled_officer_loses_their_token_and_cannot_sign_in_until_enabled(DatabaseProvider provider)
    {
        var app = apps[provider];
        var (userName, secret) = await app.CreateStaffWithAuthenticatorAsync("ZJ-ZS");
        var officer = app.ClientWithToken(await app.StaffTokenAsync(userName, Sessions.StaffPassword, Sessions.TotpNow(app, secret)));
        var me = (await officer.GetFromJsonAsync<MeResponse>("/api/v1/me", Ct))!;
        var admin = await app.StaffClientAsync("ZJ", Roles.Admin);

        (await admin.PostAsync($"/api/v1/users/{me.UserId}/disable", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await officer.GetAsync("/api/v1/me", Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        app.Time.Advance(TimeSpan.FromSeconds(31));
        await (await SignInAsync(app, userName, Sessions.TotpNow(app, secret))).ShouldBeProblem(HttpStatusCode.Forbidden, "account_disabled");
        (await admin.PostAsync($"/api/v1/users/{me.UserId}/enable", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        app.Time.Advance(TimeSpan.FromSeconds(31));
        (await SignInAsync(app, userName, Sessions.TotpNow(app, secret))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Moving_an_officer_to_another_unit_ends_the_old_token_and_the_next_sign_in_carries_the_new_unit(DatabaseProvider provider)
    {
        var app = apps[provider];
        var (userName, secret) = await app.CreateStaffWithAuthenticatorAsync("ZJ-ZS");
        var officer = app.ClientWithToken(await app.StaffTokenAsync(userName, Sessions.StaffPassword, Sessions.TotpNow(app, secret)));
        var me = (await officer.GetFromJsonAsync<MeResponse>("/api/v1/me", Ct))!;
        var admin = await app.StaffClientAsync("ZJ", Roles.Admin);
        var target = (await admin.GetFromJsonAsync<Paged<OrgUnitResponse>>("/api/v1/org-units?pageSize=100", WireJson.Options, Ct))!.Items.Single(u => u.Code == "ZJ-HZ").Id;
        var guizhou = await app.WithServices(sp => Task.FromResult(sp.GetRequiredService<AppDbContext>().OrgUnits.Single(u => u.Code == "GZ").Id));

        await (await admin.PutAsJsonAsync($"/api/v1/users/{me.UserId}/org-unit", new { orgUnitId = guizhou }, Ct)).ShouldBeProblem(HttpStatusCode.NotFound, "org_unit_not_found");
        (await officer.GetAsync("/api/v1/me", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await admin.PutAsJsonAsync($"/api/v1/users/{me.UserId}/org-unit", new { orgUnitId = target }, Ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await officer.GetAsync("/api/v1/me", Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        app.Time.Advance(TimeSpan.FromSeconds(31));
        var again = app.ClientWithToken(await app.StaffTokenAsync(userName, Sessions.StaffPassword, Sessions.TotpNow(app, secret)));
        (await again.GetFromJsonAsync<MeResponse>("/api/v1/me", Ct))!.OrgUnitId.ShouldBe(target);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_refresh_token_is_good_once_and_its_reuse_ends_the_family(DatabaseProvider provider)
    {
        var app = apps[provider];
        var phone = Sessions.NewPhone();
        var client = app.Anonymous();
        await client.PostAsJsonAsync("/api/v1/auth/sms-code", new { phone }, Ct);
        var login = (await (await client.PostAsJsonAsync("/api/v1/auth/sms-login", new { phone, code = await app.LatestCodeAsync(phone) }, Ct)).Content.ReadFromJsonAsync<AccessTokenResponse>(Ct))!;

        var renewed = await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = login.RefreshToken }, Ct);
        renewed.StatusCode.ShouldBe(HttpStatusCode.OK);
        var next = (await renewed.Content.ReadFromJsonAsync<AccessTokenResponse>(Ct))!;
        (await app.ClientWithToken(next.AccessToken).GetAsync("/api/v1/me", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        await (await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = login.RefreshToken }, Ct)).ShouldBeProblem(HttpStatusCode.Unauthorized, "refresh_token_invalid");
        await (await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = next.RefreshToken }, Ct)).ShouldBeProblem(HttpStatusCode.Unauthorized, "refresh_token_invalid");
    }

    private static Task<HttpResponseMessage> SignInAsync(UnionHomeApp app, string userName, string totpCode) =>
        app.Anonymous().PostAsJsonAsync("/api/v1/auth/staff-login", new { userName, password = Sessions.StaffPassword, totpCode }, Ct);
}
