using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using UnionHome.Events.Bookings;
using UnionHome.Events.Catalogue;
using UnionHome.Platform.Api;
using UnionHome.Platform.Data;
using UnionHome.Platform.Identity;
using UnionHome.Web.Demo;

namespace UnionHome.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class CheckInJourneyTests(BrowserApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Staff_check_a_member_in_at_the_door_by_typing_the_booking_code_and_a_second_scan_is_a_repeat()
    {
        var e = await LectureStartingWithinTheHourAsync();
        var (member, _) = await app.NewMemberOfDinghaiAsync("卢晓峰");
        var booked = await member.PostAsJsonAsync($"/api/v1/events/{e.Id}/sessions/{e.Sessions[0].Id}/bookings", new { clientRequestId = Guid.NewGuid().ToString() }, Ct);
        booked.StatusCode.ShouldBe(HttpStatusCode.Created, await booked.Content.ReadAsStringAsync(Ct));
        var code = (await booked.Content.ReadFromJsonAsync<BookingView>(Ct))!.CheckInToken!;

        var officer = await app.NewPageAsync();
        var (userName, secret) = await app.CreateWithAuthenticatorAsync(Roles.UnionStaff, "ZJ-ZS-DH");
        await app.SignInAsync(officer, userName, secret, "**/console");
        await officer.WaitForSelectorAsync("[data-interactive=true]");
        var scannerLoaded = officer.WaitForResponseAsync(r => r.Url.EndsWith("/check-in-scanner.js", StringComparison.Ordinal) && r.Status == 200);
        await officer.GetByRole(AriaRole.Link, new() { Name = "活动签到" }).ClickAsync();
        await officer.WaitForURLAsync("**/console/check-in");
        await scannerLoaded;
        await Assertions.Expect(officer.Locator(".attendance-counts")).ToBeVisibleAsync();
        await Assertions.Expect(officer.Locator(".no-scanner")).ToBeVisibleAsync();

        await officer.FillAsync("#check-in-token", code);
        await officer.GetByRole(AriaRole.Button, new() { Name = "签到", Exact = true }).ClickAsync();

        var result = officer.Locator(".check-in-result");
        await Assertions.Expect(result).ToContainTextAsync("已签到");
        await Assertions.Expect(result).ToContainTextAsync("卢*峰");
        await Assertions.Expect(result).ToContainTextAsync(e.Title);
        (await result.TextContentAsync())!.ShouldNotContain("卢晓峰");
        await Assertions.Expect(officer.Locator(".count-checked-in")).ToHaveTextAsync("1");
        await Assertions.Expect(officer.Locator("tr", new() { HasText = "卢*峰" })).ToContainTextAsync("已签到");

        await officer.FillAsync("#check-in-token", code);
        await officer.GetByRole(AriaRole.Button, new() { Name = "签到", Exact = true }).ClickAsync();

        await Assertions.Expect(result).ToContainTextAsync("重复签到");
        await Assertions.Expect(officer.Locator(".count-checked-in")).ToHaveTextAsync("1");
        var mine = await member.GetFromJsonAsync<Paged<BookingView>>("/api/v1/me/bookings", Ct);
        mine!.Items.Single(b => b.EventId == e.Id).CheckedInAt.ShouldNotBeNull();
    }

    /// <summary>A lecture of 定海区总工会 for its members, organised through the API, whose door opens now.</summary>
    private async Task<EventView> LectureStartingWithinTheHourAsync()
    {
        var (userName, secret) = await app.CreateWithAuthenticatorAsync(Roles.UnionStaff, "ZJ-ZS-DH");
        using var anonymous = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        var signIn = await anonymous.PostAsJsonAsync("/api/v1/auth/staff-login", new { userName, password = DemoSeeder.StaffPassword, totpCode = app.TotpCode(secret) }, Ct);
        signIn.EnsureSuccessStatusCode();
        using var organiser = app.ClientWith((await signIn.Content.ReadFromJsonAsync<AccessTokenResponse>(Ct))!.AccessToken);
        Guid dinghai;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            dinghai = await scope.ServiceProvider.GetRequiredService<AppDbContext>().OrgUnits.Where(u => u.Code == "ZJ-ZS-DH").Select(u => u.Id).SingleAsync(Ct);
        }

        var now = app.Time.GetUtcNow();
        var created = await organiser.PostAsJsonAsync("/api/v1/staff/events", new
        {
            kind = "lecture",
            title = $"安全生产讲座 {Random.Shared.Next(1000, 9999)}",
            organizerOrgUnitId = dinghai,
            registrationOpensAt = now.AddHours(-1),
            registrationClosesAt = now.AddMinutes(50),
            sessions = new[] { new { startsAt = now.AddHours(1), endsAt = now.AddHours(3), place = "定海区职工服务中心", capacity = 30 } },
        }, Ct);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync(Ct));
        var e = (await created.Content.ReadFromJsonAsync<EventView>(Ct))!;
        (await organiser.PostAsync($"/api/v1/staff/events/{e.Id}/publish", null, Ct)).EnsureSuccessStatusCode();
        return e;
    }
}
