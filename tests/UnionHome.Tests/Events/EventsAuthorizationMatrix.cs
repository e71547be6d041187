using System.Net.Http.Json;
using UnionHome.Events.Bookings;
using UnionHome.Events.Requests;
using UnionHome.Platform.Data;
using UnionHome.Tests.Authorization;
using UnionHome.Tests.Infrastructure;

namespace UnionHome.Tests.Events;

/// <summary>
/// Events' endpoints and pages × every role × inside and outside the caller's subtree. Inside: events, menus and
/// recuperation bases of 舟山市总工会; outside: of 白云区总工会. Publishing takes a fresh draft, a lottery commit a fresh
/// lottery still open, a draw a fresh one committed and closed; deactivating, scheduling and declining a fresh menu item
/// or request. The matrix's callers hold roles but no membership; the one booking belongs to a real member, so every
/// caller is told there is no such booking. Check-in scans a member's QR code for a session on now.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class EventsAuthorizationMatrix(Apps apps)
{
    // One cell per caller, in the order of AuthorizationMatrix.Callers: "inside/outside" the caller's subtree.
    //                                                                         anon     reg      member   liaison  staff    reviewer auditor  admin    volunt.  expert   station  merchant
    internal static readonly MatrixRow[] Rows =
    [
        new("POST /api/v1/staff/events",                                      "401/401 403/403 403/403 403/403 201/404 403/403 403/403 201/201 403/403 403/403 403/403 403/403",
            c => c.SendAsync(c.Template, EventBody(c.App, c.Unit, "矩阵测试讲座")),
            NotFound: "org_unit_not_found"),
        new("GET /api/v1/staff/events",                                       "401/401 403/403 403/403 403/403 200/200 200/200 200/200 200/200 403/403 403/403 403/403 403/403"),
        new("GET /api/v1/staff/events/{id}",                                  "401/401 403/403 403/403 403/403 200/404 200/404 200/404 200/200 403/403 403/403 403/403 403/403",
            async c => await c.SendAsync(c.Path((await EventAsync(c)).Id))),
        new("POST /api/v1/staff/events/{id}/publish",                         "401/401 403/403 403/403 403/403 200/404 403/403 403/403 200/200 403/403 403/403 403/403 403/403",
            async c => await c.SendAsync(c.Path(await c.FreshAsync(async inside => (await NewEventAsync(c.World, inside, publish: false)).Id)))),
        new("POST /api/v1/staff/events/{id}/lottery/commit",                  "401/401 403/403 403/403 403/403 200/404 403/403 403/403 200/200 403/403 403/403 403/403 403/403",
            async c => await c.SendAsync(c.Path(await c.FreshAsync(async inside => (await NewEventAsync(c.World, inside, publish: true, lottery: true)).Id)))),
        new("POST /api/v1/staff/events/{id}/lottery/draw",                    "401/401 403/403 403/403 403/403 200/404 403/403 403/403 200/200 403/403 403/403 403/403 403/403",
            async c => await c.SendAsync(c.Path(await c.FreshAsync(async inside => (await NewLotteryToDrawAsync(c.World, inside)).Id)))),
        new("GET /api/v1/events/{id}/lottery",                                "200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200",
            async c => { var f = await FixturesAsync(c); return await c.SendAsync(c.Path((c.Inside ? f.InsideLottery : f.OutsideLottery).Id)); }),
        new("GET /api/v1/events",                                             "200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200"),
        new("GET /api/v1/events/{id}",                                        "200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200",
            async c => await c.SendAsync(c.Path((await EventAsync(c)).Id))),
        new("POST /api/v1/events/{id}/sessions/{sessionId}/bookings",         "401/401 403/403 403/403 403/403 403/403 403/403 403/403 403/403 403/403 403/403 403/403 403/403",
            async c => { var e = await EventAsync(c); return await c.SendAsync(c.Path(e.Id, e.SessionId), new { clientRequestId = Guid.NewGuid().ToString() }); }),
        new("GET /api/v1/me/bookings",                                        "401/401 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200"),
        new("DELETE /api/v1/bookings/{id}",                                   "401/401 404/404 404/404 404/404 404/404 404/404 404/404 404/404 404/404 404/404 404/404 404/404",
            async c => await c.SendAsync(c.Path((await FixturesAsync(c)).SomeonesBooking))),
        new("POST /api/v1/bookings/{id}/accept-offer",                        "401/401 404/404 404/404 404/404 404/404 404/404 404/404 404/404 404/404 404/404 404/404 404/404",
            async c => await c.SendAsync(c.Path((await FixturesAsync(c)).SomeonesBooking))),
        new("POST /api/v1/bookings/{id}/feedback",                            "401/401 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400",
            async c => await c.SendAsync(c.Path((await FixturesAsync(c)).SomeonesBooking))),
        new("GET /api/v1/bookings/{id}/calendar.ics",                         "401/401 404/404 404/404 404/404 404/404 404/404 404/404 404/404 404/404 404/404 404/404 404/404",
            async c => await c.SendAsync(c.Path((await FixturesAsync(c)).SomeonesBooking))),
        new("GET /api/v1/staff/events/{id}/sessions/{sessionId}/attendance",  "401/401 403/403 403/403 403/403 200/404 200/404 200/404 200/200 403/403 403/403 403/403 403/403",
            async c => { var e = await EventAsync(c); return await c.SendAsync(c.Path(e.Id, e.SessionId)); }),
        new("POST /api/v1/staff/bookings/check-in",                           "401/401 403/403 403/403 403/403 200/404 403/403 403/403 200/200 403/403 403/403 403/403 403/403",
            async c => { var f = await FixturesAsync(c); return await c.SendAsync(c.Template, new { token = c.Inside ? f.InsideDoorCode : f.OutsideDoorCode }); }),
        new("POST /api/v1/staff/menu-items",                                  "401/401 403/403 403/403 403/403 201/404 403/403 403/403 201/201 403/403 403/403 403/403 403/403",
            c => c.SendAsync(c.Template, new { orgUnitId = c.Unit, kind = "training", title = "矩阵测试培训" })),
        new("GET /api/v1/staff/menu-items",                                   "401/401 403/403 403/403 403/403 200/200 200/200 200/200 200/200 403/403 403/403 403/403 403/403"),
        new("POST /api/v1/staff/menu-items/{id}/deactivate",                  "401/401 403/403 403/403 403/403 200/404 403/403 403/403 200/200 403/403 403/403 403/403 403/403",
            async c => await c.SendAsync(c.Path(await c.FreshAsync(inside => NewMenuItemAsync(c.World, inside))))),
        new("GET /api/v1/enterprises/{id}/menu",                              "401/401 404/404 404/404 200/404 200/404 200/404 200/404 200/200 404/404 404/404 404/404 404/404",
            c => c.SendAsync(c.Path(c.Enterprise))),
        new("POST /api/v1/enterprises/{id}/session-requests",                 "401/401 404/404 404/404 201/404 201/404 403/404 403/404 201/201 404/404 404/404 404/404 404/404",
            async c => { var f = await FixturesAsync(c); return await c.SendAsync(c.Path(c.Enterprise), new { menuItemId = c.Inside ? f.InsideMenuItem : f.OutsideMenuItem, preferredDates = "下月", headcount = 20 }); },
            NotFound: "enterprise_not_found"),
        new("GET /api/v1/enterprises/{id}/session-requests",                  "401/401 404/404 404/404 200/404 200/404 200/404 200/404 200/200 404/404 404/404 404/404 404/404",
            c => c.SendAsync(c.Path(c.Enterprise))),
        new("GET /api/v1/staff/session-requests",                             "401/401 403/403 403/403 403/403 200/200 200/200 200/200 200/200 403/403 403/403 403/403 403/403"),
        new("POST /api/v1/staff/session-requests/{id}/schedule",              "401/401 403/403 403/403 403/403 200/404 403/403 403/403 200/200 403/403 403/403 403/403 403/403",
            async c => await c.SendAsync(c.Path(await c.FreshAsync(inside => NewSessionRequestAsync(c.World, inside))), RequestsTestData.Schedule(c.App))),
        new("POST /api/v1/staff/session-requests/{id}/decline",               "401/401 403/403 403/403 403/403 200/404 403/403 403/403 200/200 403/403 403/403 403/403 403/403",
            async c => await c.SendAsync(c.Path(await c.FreshAsync(inside => NewSessionRequestAsync(c.World, inside))), new { reason = "矩阵测试" })),
        new("POST /api/v1/staff/recuperation-bases",                          "401/401 403/403 403/403 403/403 201/404 403/403 403/403 201/201 403/403 403/403 403/403 403/403",
            c => c.SendAsync(c.Template, new { orgUnitId = c.Unit, name = "矩阵测试基地", address = "矩阵测试地址", capacity = 50 })),
        new("GET /api/v1/recuperation-bases",                                 "401/401 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200"),
        new("GET /console/check-in",                                          "302/302 403/403 403/403 403/403 200/200 403/403 403/403 200/200 403/403 403/403 403/403 403/403"),
        new("POST /console/check-in",                                         "302/302 403/403 403/403 403/403 400/400 403/403 403/403 400/400 403/403 403/403 403/403 403/403"),
        new("GET /events",                                                    "200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200"),
        new("POST /events",                                                   "400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400"),
        new("GET /events/{id}",                                               "200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200"),
        new("POST /events/{id}",                                              "400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400"),
        new("GET /me/bookings",                                               "302/302 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200"),
        new("POST /me/bookings",                                              "302/302 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400"),
        new("GET /console/events",                                            "302/302 403/403 403/403 403/403 200/200 200/200 200/200 200/200 403/403 403/403 403/403 403/403"),
        new("POST /console/events",                                           "302/302 403/403 403/403 403/403 400/400 400/400 400/400 400/400 403/403 403/403 403/403 403/403"),
        new("GET /console/events/{id}",                                       "302/302 403/403 403/403 403/403 200/200 200/200 200/200 200/200 403/403 403/403 403/403 403/403"),
        new("POST /console/events/{id}",                                      "302/302 403/403 403/403 403/403 400/400 400/400 400/400 400/400 403/403 403/403 403/403 403/403"),
        new("GET /enterprise/session-requests",                               "302/302 403/403 403/403 200/200 403/403 403/403 403/403 403/403 403/403 403/403 403/403 403/403"),
        new("POST /enterprise/session-requests",                              "302/302 403/403 403/403 400/400 403/403 403/403 403/403 403/403 403/403 403/403 403/403 403/403"),
        new("GET /console/session-requests",                                  "302/302 403/403 403/403 403/403 200/200 200/200 200/200 200/200 403/403 403/403 403/403 403/403"),
        new("POST /console/session-requests",                                 "302/302 403/403 403/403 403/403 400/400 400/400 400/400 400/400 403/403 403/403 403/403 403/403"),
    ];

    public static TheoryData<DatabaseProvider, string> Endpoints() => AuthorizationMatrix.TheoryRows(Rows);

    [Theory]
    [MemberData(nameof(Endpoints))]
    public Task Endpoint_answers_each_role_inside_and_outside_its_subtree_as_the_matrix_says(DatabaseProvider provider, string endpoint) =>
        AuthorizationMatrix.RunAsync(apps[provider], Rows, endpoint);

    private sealed record EventRef(Guid Id, Guid SessionId);

    private sealed record Fixtures(
        EventRef InsideEvent, EventRef OutsideEvent, EventRef InsideLottery, EventRef OutsideLottery, Guid SomeonesBooking,
        string InsideDoorCode, string OutsideDoorCode, Guid InsideMenuItem, Guid OutsideMenuItem);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<Fixtures> FixturesAsync(MatrixCall c) => c.World.FixtureAsync(async world =>
    {
        var insideEvent = await NewEventAsync(world, inside: true, publish: true);
        var booked = await new MemberApi(await Members.ActiveAsync(world.App)).BookAsync(await EventViewAsync(world, insideEvent));
        return new Fixtures(
            insideEvent,
            await NewEventAsync(world, inside: false, publish: true),
            await NewEventAsync(world, inside: true, publish: true, lottery: true),
            await NewEventAsync(world, inside: false, publish: true, lottery: true),
            booked.Booking!.Id,
            await DoorCodeAsync(world, inside: true),
            await DoorCodeAsync(world, inside: false),
            await NewMenuItemAsync(world, inside: true),
            await NewMenuItemAsync(world, inside: false));
    });

    private static async Task<EventRef> EventAsync(MatrixCall c)
    {
        var fixtures = await FixturesAsync(c);
        return c.Inside ? fixtures.InsideEvent : fixtures.OutsideEvent;
    }

    private static async Task<UnionHome.Events.Catalogue.EventView> EventViewAsync(MatrixWorld world, EventRef e) =>
        (await world.App.Anonymous().GetFromJsonAsync<UnionHome.Events.Catalogue.EventView>($"/api/v1/events/{e.Id}", Ct))!;

    /// <summary>A valid event of the organiser, registration open now, one session three weeks ahead.</summary>
    private static object EventBody(UnionHomeApp app, Guid organizer, string title, bool lottery = false, TimeSpan? closesIn = null)
    {
        var now = app.Time.GetUtcNow();
        return new
        {
            kind = "lecture",
            title,
            organizerOrgUnitId = organizer,
            mode = lottery ? "lottery" : "firstCome",
            registrationOpensAt = now.AddHours(-1),
            registrationClosesAt = now + (closesIn ?? TimeSpan.FromDays(20)),
            sessions = new[] { new { startsAt = now.AddDays(21), endsAt = now.AddDays(21).AddHours(1), place = "职工之家", capacity = 50 } },
        };
    }

    /// <summary>An event of 舟山市总工会 (inside) or 白云区总工会 (outside), open to its own subtree.</summary>
    private static async Task<EventRef> NewEventAsync(MatrixWorld world, bool inside, bool publish, bool lottery = false, TimeSpan? closesIn = null)
    {
        var admin = new StaffApi(world.Admin);
        var created = await admin.CreateEventAsync(EventBody(world.App, inside ? world.Zhoushan : world.Baiyun, "矩阵测试讲座", lottery, closesIn));
        if (publish)
        {
            await admin.PublishEventAsync(created.Id);
        }

        return new EventRef(created.Id, created.Sessions[0].Id);
    }

    /// <summary>A published lottery whose seed hash the admin committed and whose registration has just closed.</summary>
    private static async Task<EventRef> NewLotteryToDrawAsync(MatrixWorld world, bool inside)
    {
        var e = await NewEventAsync(world, inside, publish: true, lottery: true, closesIn: TimeSpan.FromSeconds(2));
        (await world.Admin.PostAsJsonAsync($"/api/v1/staff/events/{e.Id}/lottery/commit", new { }, Ct)).EnsureSuccessStatusCode();
        world.App.Time.Advance(TimeSpan.FromSeconds(3));
        return e;
    }

    /// <summary>
    /// The booking QR code of a member of 定海区 (inside) or 白云区 (outside) for an event of their own part of the tree
    /// whose door is open; the session lasts weeks so that tests moving the shared clock do not close it.
    /// </summary>
    private static async Task<string> DoorCodeAsync(MatrixWorld world, bool inside)
    {
        var now = world.App.Time.GetUtcNow();
        var admin = new StaffApi(world.Admin);
        var created = await admin.CreateEventAsync(new
        {
            kind = "lecture",
            title = "矩阵测试签到",
            organizerOrgUnitId = inside ? world.Zhoushan : world.Baiyun,
            registrationOpensAt = now.AddHours(-1),
            registrationClosesAt = now.AddMinutes(30),
            sessions = new[] { new { startsAt = now.AddHours(1), endsAt = now.AddDays(60), place = "职工之家", capacity = 50 } },
        });
        var published = await admin.PublishEventAsync(created.Id);
        var member = new MemberApi(await Members.ActiveAsync(world.App, inside ? "330902" : "520113"));
        return (await member.BookAsync(published, "matrix-door")).Booking!.CheckInToken!;
    }

    /// <summary>A training on the menu of 舟山市总工会 (inside) or 白云区总工会 (outside).</summary>
    private static async Task<Guid> NewMenuItemAsync(MatrixWorld world, bool inside) =>
        (await new StaffApi(world.Admin).AddMenuItemAsync(inside ? world.Zhoushan : world.Baiyun, "矩阵测试培训")).Id;

    /// <summary>A pending request of 舟山远洋渔业 to 舟山市总工会 (inside) or of 贵阳白云同城配送 to 白云区总工会 (outside), filed by an admin.</summary>
    private static async Task<Guid> NewSessionRequestAsync(MatrixWorld world, bool inside)
    {
        var menuItem = await NewMenuItemAsync(world, inside);
        var response = await world.Admin.PostAsJsonAsync(
            $"/api/v1/enterprises/{(inside ? world.InsideEnterprise : world.OutsideEnterprise)}/session-requests",
            new { menuItemId = menuItem, preferredDates = "下月", headcount = 20 },
            Ct);
        return (await response.Content.ReadFromJsonAsync<SessionRequestView>(Ct))!.Id;
    }
}
