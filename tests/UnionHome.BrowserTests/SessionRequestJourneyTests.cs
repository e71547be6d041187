using System.Globalization;
using Microsoft.Playwright;
using UnionHome.Platform.Identity;

namespace UnionHome.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class SessionRequestJourneyTests(BrowserApp app)
{
    /// <summary>杭州湖滨即时配送有限公司: no union of its own, so it orders from 上城区总工会's menu (demo data).</summary>
    private const string HangzhouDelivery = "91330102MA2H00001L";

    [Fact]
    public async Task A_liaison_asks_for_a_safety_training_from_the_menu_and_an_officer_schedules_it_on_the_console()
    {
        var wanted = $"下月第{Random.Shared.Next(1000, 9999)}号周三下午";
        var liaison = await app.NewPageAsync();
        var (liaisonName, liaisonSecret) = await app.CreateWithAuthenticatorAsync(Roles.EnterpriseLiaison, enterprise: HangzhouDelivery);
        await app.SignInAsync(liaison, liaisonName, liaisonSecret, "**/enterprise/roster");
        await liaison.GetByRole(AriaRole.Link, new() { Name = "点单预约培训、讲座" }).ClickAsync();
        await liaison.WaitForURLAsync("**/enterprise/session-requests");
        await liaison.Locator("li[data-item]", new() { HasText = "骑手交通安全培训" }).GetByRole(AriaRole.Link, new() { Name = "申请此项" }).ClickAsync();
        await liaison.WaitForURLAsync("**/enterprise/session-requests?item=*");
        await Assertions.Expect(liaison.Locator("#menu-item option:checked")).ToContainTextAsync("骑手交通安全培训");
        await liaison.FillAsync("#preferred-dates", wanted);
        await liaison.FillAsync("#headcount", "25");
        await liaison.SubmitAndWaitForAsync("form.card button[type=submit]", "**/enterprise/session-requests?sent=1");
        var request = liaison.Locator("li[data-request]", new() { HasText = wanted });
        await Assertions.Expect(request).ToHaveAttributeAsync("data-status", "pending");

        var officer = await app.NewPageAsync();
        var (officerName, officerSecret) = await app.CreateWithAuthenticatorAsync(Roles.UnionStaff, "ZJ-HZ-SC");
        await app.SignInAsync(officer, officerName, officerSecret, "**/console");
        await officer.WaitForSelectorAsync("[data-interactive=true]");
        await officer.GetByRole(AriaRole.Link, new() { Name = "点单申请" }).ClickAsync();
        await officer.WaitForURLAsync("**/console/session-requests");
        var row = officer.Locator("tr", new() { HasText = wanted });
        await Assertions.Expect(row).ToContainTextAsync("杭州湖滨即时配送有限公司");
        await row.GetByRole(AriaRole.Button, new() { Name = "安排", Exact = true }).ClickAsync();
        var form = officer.Locator(".schedule-form");
        await Assertions.Expect(form).ToContainTextAsync("骑手交通安全培训");
        var starts = app.Time.GetUtcNow().UtcDateTime.AddHours(8).Date.AddDays(14).AddHours(14);
        await form.Locator(".starts-at input").FillAsync(starts.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture));
        await form.Locator(".ends-at input").FillAsync(starts.AddHours(2).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture));
        await form.Locator(".place input").FillAsync("湖滨骑手驿站二楼培训室");
        await Assertions.Expect(form.Locator(".capacity input")).ToHaveValueAsync("25");
        await form.GetByRole(AriaRole.Button, new() { Name = "发布场次" }).ClickAsync();

        await Assertions.Expect(officer.Locator(".mud-snackbar")).ToContainTextAsync("已安排并发布");
        await Assertions.Expect(row).ToHaveCountAsync(0);
        await liaison.ReloadAsync();
        await Assertions.Expect(request).ToHaveAttributeAsync("data-status", "scheduled");
        await Assertions.Expect(request.Locator(".session")).ToContainTextAsync(starts.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
        await Assertions.Expect(request.Locator(".session")).ToContainTextAsync("湖滨骑手驿站二楼培训室");
    }
}
