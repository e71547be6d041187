using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UnionHome.Events.Bookings;
using UnionHome.Events.Catalogue;
using UnionHome.Events.CheckIn;
using UnionHome.Platform.Api;
using UnionHome.Platform.Data;
using UnionHome.Platform.Identity;

namespace UnionHome.TestSupport;

/// <summary>Events, members and bookings for the events tests, made through the API as staff and members would.</summary>
internal static class EventsTestData
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static Task<Guid> UnitIdAsync(UnionHomeApp app, string code) =>
        app.WithServices(sp => sp.GetRequiredService<AppDbContext>().OrgUnits.Where(u => u.Code == code).Select(u => u.Id).SingleAsync(Ct));

    /// <summary>A published first-come event of 浙江省总工会 open to the whole province, one session a week ahead.</summary>
    public static async Task<EventView> PublishedEventAsync(UnionHomeApp app, int capacity = 1, Func<Dictionary<string, object?>, Dictionary<string, object?>>? tweak = null)
    {
        var now = app.Time!.GetUtcNow();
        var body = new Dictionary<string, object?>
        {
            ["kind"] = "activity",
            ["title"] = $"职工书法沙龙 {Guid.NewGuid():N}"[..20],
            ["organizerOrgUnitId"] = await UnitIdAsync(app, "ZJ"),
            ["mode"] = "firstCome",
            ["registrationOpensAt"] = now.AddHours(-1),
            ["registrationClosesAt"] = now.AddDays(6),
            ["sessions"] = new[] { new { startsAt = now.AddDays(7), endsAt = now.AddDays(7).AddHours(2), place = "杭州市职工文化中心 3楼", capacity } },
        };
        body = tweak?.Invoke(body) ?? body;
        var staff = new StaffApi(await app.StaffClientAsync("ZJ"));
        var e = await staff.CreateEventAsync(body);
        return await staff.PublishEventAsync(e.Id);
    }

    /// <summary>A published event of 浙江省总工会 whose one session starts within the hour: its door is open for check-in.</summary>
    public static Task<EventView> OnNowAsync(UnionHomeApp app, int capacity = 5, string? onlineUrl = null) =>
        PublishedEventAsync(app, capacity, body =>
        {
            var now = app.Time!.GetUtcNow();
            body["registrationClosesAt"] = now.AddMinutes(30);
            body["sessions"] = new[] { new { startsAt = now.AddHours(1), endsAt = now.AddHours(3), place = onlineUrl is null ? "杭州市职工文化中心 3楼" : "", onlineUrl, capacity } };
            return body;
        });

    public static async Task<(HttpStatusCode Status, CheckInView? CheckIn, string Body)> CheckInAsync(HttpClient staff, string? token, Guid? sessionId = null)
    {
        var response = await staff.PostAsJsonAsync("/api/v1/staff/bookings/check-in", new { token, sessionId }, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        return (response.StatusCode, response.IsSuccessStatusCode ? System.Text.Json.JsonSerializer.Deserialize<CheckInView>(text, System.Text.Json.JsonSerializerOptions.Web) : null, text);
    }

    /// <summary>The QR code of the member's e-card, as the app shows it.</summary>
    public static async Task<string> CardTokenAsync(HttpClient member) =>
        (await member.GetFromJsonAsync<UnionHome.Membership.MyMembership.MyCard>("/api/v1/me/card", Ct))!.Token;

    /// <summary>A signed-in active member whose union serves the region (330902 定海区, 330102 上城区).</summary>
    public static Task<HttpClient> MemberAsync(UnionHomeApp app, string region = "330902") =>
        Members.ActiveAsync(app, region);

    public static Task<(HttpStatusCode Status, BookingView? Booking, string Body)> BookAsync(HttpClient member, EventView e, string? clientRequestId = null, int session = 0) =>
        new MemberApi(member).BookAsync(e, clientRequestId, session);

    public static async Task<BookingView> MyBookingAsync(HttpClient member, Guid bookingId) =>
        (await member.GetFromJsonAsync<Paged<BookingView>>("/api/v1/me/bookings?pageSize=100", Ct))!.Items.Single(b => b.Id == bookingId);
}
