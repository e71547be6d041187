using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using UnionHome.Events.Bookings;
using UnionHome.Platform.Api;
using UnionHome.Platform.Data;
using UnionHome.Tests.Infrastructure;
using UnionHome.Tests.Membership;

namespace UnionHome.Tests.Events;

[Collection(PlatformCollection.Name)]
public sealed class RemindersAndLimitsTests(Apps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Databases.BothAtSeveralInstants), MemberType = typeof(Databases))]
    public async Task A_day_before_the_session_the_member_is_reminded_in_the_inbox_and_by_sms_once(DatabaseProvider provider, string instant)
    {
        await using var app = await apps.StartDedicatedAsync(provider, time: Clocks.Named(instant));
        var e = await EventsTestData.PublishedEventAsync(app, capacity: 5);
        var phone = Sessions.NewPhone();
        var member = await Members.ActiveAsync(app, phone, ResidentIds.New("330902"), "330902");
        (await EventsTestData.BookAsync(member, e)).Status.ShouldBe(HttpStatusCode.Created);
        var sweeper = await app.WithServices(sp => Task.FromResult(sp.GetRequiredService<EventsSweeper>()));

        await sweeper.SweepAsync(Ct);
        app.Time.Advance(TimeSpan.FromDays(6) + TimeSpan.FromHours(1));
        await sweeper.SweepAsync(Ct);
        await sweeper.SweepAsync(Ct);

        var reminders = await WaitForAsync(async () => (await member.GetFromJsonAsync<Paged<InboxItem>>("/api/v1/me/inbox", Ct))!.Items.Where(m => m.Body.StartsWith("提醒", StringComparison.Ordinal)).ToList());
        reminders.Count.ShouldBe(1);
        reminders[0].Body.ShouldContain("杭州市职工文化中心");
        var texts = await WaitForAsync(async () => (await app.Anonymous().GetFromJsonAsync<Paged<SmsText>>($"/api/v1/dev/sms-outbox?phone={phone}", Ct))!.Items.Where(m => m.Text.Contains("提醒", StringComparison.Ordinal)).ToList());
        texts.Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_member_who_has_a_trip_this_year_cannot_book_a_second_one()
    {
        var app = apps[DatabaseProvider.Sqlite];
        static Dictionary<string, object?> OneTripAYear(Dictionary<string, object?> body)
        {
            body["kind"] = "trip";
            body["limitPerMemberPerYear"] = 1;
            return body;
        }

        var (first, second) = (await EventsTestData.PublishedEventAsync(app, 5, OneTripAYear), await EventsTestData.PublishedEventAsync(app, 5, OneTripAYear));
        var lecture = await EventsTestData.PublishedEventAsync(app, 5, body => { body["kind"] = "lecture"; return body; });
        var member = await EventsTestData.MemberAsync(app);

        (await EventsTestData.BookAsync(member, first)).Status.ShouldBe(HttpStatusCode.Created);
        var again = await EventsTestData.BookAsync(member, second);

        again.Status.ShouldBe(HttpStatusCode.Forbidden);
        again.Body.ShouldContain("yearly_limit_reached");
        (await EventsTestData.BookAsync(member, lecture)).Status.ShouldBe(HttpStatusCode.Created);
    }

    private static async Task<List<T>> WaitForAsync<T>(Func<Task<List<T>>> read)
    {
        for (var attempt = 0; ; attempt++)
        {
            var found = await read();
            if (found.Count > 0 || attempt == 100)
            {
                await Task.Delay(200, Ct);
                return await read();
            }

            await Task.Delay(100, Ct);
        }
    }

    private sealed record SmsText(string Text);
}
