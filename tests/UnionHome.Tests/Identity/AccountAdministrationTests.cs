using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UnionHome.Platform.Api;
using UnionHome.Platform.Data;
using UnionHome.Platform.Identity;
using UnionHome.Tests.Infrastructure;

namespace UnionHome.Tests.Identity;

/// <summary>Disabling an account, moving it to another unit and changing its roles are audited admin actions that end its sessions (issue 12, items 1, 6, 7).</summary>
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
    public async Task Changing_an_officers_roles_ends_the_old_token_is_audited_and_the_next_sign_in_carries_the_new_roles(DatabaseProvider provider)
    {
        var app = apps[provider];
        var (userName, secret) = await app.CreateStaffWithAuthenticatorAsync("ZJ-ZS");
        var officer = app.ClientWithToken(await app.StaffTokenAsync(userName, Sessions.StaffPassword, Sessions.TotpNow(app, secret)));
        var me = (await officer.GetFromJsonAsync<MeResponse>("/api/v1/me", Ct))!;
        var admin = await app.StaffClientAsync("ZJ", Roles.Admin);

        var changed = await admin.PutAsJsonAsync($"/api/v1/users/{me.UserId}/roles", new { roles = new[] { Roles.Reviewer, Roles.Expert } }, Ct);

        changed.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await changed.Content.ReadFromJsonAsync<UserRoles>(Ct))!.Roles.ShouldBe([Roles.Expert, Roles.Reviewer]);
        (await officer.GetAsync("/api/v1/me", Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        app.Time.Advance(TimeSpan.FromSeconds(31));
        var again = app.ClientWithToken(await app.StaffTokenAsync(userName, Sessions.StaffPassword, Sessions.TotpNow(app, secret)));
        (await again.GetFromJsonAsync<MeResponse>("/api/v1/me", Ct))!.Roles.ShouldBe([Roles.Expert, Roles.Reviewer], ignoreOrder: true);
        var audited = await app.WithServices(sp => sp.GetRequiredService<AppDbContext>().AuditEntries
            .Where(e => e.Action == "user.roles_changed" && e.Target == $"user:{me.UserId}").Select(e => e.Details).ToListAsync(Ct));
        audited.ShouldBe(["union_staff -> expert,reviewer"]);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Roles_that_do_not_fit_the_account_are_refused_and_an_account_outside_the_subtree_is_not_found(DatabaseProvider provider)
    {
        var app = apps[provider];
        var admin = await app.StaffClientAsync("ZJ-ZS", Roles.Admin);
        var member = await app.NewStaffAsync(Roles.Member, "ZJ-ZS-HY");
        var officer = await app.NewStaffAsync(Roles.UnionStaff, "ZJ-ZS-HY");
        var outside = await app.NewStaffAsync(Roles.UnionStaff, "GZ-GY-BY");

        await (await SetRolesAsync(admin, member.UserId, Roles.UnionStaff)).ShouldBeProblem(HttpStatusCode.BadRequest, "role_needs_staff_account");
        await (await SetRolesAsync(admin, officer.UserId, Roles.UnionStaff, Roles.Member)).ShouldBeProblem(HttpStatusCode.BadRequest, "member_role_for_staff_account");
        await (await SetRolesAsync(admin, officer.UserId, Roles.EnterpriseLiaison)).ShouldBeProblem(HttpStatusCode.BadRequest, "liaison_needs_enterprise");
        await (await SetRolesAsync(admin, officer.UserId, "superuser")).ShouldBeProblem(HttpStatusCode.BadRequest, "unknown_role");
        await (await SetRolesAsync(admin, officer.UserId)).ShouldBeProblem(HttpStatusCode.BadRequest, "roles_required");
        await (await SetRolesAsync(admin, outside.UserId, Roles.Reviewer)).ShouldBeProblem(HttpStatusCode.NotFound, "not_found");

        (await app.ClientWithToken(officer.Token).GetFromJsonAsync<MeResponse>("/api/v1/me", Ct))!.Roles.ShouldBe([Roles.UnionStaff], "nothing refused changed the account");
    }

    private static Task<HttpResponseMessage> SetRolesAsync(HttpClient admin, string userId, params string[] roles) =>
        admin.PutAsJsonAsync($"/api/v1/users/{userId}/roles", new { roles }, Ct);

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
