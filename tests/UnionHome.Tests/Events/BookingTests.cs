using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using UnionHome.Events.Bookings;
using UnionHome.Platform.Data;
using UnionHome.Tests.Infrastructure;

namespace UnionHome.Tests.Events;

[Collection(PlatformCollection.Name)]
public sealed class BookingTests(Apps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Booking_the_last_seat_twice_at_once_confirms_one_and_waitlists_the_other(DatabaseProvider provider)
    {
        var app = apps[provider];
        var e = await EventsTestData.PublishedEventAsync(app, capacity: 1);
        var first = await EventsTestData.MemberAsync(app);
        var second = await EventsTestData.MemberAsync(app);

        var answers = await Task.WhenAll(EventsTestData.BookAsync(first, e), EventsTestData.BookAsync(second, e));

        answers.Select(a => a.Status).OrderBy(s => s).ShouldBe([HttpStatusCode.Created, HttpStatusCode.Accepted]);
        answers.Select(a => a.Booking!.Status).OrderBy(s => s).ShouldBe(["confirmed", "waitlisted"]);
        var view = await app.Anonymous().GetFromJsonAsync<UnionHome.Events.Catalogue.EventView>($"/api/v1/events/{e.Id}", Ct);
        view!.Sessions[0].Taken.ShouldBe(1);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_retry_with_the_same_client_request_id_returns_the_first_answer_and_books_once(DatabaseProvider provider)
    {
        var app = apps[provider];
        var e = await EventsTestData.PublishedEventAsync(app, capacity: 5);
        var member = await EventsTestData.MemberAsync(app);
        var requestId = Guid.NewGuid().ToString();

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => EventsTestData.BookAsync(member, e, requestId)));
        var later = await EventsTestData.BookAsync(member, e, requestId);

        answers.Append(later).ShouldAllBe(a => a.Status == HttpStatusCode.Created);
        answers.Append(later).Select(a => a.Booking!.Id).Distinct().Count().ShouldBe(1);
        (await app.Anonymous().GetFromJsonAsync<UnionHome.Events.Catalogue.EventView>($"/api/v1/events/{e.Id}", Ct))!.Sessions[0].Taken.ShouldBe(1);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_second_booking_of_the_same_session_with_a_new_request_id_is_refused(DatabaseProvider provider)
    {
        var app = apps[provider];
        var e = await EventsTestData.PublishedEventAsync(app, capacity: 5);
        var member = await EventsTestData.MemberAsync(app);

        (await EventsTestData.BookAsync(member, e)).Status.ShouldBe(HttpStatusCode.Created);
        var again = await EventsTestData.BookAsync(member, e);

        again.Status.ShouldBe(HttpStatusCode.Conflict);
        again.Body.ShouldContain("already_booked");
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Cancelling_offers_the_place_to_the_next_in_line_who_accepts_it(DatabaseProvider provider)
    {
        var app = apps[provider];
        var e = await EventsTestData.PublishedEventAsync(app, capacity: 1);
        var (holder, next, after) = (await EventsTestData.MemberAsync(app), await EventsTestData.MemberAsync(app), await EventsTestData.MemberAsync(app));
        var held = (await EventsTestData.BookAsync(holder, e)).Booking!;
        var waiting = (await EventsTestData.BookAsync(next, e)).Booking!;
        var behind = (await EventsTestData.BookAsync(after, e)).Booking!;
        behind.WaitlistAhead.ShouldBe(1);

        (await holder.DeleteAsync($"/api/v1/bookings/{held.Id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var offered = await EventsTestData.MyBookingAsync(next, waiting.Id);
        offered.Status.ShouldBe("offered");
        offered.OfferExpiresAt.ShouldNotBeNull().ShouldBe(app.Time.GetUtcNow().UtcDateTime.AddHours(24), TimeSpan.FromMinutes(1));
        (await EventsTestData.MyBookingAsync(after, behind.Id)).Status.ShouldBe("waitlisted");
        var accept = await next.PostAsync($"/api/v1/bookings/{waiting.Id}/accept-offer", null, Ct);
        accept.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await accept.Content.ReadFromJsonAsync<BookingView>(Ct))!.Status.ShouldBe("confirmed");
        (await app.Anonymous().GetFromJsonAsync<UnionHome.Events.Catalogue.EventView>($"/api/v1/events/{e.Id}", Ct))!.Sessions[0].Taken.ShouldBe(1);
    }

    [Theory]
    [MemberData(nameof(Databases.BothAtSeveralInstants), MemberType = typeof(Databases))]
    public async Task An_offer_left_unanswered_expires_and_passes_to_the_next_in_line(DatabaseProvider provider, string instant)
    {
        await using var app = await apps.StartDedicatedAsync(provider, time: Clocks.Named(instant));
        var e = await EventsTestData.PublishedEventAsync(app, capacity: 1, body => { body["offerHours"] = 2; return body; });
        var (holder, slow, next) = (await EventsTestData.MemberAsync(app), await EventsTestData.MemberAsync(app), await EventsTestData.MemberAsync(app));
        var held = (await EventsTestData.BookAsync(holder, e)).Booking!;
        var slowBooking = (await EventsTestData.BookAsync(slow, e)).Booking!;
        var nextBooking = (await EventsTestData.BookAsync(next, e)).Booking!;
        (await holder.DeleteAsync($"/api/v1/bookings/{held.Id}", Ct)).EnsureSuccessStatusCode();

        app.Time.Advance(TimeSpan.FromHours(2) + TimeSpan.FromMinutes(1));
        await app.WithServices(async sp => { await sp.GetRequiredService<EventsSweeper>().SweepAsync(Ct); await sp.GetRequiredService<EventsSweeper>().SweepAsync(Ct); return 0; });

        var expired = await EventsTestData.MyBookingAsync(slow, slowBooking.Id);
        (expired.Status, expired.CancelReason).ShouldBe(("cancelled", "offer_expired"));
        (await EventsTestData.MyBookingAsync(next, nextBooking.Id)).Status.ShouldBe("offered");
        var late = await slow.PostAsync($"/api/v1/bookings/{slowBooking.Id}/accept-offer", null, Ct);
        await late.ShouldBeProblem(HttpStatusCode.Conflict, "offer_expired");
        (await app.Anonymous().GetFromJsonAsync<UnionHome.Events.Catalogue.EventView>($"/api/v1/events/{e.Id}", Ct))!.Sessions[0].Taken.ShouldBe(1);
    }

    [Fact]
    public async Task A_full_session_without_a_waitlist_refuses_with_409()
    {
        var app = apps[DatabaseProvider.Sqlite];
        var e = await EventsTestData.PublishedEventAsync(app, capacity: 1, body => { body["waitlist"] = false; return body; });
        (await EventsTestData.BookAsync(await EventsTestData.MemberAsync(app), e)).Status.ShouldBe(HttpStatusCode.Created);

        var refused = await EventsTestData.BookAsync(await EventsTestData.MemberAsync(app), e);

        refused.Status.ShouldBe(HttpStatusCode.Conflict);
        refused.Body.ShouldContain("session_full");
    }

    [Fact]
    public async Task A_member_outside_the_audience_or_a_non_member_is_refused_with_403()
    {
        var app = apps[DatabaseProvider.Sqlite];
        var hangzhou = await EventsTestData.UnitIdAsync(app, "ZJ-HZ");
        var e = await EventsTestData.PublishedEventAsync(app, capacity: 5, body => { body["audienceOrgUnitId"] = hangzhou; return body; });

        var zhoushan = await EventsTestData.BookAsync(await EventsTestData.MemberAsync(app, "330902"), e);
        var stranger = await EventsTestData.BookAsync(await Members.SignedInAsync(app), e);

        zhoushan.Status.ShouldBe(HttpStatusCode.Forbidden);
        zhoushan.Body.ShouldContain("not_eligible");
        stranger.Status.ShouldBe(HttpStatusCode.Forbidden);
        stranger.Body.ShouldContain("not_a_member");
        (await EventsTestData.BookAsync(await EventsTestData.MemberAsync(app, "330102"), e)).Status.ShouldBe(HttpStatusCode.Created);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_trip_split_by_union_quota_books_each_member_from_their_unions_places(DatabaseProvider provider)
    {
        var app = apps[provider];
        var (dinghai, shangcheng) = (await EventsTestData.UnitIdAsync(app, "ZJ-ZS-DH"), await EventsTestData.UnitIdAsync(app, "ZJ-HZ-SC"));
        var e = await EventsTestData.PublishedEventAsync(app, capacity: 3, body =>
        {
            body["kind"] = "trip";
            body["quotas"] = new[] { new { orgUnitId = dinghai, places = 1 }, new { orgUnitId = shangcheng, places = 1 } };
            return body;
        });
        var (dinghaiFirst, dinghaiSecond, shangchengMember) = (await EventsTestData.MemberAsync(app, "330902"), await EventsTestData.MemberAsync(app, "330902"), await EventsTestData.MemberAsync(app, "330102"));

        var first = await EventsTestData.BookAsync(dinghaiFirst, e);
        var second = await EventsTestData.BookAsync(dinghaiSecond, e);
        var third = await EventsTestData.BookAsync(shangchengMember, e);

        (first.Status, second.Status, third.Status).ShouldBe((HttpStatusCode.Created, HttpStatusCode.Accepted, HttpStatusCode.Created));
        var view = (await app.Anonymous().GetFromJsonAsync<UnionHome.Events.Catalogue.EventView>($"/api/v1/events/{e.Id}", Ct))!;
        view.Sessions[0].Taken.ShouldBe(2);
        view.Quotas.Select(q => q.Places).ShouldBe([1, 1], ignoreOrder: true);
    }
}
