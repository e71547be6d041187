using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;
using UnionHome.Platform.Administration;
using UnionHome.Platform.Api;
using UnionHome.Platform.Data;
using UnionHome.Platform.Identity;
using UnionHome.Tests.Infrastructure;

namespace UnionHome.Tests.Identity;

[Collection(PlatformCollection.Name)]
public sealed class StaffLoginTests(Apps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Staff_signs_in_with_password_and_totp_and_sees_their_unit(DatabaseProvider provider)
    {
        var app = apps[provider];
        var (userName, secret) = await app.CreateStaffWithAuthenticatorAsync("ZJ-ZS");

        var token = await app.StaffTokenAsync(userName, Sessions.StaffPassword, Sessions.TotpNow(app, secret));

        var me = await app.ClientWithToken(token).GetFromJsonAsync<MeResponse>("/api/v1/me", Ct);
        me!.Roles.ShouldBe([Roles.UnionStaff]);
        me.OrgUnitId.ShouldNotBeNull();
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_totp_code_cannot_be_used_twice(DatabaseProvider provider)
    {
        var app = apps[provider];
        var (userName, secret) = await app.CreateStaffWithAuthenticatorAsync("ZJ-ZS");
        var code = Sessions.TotpNow(app, secret);
        await app.StaffTokenAsync(userName, Sessions.StaffPassword, code);

        var again = await Login(app, userName, Sessions.StaffPassword, code);

        await again.ShouldBeProblem(HttpStatusCode.Unauthorized, "totp_invalid");
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Password_alone_is_not_enough_when_totp_is_enrolled(DatabaseProvider provider)
    {
        var app = apps[provider];
        var (userName, _) = await app.CreateStaffWithAuthenticatorAsync("ZJ-ZS");

        await (await Login(app, userName, Sessions.StaffPassword, null)).ShouldBeProblem(HttpStatusCode.Unauthorized, "totp_required");
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Five_failed_sign_ins_make_that_network_wait_a_second_for_the_account_and_nothing_is_locked(DatabaseProvider provider)
    {
        var app = apps[provider];
        var (userName, secret) = await app.CreateStaffWithAuthenticatorAsync("ZJ-ZS");

        for (var i = 0; i < 5; i++)
        {
            await (await Login(app, userName, "Wrong-password-1", null)).ShouldBeProblem(HttpStatusCode.Unauthorized, "invalid_credentials");
        }

        var waiting = await Login(app, userName, Sessions.StaffPassword, Sessions.TotpNow(app, secret));
        await waiting.ShouldBeProblem(HttpStatusCode.TooManyRequests, "sign_in_backoff");
        waiting.Headers.RetryAfter!.Delta!.Value.ShouldBe(TimeSpan.FromSeconds(1));
        var lockoutEnd = await app.WithServices(async sp => (await sp.GetRequiredService<UserManager<AppUser>>().FindByNameAsync(userName))!.LockoutEnd);
        lockoutEnd.ShouldBeNull();

        app.Time!.Advance(TimeSpan.FromSeconds(1));
        (await Login(app, userName, Sessions.StaffPassword, Sessions.TotpNow(app, secret))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Staff_without_an_authenticator_must_enrol_first_unless_the_demo_says_otherwise(DatabaseProvider provider)
    {
        var app = apps[provider];
        var userName = $"noauth.{Guid.NewGuid():N}"[..20];
        (await app.WithServices(sp => sp.GetRequiredService<Accounts>().CreateUserAsync(
            new NewUser(Roles.UnionStaff, userName, Sessions.StaffPassword, Org: "ZJ"), Ct))).Succeeded.ShouldBeTrue();

        await (await Login(app, userName, Sessions.StaffPassword, null)).ShouldBeProblem(HttpStatusCode.Forbidden, "totp_enrolment_required");
    }

    [Fact]
    public async Task The_demo_setting_lets_staff_without_an_authenticator_in_with_a_password()
    {
        await using var app = await apps.StartDedicatedAsync(DatabaseProvider.Sqlite, new() { ["Demo:SkipStaffTotp"] = "true" });

        (await Login(app, "zs.staff", "UnionHome@2026", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await Login(app, "hy.staff", "UnionHome@2026", null)).ShouldBeProblem(HttpStatusCode.Unauthorized, "totp_required");
    }

    [Theory]
    [InlineData("short1A!")]
    [InlineData("alllowercaseletters")]
    [InlineData("lowercase12345")]
    public async Task Weak_passwords_are_refused(string password)
    {
        var result = await apps[DatabaseProvider.Sqlite].WithServices(sp => sp.GetRequiredService<Accounts>().CreateUserAsync(
            new NewUser(Roles.UnionStaff, $"weak.{Guid.NewGuid():N}"[..20], password, Org: "ZJ"), Ct));

        result.Error!.Code.ShouldBe("weak_password");
    }


    private static Task<HttpResponseMessage> Login(UnionHomeApp app, string userName, string password, string? totpCode) =>
        app.Anonymous().PostAsJsonAsync("/api/v1/auth/staff-login", new { userName, password, totpCode }, Ct);
}
