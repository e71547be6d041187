using System.Net;
using Ical.Net.DataTypes;
using UnionHome.Platform.Data;
using UnionHome.Tests.Infrastructure;

namespace UnionHome.Tests.Events;

[Collection(PlatformCollection.Name)]
public sealed class BookingCalendarTests(Apps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_booking_downloads_as_an_icalendar_file_with_its_times_place_and_an_alarm_the_day_before(DatabaseProvider provider)
    {
        var app = apps[provider];
        var e = await EventsTestData.PublishedEventAsync(app, capacity: 5);
        var member = await EventsTestData.MemberAsync(app);
        var booking = (await EventsTestData.BookAsync(member, e)).Booking!;

        var response = await member.GetAsync($"/api/v1/bookings/{booking.Id}/calendar.ics", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/calendar");
        response.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe($"{e.Title}.ics");
        var text = await response.Content.ReadAsStringAsync(Ct);
        text.ShouldContain($"DTSTART:{e.Sessions[0].StartsAt:yyyyMMdd'T'HHmmss}Z");
        text.ShouldContain("TRIGGER:-P1D");
        var entry = Ical.Net.Calendar.Load(text)!.Events.ShouldHaveSingleItem();
        entry.Uid.ShouldBe($"booking-{booking.Id:N}@unionhome.cn");
        entry.Summary.ShouldBe(e.Title);
        entry.Location.ShouldBe("杭州市职工文化中心 3楼");
        entry.Description!.ShouldContain("主办：浙江省总工会");
        entry.Status.ShouldBe("CONFIRMED");
        entry.DtStart!.IsUtc.ShouldBeTrue();
        entry.DtStart.AsUtc.ShouldBe(WholeSeconds(e.Sessions[0].StartsAt));
        entry.DtEnd!.AsUtc.ShouldBe(WholeSeconds(e.Sessions[0].EndsAt));
        entry.Alarms.ShouldHaveSingleItem().Trigger!.Duration.ShouldBe(Duration.FromDays(-1));
    }

    [Fact]
    public async Task An_online_session_puts_its_link_as_the_location()
    {
        var app = apps[DatabaseProvider.Sqlite];
        var e = await EventsTestData.OnNowAsync(app, onlineUrl: "https://meeting.example.cn/j/123456");
        var member = await EventsTestData.MemberAsync(app);
        var booking = (await EventsTestData.BookAsync(member, e)).Booking!;

        var entry = Ical.Net.Calendar.Load(await member.GetStringAsync($"/api/v1/bookings/{booking.Id}/calendar.ics", Ct))!.Events.Single();

        entry.Location.ShouldBe("https://meeting.example.cn/j/123456");
        entry.Url!.ToString().ShouldBe("https://meeting.example.cn/j/123456");
    }

    [Fact]
    public async Task Someone_elses_booking_has_no_calendar_file()
    {
        var app = apps[DatabaseProvider.Sqlite];
        var e = await EventsTestData.PublishedEventAsync(app, capacity: 5);
        var booking = (await EventsTestData.BookAsync(await EventsTestData.MemberAsync(app), e)).Booking!;

        var response = await (await EventsTestData.MemberAsync(app)).GetAsync($"/api/v1/bookings/{booking.Id}/calendar.ics", Ct);

        await response.ShouldBeProblem(HttpStatusCode.NotFound, "booking_not_found");
    }

    private static DateTime WholeSeconds(DateTime utc) => new(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);
}
