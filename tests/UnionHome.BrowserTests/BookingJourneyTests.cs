using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using UnionHome.Platform.Api;
using UnionHome.Platform.Identity;
using UnionHome.Web.Demo;

namespace UnionHome.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class BookingJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task A_member_books_the_last_place_cancels_and_the_next_in_line_takes_the_offered_place()
    {
        var ct = TestContext.Current.CancellationToken;
        var (firstPhone, nextPhone) = ($"133{Random.Shared.Next(10_000_000, 99_999_999)}", $"133{Random.Shared.Next(10_000_000, 99_999_999)}");
        await app.NewMemberOfDinghaiAsync("陈渔", firstPhone);
        var (next, _) = await app.NewMemberOfDinghaiAsync("吴帆", nextPhone);
        var (eventId, sessionId) = await OneSeatEventAsync("海岛徒步：桃花岛一日", ct);

        var first = await app.NewPageAsync();
        await app.SignInByPhoneAsync(first, firstPhone);
        await first.GotoAsync($"/events/{eventId}");
        await first.GetByRole(AriaRole.Button, new() { Name = "报名" }).ClickAsync();
        await Assertions.Expect(first.Locator("[role=status]")).ToContainTextAsync("报名成功");

        var waiting = await next.PostAsJsonAsync($"/api/v1/events/{eventId}/sessions/{sessionId}/bookings", new { clientRequestId = Guid.NewGuid().ToString() }, ct);
        ((int)waiting.StatusCode).ShouldBe(202);

        await first.GotoAsync("/me/bookings");
        var booking = first.Locator("article.booking", new() { HasText = "海岛徒步" });
        await booking.GetByRole(AriaRole.Button, new() { Name = "取消报名" }).ClickAsync();
        await Assertions.Expect(first.Locator("article.booking", new() { HasText = "海岛徒步" }).Locator(".status")).ToHaveTextAsync("已取消");

        var second = await app.NewPageAsync();
        await app.SignInByPhoneAsync(second, nextPhone);
        await second.GotoAsync("/me/bookings");
        var offered = second.Locator("article.booking", new() { HasText = "海岛徒步" });
        await Assertions.Expect(offered.Locator(".status")).ToHaveTextAsync("候补名额待确认");
        await offered.GetByRole(AriaRole.Button, new() { Name = "确认参加" }).ClickAsync();
        await Assertions.Expect(second.Locator("article.booking", new() { HasText = "海岛徒步" }).Locator(".status")).ToHaveTextAsync("已报名");
        await Assertions.Expect(second.Locator("article.booking", new() { HasText = "海岛徒步" }).Locator(".qr")).ToHaveCountAsync(1);
    }

    /// <summary>A published event of 舟山市总工会 with one place, made by an officer through the API.</summary>
    private async Task<(Guid EventId, Guid SessionId)> OneSeatEventAsync(string title, CancellationToken ct)
    {
        var (userName, secret) = await app.CreateWithAuthenticatorAsync(Roles.UnionStaff, "ZJ-ZS");
        using var anonymous = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        var signIn = await anonymous.PostAsJsonAsync("/api/v1/auth/staff-login", new { userName, password = DemoSeeder.StaffPassword, totpCode = app.TotpCode(secret) }, ct);
        signIn.EnsureSuccessStatusCode();
        using var officer = app.ClientWith((await signIn.Content.ReadFromJsonAsync<AccessTokenResponse>(ct))!.AccessToken);
        var me = await officer.GetFromJsonAsync<JsonElement>("/api/v1/me", ct);
        var now = app.Time.GetUtcNow();
        var created = await officer.PostAsJsonAsync("/api/v1/staff/events", new
        {
            kind = "activity",
            title,
            organizerOrgUnitId = me.GetProperty("orgUnitId").GetGuid(),
            registrationOpensAt = now.AddHours(-1),
            registrationClosesAt = now.AddDays(5),
            sessions = new[] { new { startsAt = now.AddDays(6), endsAt = now.AddDays(6).AddHours(6), place = "桃花岛码头", capacity = 1 } },
        }, ct);
        created.EnsureSuccessStatusCode();
        var e = await created.Content.ReadFromJsonAsync<JsonElement>(ct);
        (await officer.PostAsync($"/api/v1/staff/events/{e.GetProperty("id").GetGuid()}/publish", null, ct)).EnsureSuccessStatusCode();
        return (e.GetProperty("id").GetGuid(), e.GetProperty("sessions")[0].GetProperty("id").GetGuid());
    }
}
