using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using UnionHome.Platform.Administration;
using UnionHome.Platform.Data;
using UnionHome.Platform.Identity;
using UnionHome.Tests.Infrastructure;
using UnionHome.Web.Cli;

namespace UnionHome.Tests.Identity;

/// <summary>
/// Issue 12, item 13: an authenticator is bound only through a one-time link an administrator issued, never on the
/// strength of a password alone; a password an administrator chose is replaced at the first sign-in.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed partial class StaffOnboardingTests(Apps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_correct_password_alone_never_offers_an_authenticator_to_bind(DatabaseProvider provider)
    {
        var app = apps[provider];
        var userName = await NewStaffWithoutAuthenticatorAsync(app);

        var response = await app.CookieClient().PostStaffSignInFormAsync(userName, Sessions.StaffPassword, null);

        var page = await response.Content.ReadAsStringAsync(Ct);
        page.ShouldNotContain("class=\"secret\"");
        page.ShouldNotContain("otpauth");
        page.ShouldContain("绑定链接");
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_administrators_link_binds_an_authenticator_once_and_staff_then_sign_in_with_it(DatabaseProvider provider)
    {
        var app = apps[provider];
        var userName = await NewStaffWithoutAuthenticatorAsync(app);
        var admin = await app.StaffClientAsync(null, Roles.Admin);

        var issued = await admin.PostAsync($"/api/v1/users/{await IdOfAsync(app, userName)}/totp-enrolment-link", null, Ct);

        issued.StatusCode.ShouldBe(HttpStatusCode.OK);
        var link = (await issued.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("path").GetString()!;
        link.ShouldStartWith("/staff/enrol?token=");
        var browser = app.CookieClient();
        var page = await browser.GetStringAsync(link, Ct);
        var secret = Secret().Match(page).Groups[1].Value;
        var bound = await browser.PostAsync(link, EnrolForm(page, link, Sessions.StaffPassword, Sessions.TotpNow(app, secret)), Ct);
        (await bound.Content.ReadAsStringAsync(Ct)).ShouldContain("身份验证器已绑定");

        app.Time.Advance(TimeSpan.FromSeconds(30));
        (await Login(app, userName, Sessions.StaffPassword, Sessions.TotpNow(app, secret))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await browser.GetStringAsync(link, Ct)).ShouldNotContain("class=\"secret\"");
        await AuditedAsync(app, userName, "totp.enrolment_link_issued", "totp.enrolled");
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_enrolment_link_needs_the_accounts_password_and_expires_after_a_day(DatabaseProvider provider)
    {
        var app = apps[provider];
        var userName = await NewStaffWithoutAuthenticatorAsync(app);
        var admin = await app.StaffClientAsync(null, Roles.Admin);
        var issued = await admin.PostAsync($"/api/v1/users/{await IdOfAsync(app, userName)}/totp-enrolment-link", null, Ct);
        var link = (await issued.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("path").GetString()!;
        var browser = app.CookieClient();
        var page = await browser.GetStringAsync(link, Ct);
        var secret = Secret().Match(page).Groups[1].Value;

        var wrongPassword = await browser.PostAsync(link, EnrolForm(page, link, "Not-the-password-9", Sessions.TotpNow(app, secret)), Ct);
        (await wrongPassword.Content.ReadAsStringAsync(Ct)).ShouldNotContain("身份验证器已绑定");

        app.Time.Advance(TimeSpan.FromHours(24) + TimeSpan.FromMinutes(1));
        var late = await browser.PostAsync(link, EnrolForm(page, link, Sessions.StaffPassword, Sessions.TotpNow(app, secret)), Ct);
        (await late.Content.ReadAsStringAsync(Ct)).ShouldContain("绑定链接无效");
        await (await Login(app, userName, Sessions.StaffPassword, Sessions.TotpNow(app, secret))).ShouldBeProblem(HttpStatusCode.Forbidden, "totp_enrolment_required");
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Only_an_administrator_issues_an_enrolment_link(DatabaseProvider provider)
    {
        var app = apps[provider];
        var userName = await NewStaffWithoutAuthenticatorAsync(app);
        var officer = await app.StaffClientAsync("ZJ", Roles.UnionStaff);

        var response = await officer.PostAsync($"/api/v1/users/{await IdOfAsync(app, userName)}/totp-enrolment-link", null, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_account_created_on_the_command_line_must_choose_its_own_password_at_first_sign_in(DatabaseProvider provider)
    {
        var app = apps[provider];
        var userName = $"cli.{Guid.NewGuid():N}"[..20];
        var output = new StringWriter();
        var exit = await AdminCommands.RunAsync(app.Services, "create-user", ["create-user", "--role", Roles.UnionStaff, "--user", userName, "--org", "ZJ", "--totp"], output, TextWriter.Null, new StringReader(Sessions.StaffPassword + "\n"));
        exit.ShouldBe(0);
        var secret = PrintedSecret().Match(output.ToString()).Groups[1].Value;
        var code = Sessions.TotpNow(app, secret);

        await (await Login(app, userName, Sessions.StaffPassword, code)).ShouldBeProblem(HttpStatusCode.Forbidden, "password_change_required");
        await (await Login(app, userName, Sessions.StaffPassword, code, Sessions.StaffPassword)).ShouldBeProblem(HttpStatusCode.BadRequest, "password_unchanged");
        (await Login(app, userName, Sessions.StaffPassword, code, "Own-Choice-Pass-77")).StatusCode.ShouldBe(HttpStatusCode.OK);

        app.Time.Advance(TimeSpan.FromSeconds(30));
        await (await Login(app, userName, Sessions.StaffPassword, Sessions.TotpNow(app, secret))).ShouldBeProblem(HttpStatusCode.Unauthorized, "invalid_credentials");
        (await Login(app, userName, "Own-Choice-Pass-77", Sessions.TotpNow(app, secret))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_password_reset_on_the_command_line_reads_standard_input_and_must_be_replaced(DatabaseProvider provider)
    {
        var app = apps[provider];
        var (userName, secret) = await app.CreateStaffWithAuthenticatorAsync("ZJ");

        var exit = await AdminCommands.RunAsync(app.Services, "set-password", ["set-password", "--user", userName], TextWriter.Null, TextWriter.Null, new StringReader("Reset-By-Admin-55\n"));

        exit.ShouldBe(0);
        await (await Login(app, userName, "Reset-By-Admin-55", Sessions.TotpNow(app, secret))).ShouldBeProblem(HttpStatusCode.Forbidden, "password_change_required");
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_password_given_as_a_command_line_argument_is_refused(DatabaseProvider provider)
    {
        var app = apps[provider];
        var userName = $"argv.{Guid.NewGuid():N}"[..20];

        var exit = await AdminCommands.RunAsync(app.Services, "create-user", ["create-user", "--role", Roles.UnionStaff, "--user", userName, "--org", "ZJ", "--password", Sessions.StaffPassword], TextWriter.Null, TextWriter.Null);

        exit.ShouldBe(2);
        (await app.WithServices(sp => sp.GetRequiredService<UserManager<AppUser>>().FindByNameAsync(userName))).ShouldBeNull();
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Signed_in_staff_change_their_own_password_giving_the_current_one(DatabaseProvider provider)
    {
        var app = apps[provider];
        var (userName, secret) = await app.CreateStaffWithAuthenticatorAsync("ZJ");
        var staff = app.ClientWithToken(await app.StaffTokenAsync(userName, Sessions.StaffPassword, Sessions.TotpNow(app, secret)));

        await (await staff.PostAsJsonAsync("/api/v1/me/password", new { currentPassword = "Not-the-password-9", newPassword = "Brand-New-Pass-31" }, Ct))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "wrong_password");
        (await staff.PostAsJsonAsync("/api/v1/me/password", new { currentPassword = Sessions.StaffPassword, newPassword = "Brand-New-Pass-31" }, Ct))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);

        app.Time.Advance(TimeSpan.FromSeconds(30));
        (await Login(app, userName, "Brand-New-Pass-31", Sessions.TotpNow(app, secret))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static async Task<string> NewStaffWithoutAuthenticatorAsync(UnionHomeApp app)
    {
        var userName = $"new.{Guid.NewGuid():N}"[..20];
        var created = await app.WithServices(sp => sp.GetRequiredService<Accounts>().CreateUserAsync(
            new NewUser(Roles.UnionStaff, userName, Sessions.StaffPassword, Org: "ZJ"), Ct));
        created.Succeeded.ShouldBeTrue();
        return userName;
    }

    private static FormUrlEncodedContent EnrolForm(string page, string link, string password, string code) =>
        Browserless.FormOf(page, "staff-enrol", ("Enrolment.Token", link[(link.IndexOf('=') + 1)..]), ("Enrolment.Password", password), ("Enrolment.TotpCode", code));

    private static Task<string> IdOfAsync(UnionHomeApp app, string userName) =>
        app.WithServices(async sp => (await sp.GetRequiredService<UserManager<AppUser>>().FindByNameAsync(userName))!.Id);

    private static async Task AuditedAsync(UnionHomeApp app, string userName, params string[] actions)
    {
        var id = await IdOfAsync(app, userName);
        var recorded = await app.WithServices(sp => Task.FromResult(sp.GetRequiredService<AppDbContext>().AuditEntries
            .Where(e => e.Target == $"user:{id}").Select(e => e.Action).ToList()));
        foreach (var action in actions)
        {
            recorded.ShouldContain(action);
        }
    }

    private static Task<HttpResponseMessage> Login(UnionHomeApp app, string userName, string password, string? totpCode, string? newPassword = null) =>
        app.Anonymous().PostAsJsonAsync("/api/v1/auth/staff-login", new { userName, password, totpCode, newPassword }, Ct);

    [GeneratedRegex("<code class=\"secret\">([A-Z2-7]+)</code>")]
    private static partial Regex Secret();

    [GeneratedRegex(": ([A-Z2-7]{32})")]
    private static partial Regex PrintedSecret();
}
