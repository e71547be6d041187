using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;
using UnionHome.Platform.Administration;
using UnionHome.Platform.Data;
using UnionHome.Platform.Identity;
using UnionHome.Platform.Identity.StaffLogin;
using UnionHome.Tests.Infrastructure;

namespace UnionHome.Tests.Identity;

/// <summary>Holes found in review, each shown open before its fix.</summary>
[Collection(PlatformCollection.Name)]
public sealed class SignInHardeningTests(Apps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_sms_code_never_signs_in_a_password_account(DatabaseProvider provider)
    {
        var app = apps[provider];
        var phone = Sessions.NewPhone();
        (await app.WithServices(sp => sp.GetRequiredService<Accounts>().CreateUserAsync(
            new NewUser(Roles.Admin, $"adm.{Guid.NewGuid():N}"[..20], Sessions.StaffPassword, Phone: phone, EnrolTotp: true), Ct))).Succeeded.ShouldBeTrue();
        var client = app.Anonymous();
        await client.PostAsJsonAsync("/api/v1/auth/sms-code", new { phone }, Ct);

        var login = await client.PostAsJsonAsync("/api/v1/auth/sms-login", new { phone, code = await app.LatestCodeAsync(phone) }, Ct);

        await login.ShouldBeProblem(HttpStatusCode.Unauthorized, "sms_code_invalid");
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Wrong_authenticator_codes_after_the_right_password_count_towards_the_backoff(DatabaseProvider provider)
    {
        var app = apps[provider];
        var (userName, secret) = await app.CreateStaffWithAuthenticatorAsync("ZJ-ZS");
        var wrong = Sessions.TotpNow(app, secret) == "000000" ? "111111" : "000000";

        for (var i = 0; i < 4; i++)
        {
            await (await LoginAsync(app, userName, wrong)).ShouldBeProblem(HttpStatusCode.Unauthorized, "totp_invalid");
        }

        await (await LoginAsync(app, userName, wrong)).ShouldBeProblem(HttpStatusCode.Unauthorized, "totp_invalid");
        await (await LoginAsync(app, userName, Sessions.TotpNow(app, secret))).ShouldBeProblem(HttpStatusCode.TooManyRequests, "sign_in_backoff");
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_sign_in_page_says_how_long_to_wait_once_failures_back_off(DatabaseProvider provider)
    {
        var app = apps[provider];
        var (userName, _) = await app.CreateStaffWithAuthenticatorAsync("ZJ-ZS");
        var browser = app.CookieClient();
        HttpResponseMessage? page = null;

        for (var i = 0; i < 8 && page?.Headers.RetryAfter is null; i++)
        {
            page = await browser.PostStaffSignInFormAsync(userName, "Wrong-Horse-42", "000000");
        }

        page!.Headers.RetryAfter?.Delta.ShouldNotBeNull("the form answers with Retry-After, as the API does");
        var seconds = (int)page.Headers.RetryAfter!.Delta!.Value.TotalSeconds;
        var html = System.Net.WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync(Ct));
        html.ShouldContain(seconds < 60 ? $"登录失败次数过多，请{seconds}秒后再试" : $"登录失败次数过多，请{(seconds + 59) / 60}分钟后再试");
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task One_authenticator_code_sent_by_several_requests_at_once_signs_in_once(DatabaseProvider provider)
    {
        var app = apps[provider];
        var (userName, secret) = await app.CreateStaffWithAuthenticatorAsync("ZJ-ZS");
        var code = Sessions.TotpNow(app, secret);

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => LoginAsync(app, userName, code)));

        responses.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(1);
    }

    [Fact]
    public async Task Parallel_code_requests_from_one_network_stop_at_the_hourly_limit()
    {
        await using var app = await apps.StartDedicatedAsync(DatabaseProvider.Sqlite, new() { ["Sms:Login:PerIpPerHour"] = "3" });
        var client = app.Anonymous();

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => client.PostAsJsonAsync("/api/v1/auth/sms-code", new { phone = Sessions.NewPhone() }, Ct)));

        responses.Count(r => r.StatusCode == HttpStatusCode.NoContent).ShouldBeLessThanOrEqualTo(3);
        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.NoContent || r.StatusCode == HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task An_admin_attached_to_a_union_cannot_read_the_sms_outbox()
    {
        var app = apps[DatabaseProvider.Sqlite];
        var admin = await app.StaffClientAsync("ZJ", Roles.Admin);

        var response = await admin.GetAsync("/api/v1/admin/sms-outbox", Ct);

        await response.ShouldBeProblem(HttpStatusCode.Forbidden, "platform_admin_only");
    }

    [Fact]
    public async Task An_auditor_sees_audit_entries_of_their_subtree_only()
    {
        var app = apps[DatabaseProvider.Sqlite];
        var visible = await app.WithServices(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var auditor = await db.Users.SingleAsync(u => u.UserName == "zj.auditor", Ct);
            var caller = new Caller(auditor.Id, "", new HashSet<string> { Roles.Auditor }, auditor.OrgUnitId, null);
            var actor = await UnionHome.Platform.Organization.Actor.OutsideRequestAsync(db, caller, Ct);
            return await UnionHome.Platform.Organization.OrgScopeQueries.InScopeOf(db.AuditEntries, actor, db.OrgUnits).Select(e => e.Target).ToListAsync(Ct);
        });
        var guizhouUnits = await app.WithServices(sp => sp.GetRequiredService<AppDbContext>().OrgUnits.Where(u => u.Code.StartsWith("GZ")).Select(u => $"org_unit:{u.Id}").ToListAsync(Ct));

        visible.ShouldNotBeEmpty();
        visible.ShouldNotContain(t => guizhouUnits.Contains(t));
    }

    private static Task<HttpResponseMessage> LoginAsync(UnionHomeApp app, string userName, string code) =>
        app.Anonymous().PostAsJsonAsync("/api/v1/auth/staff-login", new { userName, password = Sessions.StaffPassword, totpCode = code }, Ct);
}
