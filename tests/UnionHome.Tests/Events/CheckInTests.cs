using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UnionHome.Events.Bookings;
using UnionHome.Events.CheckIn;
using UnionHome.Platform.Data;
using UnionHome.Tests.Infrastructure;

namespace UnionHome.Tests.Events;

[Collection(PlatformCollection.Name)]
public sealed class CheckInTests(Apps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Checking_a_booking_in_twice_at_once_records_it_once_and_tells_the_other_scans_so(DatabaseProvider provider)
    {
        var app = apps[provider];
        var e = await EventsTestData.OnNowAsync(app);
        var member = await EventsTestData.MemberAsync(app);
        var booking = (await EventsTestData.BookAsync(member, e)).Booking!;
        var (door, sideDoor) = (await app.StaffClientAsync("ZJ"), await app.StaffClientAsync("ZJ"));

        var atOnce = await Task.WhenAll(
            EventsTestData.CheckInAsync(door, booking.CheckInToken), EventsTestData.CheckInAsync(sideDoor, booking.CheckInToken), EventsTestData.CheckInAsync(door, booking.CheckInToken, e.Sessions[0].Id));
        var later = await EventsTestData.CheckInAsync(sideDoor, booking.CheckInToken);

        var answers = atOnce.Append(later).ToList();
        answers.ShouldAllBe(a => a.Status == HttpStatusCode.OK);
        answers.Count(a => !a.CheckIn!.AlreadyCheckedIn).ShouldBe(1, string.Join('\n', answers.Select(a => a.Body)));
        answers.Select(a => a.CheckIn!.CheckedInAt).Distinct().Count().ShouldBe(1);
        answers.ShouldAllBe(a => a.CheckIn!.BookingId == booking.Id && a.CheckIn.MemberName == "林*" && a.CheckIn.EventTitle == e.Title);
        (await EventsTestData.MyBookingAsync(member, booking.Id)).CheckedInAt.ShouldBe(answers[0].CheckIn!.CheckedInAt);
        var audited = await app.WithServices(sp => sp.GetRequiredService<AppDbContext>().AuditEntries.CountAsync(a => a.Action == "events.checked_in" && a.Target == $"booking:{booking.Id}", Ct));
        audited.ShouldBe(1);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_member_is_checked_in_by_their_e_card_to_the_session_on_now(DatabaseProvider provider)
    {
        var app = apps[provider];
        var later = await EventsTestData.PublishedEventAsync(app, capacity: 5);
        var now = await EventsTestData.OnNowAsync(app);
        var member = await EventsTestData.MemberAsync(app);
        (await EventsTestData.BookAsync(member, later)).Status.ShouldBe(HttpStatusCode.Created);
        var booking = (await EventsTestData.BookAsync(member, now)).Booking!;
        var door = await app.StaffClientAsync("ZJ");

        var first = await EventsTestData.CheckInAsync(door, await EventsTestData.CardTokenAsync(member));
        var again = await EventsTestData.CheckInAsync(door, await EventsTestData.CardTokenAsync(member), now.Sessions[0].Id);

        first.Status.ShouldBe(HttpStatusCode.OK, first.Body);
        (first.CheckIn!.BookingId, first.CheckIn.SessionId, first.CheckIn.AlreadyCheckedIn).ShouldBe((booking.Id, now.Sessions[0].Id, false));
        first.CheckIn.MemberName.ShouldBe("林*");
        (again.CheckIn!.BookingId, again.CheckIn.AlreadyCheckedIn).ShouldBe((booking.Id, true));
        var attendance = (await door.GetFromJsonAsync<AttendanceView>($"/api/v1/staff/events/{now.Id}/sessions/{now.Sessions[0].Id}/attendance", Ct))!;
        (attendance.Booked, attendance.CheckedIn, attendance.NoShows).ShouldBe((1, 1, 0));
        attendance.Attendees.ShouldHaveSingleItem().ShouldBe(new AttendeeView(booking.Id, "林*", "checkedIn", first.CheckIn.CheckedInAt));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Staff_outside_the_organisers_subtree_are_told_there_is_no_such_booking(DatabaseProvider provider)
    {
        var app = apps[provider];
        var e = await EventsTestData.OnNowAsync(app);
        var member = await EventsTestData.MemberAsync(app);
        var booking = (await EventsTestData.BookAsync(member, e)).Booking!;
        var guizhou = await app.StaffClientAsync("GZ");

        await (await guizhou.PostAsJsonAsync("/api/v1/staff/bookings/check-in", new { token = booking.CheckInToken }, Ct)).ShouldBeProblem(HttpStatusCode.NotFound, "check_in_booking_not_found");
        await (await guizhou.PostAsJsonAsync("/api/v1/staff/bookings/check-in", new { token = await EventsTestData.CardTokenAsync(member) }, Ct)).ShouldBeProblem(HttpStatusCode.NotFound, "check_in_no_booking_now");
        (await guizhou.GetAsync($"/api/v1/staff/events/{e.Id}/sessions/{e.Sessions[0].Id}/attendance", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        (await EventsTestData.MyBookingAsync(member, booking.Id)).CheckedInAt.ShouldBeNull();
    }

    [Fact]
    public async Task Forged_unknown_and_missing_codes_are_refused_with_their_own_codes()
    {
        var app = apps[DatabaseProvider.Sqlite];
        var door = await app.StaffClientAsync("ZJ");
        var forged = app.Services.GetRequiredService<BookingTokens>().Issue(Guid.NewGuid())[..^4] + "AAAA";

        foreach (var token in new[] { forged, "bk1.not-a-token", "eyJ2IjoxfQ.c2lnbmF0dXJl", "会员卡" })
        {
            await (await door.PostAsJsonAsync("/api/v1/staff/bookings/check-in", new { token }, Ct)).ShouldBeProblem(HttpStatusCode.BadRequest, "check_in_token_invalid");
        }

        await (await door.PostAsJsonAsync("/api/v1/staff/bookings/check-in", new { token = " " }, Ct)).ShouldBeProblem(HttpStatusCode.BadRequest, "check_in_token_required");
        var unknown = app.Services.GetRequiredService<BookingTokens>().Issue(Guid.NewGuid());
        await (await door.PostAsJsonAsync("/api/v1/staff/bookings/check-in", new { token = unknown }, Ct)).ShouldBeProblem(HttpStatusCode.NotFound, "check_in_booking_not_found");
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_waitlisted_or_cancelled_booking_is_not_checked_in(DatabaseProvider provider)
    {
        var app = apps[provider];
        var e = await EventsTestData.OnNowAsync(app, capacity: 1);
        var (holder, waiting) = (await EventsTestData.MemberAsync(app), await EventsTestData.MemberAsync(app));
        var held = (await EventsTestData.BookAsync(holder, e)).Booking!;
        var waitlisted = (await EventsTestData.BookAsync(waiting, e)).Booking!;
        waitlisted.Status.ShouldBe("waitlisted");
        waitlisted.CheckInToken.ShouldBeNull();
        var door = await app.StaffClientAsync("ZJ");

        var waitlistedCode = app.Services.GetRequiredService<BookingTokens>().Issue(waitlisted.Id);
        await (await door.PostAsJsonAsync("/api/v1/staff/bookings/check-in", new { token = waitlistedCode }, Ct)).ShouldBeProblem(HttpStatusCode.Conflict, "check_in_booking_not_confirmed");
        await (await door.PostAsJsonAsync("/api/v1/staff/bookings/check-in", new { token = await EventsTestData.CardTokenAsync(waiting) }, Ct)).ShouldBeProblem(HttpStatusCode.Conflict, "check_in_booking_not_confirmed");
        (await holder.DeleteAsync($"/api/v1/bookings/{held.Id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await door.PostAsJsonAsync("/api/v1/staff/bookings/check-in", new { token = held.CheckInToken }, Ct)).ShouldBeProblem(HttpStatusCode.Conflict, "check_in_booking_cancelled");
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_booking_is_not_checked_in_before_its_door_opens_or_at_another_sessions_door(DatabaseProvider provider)
    {
        var app = apps[provider];
        var nextWeek = await EventsTestData.PublishedEventAsync(app, capacity: 5);
        var today = await EventsTestData.OnNowAsync(app);
        var member = await EventsTestData.MemberAsync(app);
        var booking = (await EventsTestData.BookAsync(member, nextWeek)).Booking!;
        var door = await app.StaffClientAsync("ZJ");

        await (await door.PostAsJsonAsync("/api/v1/staff/bookings/check-in", new { token = booking.CheckInToken }, Ct)).ShouldBeProblem(HttpStatusCode.Conflict, "check_in_not_open");
        await (await door.PostAsJsonAsync("/api/v1/staff/bookings/check-in", new { token = booking.CheckInToken, sessionId = today.Sessions[0].Id }, Ct)).ShouldBeProblem(HttpStatusCode.Conflict, "check_in_wrong_session");
        await (await door.PostAsJsonAsync("/api/v1/staff/bookings/check-in", new { token = await EventsTestData.CardTokenAsync(member) }, Ct)).ShouldBeProblem(HttpStatusCode.NotFound, "check_in_no_booking_now");
    }

    [Theory]
    [MemberData(nameof(Databases.BothAtSeveralInstants), MemberType = typeof(Databases))]
    public async Task A_member_who_does_not_come_is_a_no_show_and_past_the_limit_may_not_book(DatabaseProvider provider, string instant)
    {
        await using var app = await apps.StartDedicatedAsync(provider, new() { ["Events:NoShowLimit"] = "1" }, Clocks.Named(instant));
        var e = await EventsTestData.OnNowAsync(app);
        var (came, stayedAway) = (await EventsTestData.MemberAsync(app), await EventsTestData.MemberAsync(app));
        var attended = (await EventsTestData.BookAsync(came, e)).Booking!;
        var missed = (await EventsTestData.BookAsync(stayedAway, e)).Booking!;
        (await EventsTestData.CheckInAsync(await app.StaffClientAsync("ZJ"), attended.CheckInToken)).Status.ShouldBe(HttpStatusCode.OK);

        app.Time.Advance(TimeSpan.FromHours(3) + TimeSpan.FromHours(1) + TimeSpan.FromMinutes(1));
        await app.WithServices(async sp => { await sp.GetRequiredService<EventsSweeper>().SweepAsync(Ct); return 0; });

        (await EventsTestData.MyBookingAsync(stayedAway, missed.Id)).NoShow.ShouldBeTrue();
        (await EventsTestData.MyBookingAsync(came, attended.Id)).NoShow.ShouldBeFalse();
        var door = await app.StaffClientAsync("ZJ");
        var attendance = (await door.GetFromJsonAsync<AttendanceView>($"/api/v1/staff/events/{e.Id}/sessions/{e.Sessions[0].Id}/attendance", Ct))!;
        (attendance.Booked, attendance.CheckedIn, attendance.NoShows).ShouldBe((2, 1, 1));
        attendance.Attendees.Select(a => a.Status).ShouldBe(["checkedIn", "noShow"]);
        var next = await EventsTestData.PublishedEventAsync(app, capacity: 5);
        (await EventsTestData.BookAsync(came, next)).Status.ShouldBe(HttpStatusCode.Created);
        var refused = await EventsTestData.BookAsync(stayedAway, next);
        refused.Status.ShouldBe(HttpStatusCode.Forbidden);
        refused.Body.ShouldContain("too_many_no_shows");
    }
}
