using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using UnionHome.Membership.Approvals;
using UnionHome.Membership.Joining;
using UnionHome.Platform.Api;
using UnionHome.Platform.Identity;
using UnionHome.Web.Demo;

namespace UnionHome.BrowserTests;

/// <summary>Members made through the API, the way the app on a worker's phone would, for journeys that start later.</summary>
internal static partial class Members
{
    /// <summary>A member signed in by phone who applied without an employer in 定海区 and was approved there.</summary>
    public static async Task<(HttpClient Member, string MemberNumber)> NewMemberOfDinghaiAsync(this BrowserApp app, string name, string? phone = null)
    {
        var ct = TestContext.Current.CancellationToken;
        // A client of its own: the shared one must not pick up whatever a sign-in answers with.
        using var anonymous = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        phone ??= $"135{Random.Shared.Next(10_000_000, 99_999_999)}";
        (await anonymous.PostAsJsonAsync("/api/v1/auth/sms-code", new { phone }, ct)).EnsureSuccessStatusCode();
        var messages = await anonymous.GetFromJsonAsync<OutboxPage>($"/api/v1/dev/sms-outbox?phone={phone}", ct);
        var login = await anonymous.PostAsJsonAsync("/api/v1/auth/sms-login", new { phone, code = SixDigits().Match(messages!.Items.First().Text).Value }, ct);
        login.EnsureSuccessStatusCode();
        var member = app.ClientWith((await login.Content.ReadFromJsonAsync<AccessTokenResponse>(ct))!.AccessToken);

        var body17 = $"33090219850315{Random.Shared.Next(100, 999)}";
        var idNumber = body17 + UnionHome.Platform.Validation.ResidentIdNumber.CheckCharacterFor(body17);
        var applied = await member.PostAsJsonAsync("/api/v1/membership/applications", new { name, idNumber, workerType = "employee", workRegionCode = "330902" }, ct);
        applied.StatusCode.ShouldBe(HttpStatusCode.Created, await applied.Content.ReadAsStringAsync(ct));
        var application = (await applied.Content.ReadFromJsonAsync<ApplicationAccepted>(ct))!;
        application.RoutedTo.Name.ShouldBe("定海区总工会");

        var (userName, secret) = await app.CreateWithAuthenticatorAsync(Roles.UnionStaff, "ZJ-ZS-DH");
        var signIn = await anonymous.PostAsJsonAsync("/api/v1/auth/staff-login", new { userName, password = DemoSeeder.StaffPassword, totpCode = app.TotpCode(secret) }, ct);
        signIn.EnsureSuccessStatusCode();
        using var dinghai = app.ClientWith((await signIn.Content.ReadFromJsonAsync<AccessTokenResponse>(ct))!.AccessToken);
        var approved = await dinghai.PostAsync($"/api/v1/staff/applications/{application.Id}/approve", null, ct);
        approved.EnsureSuccessStatusCode();
        return (member, (await approved.Content.ReadFromJsonAsync<Decision>(ct))!.MemberNumber!);
    }

    /// <summary>Signs a page in as a member the way a worker does: phone, the code from the SMS outbox.</summary>
    public static async Task SignInByPhoneAsync(this BrowserApp app, Microsoft.Playwright.IPage page, string phone)
    {
        await page.GotoAsync("/login");
        await page.FillAsync("#phone", phone);
        await page.ClickAsync("form.card button[type=submit]");
        await page.WaitForSelectorAsync("#code");
        var messages = await app.Http.GetFromJsonAsync<OutboxPage>($"/api/v1/dev/sms-outbox?phone={phone}", TestContext.Current.CancellationToken);
        // The newest text may be another one, e.g. the approval the outbox sent while this page asked for a code.
        await page.FillAsync("#code", SixDigits().Match(messages!.Items.First(m => m.TemplateCode == "SMS_LOGIN_CODE").Text).Value);
        await page.SubmitAndWaitForAsync("form.card button[type=submit]", "**/me");
    }

    public static HttpClient ClientWith(this BrowserApp app, string token)
    {
        var client = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private sealed record OutboxItem(string TemplateCode, string Text);


    private sealed record OutboxPage(List<OutboxItem> Items);

    [GeneratedRegex("[0-9]{6}")]
    private static partial Regex SixDigits();
}
