using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;
using UnionHome.Platform.Administration;
using UnionHome.Platform.Data;
using UnionHome.Platform.Identity;
using UnionHome.Tests.Infrastructure;

namespace UnionHome.Tests.Web;

[Collection(PlatformCollection.Name)]
public sealed class SecurityTests(Apps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/")]
    [InlineData("/login")]
    [InlineData("/api/v1/regions/330000")]
    public async Task Every_response_carries_a_content_security_policy_and_hardening_headers(string path)
    {
        var response = await apps[DatabaseProvider.Sqlite].Anonymous().GetAsync(path, Ct);

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        csp.ShouldContain("default-src 'self'");
        csp.ShouldContain("script-src 'self'");
        csp.ShouldContain("frame-ancestors 'none'");
        response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        response.Headers.GetValues("X-Frame-Options").Single().ShouldBe("DENY");
        response.Headers.GetValues("Referrer-Policy").Single().ShouldBe("strict-origin-when-cross-origin");
    }

    [Fact]
    public async Task The_staff_session_cookie_is_httponly_secure_and_samesite_strict()
    {
        var app = apps[DatabaseProvider.Sqlite];
        var (userName, secret) = await app.CreateStaffWithAuthenticatorAsync("ZJ-ZS");

        var response = await app.CookieClient().PostStaffSignInFormAsync(userName, Sessions.StaffPassword, Sessions.TotpNow(app, secret));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldEndWith("/console");
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(UnionHome.Platform.Identity.AuthenticationSchemes.StaffCookie + "=", StringComparison.Ordinal)).ToLowerInvariant();
        cookie.ShouldContain("httponly");
        cookie.ShouldContain("secure");
        cookie.ShouldContain("samesite=strict");
    }

    [Fact]
    public async Task A_member_stays_signed_in_fourteen_days_by_the_phones_own_clock_whatever_date_it_shows()
    {
        var app = apps[DatabaseProvider.Sqlite];
        var client = app.CookieClient();
        var phone = Sessions.NewPhone();
        await client.PostAsync("/login", Browserless.FormOf(await client.GetStringAsync("/login", Ct), "send-code", ("Send.Phone", phone)), Ct);
        var code = await app.LatestCodeAsync(phone);

        var signedIn = await client.PostAsync("/login", Browserless.FormOf(await client.GetStringAsync("/login", Ct), "verify-code", ("Verify.Phone", phone), ("Verify.Code", code)), Ct);
        var language = await client.GetAsync("/culture?name=zh-CN&returnUrl=/", Ct);

        // Max-Age, not a date by the server's clock: a phone whose clock is weeks out would drop a dated cookie at once.
        var member = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(UnionHome.Platform.Identity.AuthenticationSchemes.MemberCookie + "=", StringComparison.Ordinal)).ToLowerInvariant();
        member.ShouldContain("max-age=1209600");
        var culture = language.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal)).ToLowerInvariant();
        culture.ShouldContain("max-age=31536000");
        culture.ShouldNotContain("expires=");
    }

    [Fact]
    public async Task A_form_post_without_the_antiforgery_token_is_refused()
    {
        var response = await apps[DatabaseProvider.Sqlite].CookieClient().PostAsync("/staff/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "staff-sign-in",
            ["Credentials.UserName"] = "zs.staff",
            ["Credentials.Password"] = "UnionHome@2026",
        }), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_staff_session_ends_after_thirty_idle_minutes()
    {
        await using var app = await apps.StartDedicatedAsync(DatabaseProvider.Sqlite, time: Clocks.Thursday1000Beijing());
        var (userName, secret) = await app.CreateStaffWithAuthenticatorAsync("ZJ-ZS");
        var client = app.CookieClient();
        await client.PostStaffSignInFormAsync(userName, Sessions.StaffPassword, Sessions.TotpNow(app, secret));
        (await client.GetAsync("/console", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        app.Time!.Advance(TimeSpan.FromMinutes(31));

        var after = await client.GetAsync("/console", Ct);
        after.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        after.Headers.Location!.ToString().ShouldContain("/staff/login");
    }

    [Fact]
    public async Task An_active_staff_session_still_ends_twelve_hours_after_sign_in()
    {
        await using var app = await apps.StartDedicatedAsync(DatabaseProvider.Sqlite, time: Clocks.Thursday1000Beijing());
        var (userName, secret) = await app.CreateStaffWithAuthenticatorAsync("ZJ-ZS");
        var client = app.CookieClient();
        await client.PostStaffSignInFormAsync(userName, Sessions.StaffPassword, Sessions.TotpNow(app, secret));

        for (var elapsed = TimeSpan.Zero; elapsed < TimeSpan.FromHours(11.5); elapsed += TimeSpan.FromMinutes(20))
        {
            app.Time!.Advance(TimeSpan.FromMinutes(20));
            (await client.GetAsync("/console", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK, $"after {elapsed}");
        }

        app.Time!.Advance(TimeSpan.FromMinutes(40));
        (await client.GetAsync("/console", Ct)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Malformed_json_is_a_400_problem_with_a_chinese_title()
    {
        var response = await apps[DatabaseProvider.Sqlite].Anonymous().PostAsync(
            "/api/v1/auth/sms-code", new StringContent("{\"phone\":", Encoding.UTF8, "application/json"), Ct);

        await response.ShouldBeProblem(HttpStatusCode.BadRequest, "bad_request");
    }

    [Fact]
    public async Task An_unknown_api_path_is_a_404_problem()
    {
        var response = await apps[DatabaseProvider.Sqlite].Anonymous().GetAsync("/api/v1/nothing-here", Ct);

        await response.ShouldBeProblem(HttpStatusCode.NotFound, "not_found");
    }

}
