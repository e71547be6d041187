using System.Net.Http.Json;
using UnionHome.Events.Bookings;
using UnionHome.Events.Requests;
using UnionHome.Platform.Api;
using UnionHome.Platform.Data;
using UnionHome.Tests.Infrastructure;
using static UnionHome.TestSupport.RequestsTestData;

namespace UnionHome.Tests.Events;

/// <summary>The events lists answer one page at a time, in an order that does not move between pages.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ListPagingTests(Apps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_member_with_three_bookings_reads_them_two_to_a_page(DatabaseProvider provider)
    {
        var app = apps[provider];
        var member = await EventsTestData.MemberAsync(app);
        var booked = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            var (_, booking, body) = await EventsTestData.BookAsync(member, await EventsTestData.PublishedEventAsync(app));
            booked.Add(booking.ShouldNotBeNull(body).Id);
        }

        var first = (await member.GetFromJsonAsync<Paged<BookingView>>("/api/v1/me/bookings?page=1&pageSize=2", Ct))!;
        var second = (await member.GetFromJsonAsync<Paged<BookingView>>("/api/v1/me/bookings?page=2&pageSize=2", Ct))!;
        var beyond = (await member.GetFromJsonAsync<Paged<BookingView>>("/api/v1/me/bookings?page=3&pageSize=2", Ct))!;
        var unasked = (await member.GetFromJsonAsync<Paged<BookingView>>("/api/v1/me/bookings", Ct))!;

        (first.Total, first.Page, first.PageSize, first.Items.Count).ShouldBe((3, 1, 2, 2));
        (second.Total, second.Page, second.PageSize, second.Items.Count).ShouldBe((3, 2, 2, 1));
        (beyond.Total, beyond.Items.Count).ShouldBe((3, 0));
        (unasked.Page, unasked.PageSize).ShouldBe((1, PageRequest.DefaultSize));
        first.Items.Concat(second.Items).Select(b => b.Id).ShouldBe(unasked.Items.Select(b => b.Id));
        unasked.Items.Select(b => b.Id).ShouldBe(booked, ignoreOrder: true);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_session_request_queue_pages_oldest_first_without_repeating_a_request(DatabaseProvider provider)
    {
        var app = apps[provider];
        var zhoushan = await app.StaffClientAsync("ZJ-ZS");
        var item = await MenuItemAsync(zhoushan, await EventsTestData.UnitIdAsync(app, "ZJ-ZS"), "船员心理健康讲座");
        var enterprise = await EnterpriseIdAsync(app, FishingCompany);
        var liaison = await LiaisonAsync(app, FishingCompany);
        var requested = new List<Guid>();
        for (var i = 0; i < 4; i++)
        {
            requested.Add((await RequestAsync(liaison, enterprise, item.Id, headcount: 10 + i)).Id);
        }

        var all = (await zhoushan.GetFromJsonAsync<Paged<SessionRequestView>>("/api/v1/staff/session-requests?pageSize=100", Ct))!;
        var first = (await zhoushan.GetFromJsonAsync<Paged<SessionRequestView>>("/api/v1/staff/session-requests?page=1&pageSize=2", Ct))!;
        var second = (await zhoushan.GetFromJsonAsync<Paged<SessionRequestView>>("/api/v1/staff/session-requests?page=2&pageSize=2", Ct))!;

        all.Total.ShouldBeGreaterThanOrEqualTo(4);
        all.Items.Select(r => r.CreatedAt).ShouldBeInOrder(SortDirection.Ascending);
        (first.Total, first.Page, first.PageSize, first.Items.Count).ShouldBe((all.Total, 1, 2, 2));
        (second.Total, second.Page, second.Items.Count).ShouldBe((all.Total, 2, 2));
        first.Items.Concat(second.Items).Select(r => r.Id).ShouldBe(all.Items.Take(4).Select(r => r.Id));
        all.Items.Select(r => r.Id).Where(requested.Contains).ShouldBe(requested, ignoreOrder: true);
    }
}
