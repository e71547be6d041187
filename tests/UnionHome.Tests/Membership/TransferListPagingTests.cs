using System.Net.Http.Json;
using UnionHome.Membership.Transfers;
using UnionHome.Platform.Api;
using UnionHome.Platform.Data;
using UnionHome.Platform.Identity;
using UnionHome.Tests.Infrastructure;

namespace UnionHome.Tests.Membership;

/// <summary>The receiving union's list of transfers answers one page at a time, oldest first.</summary>
[Collection(PlatformCollection.Name)]
public sealed class TransferListPagingTests(Apps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Three_transfers_into_guizhou_read_two_to_a_page_oldest_first(DatabaseProvider provider)
    {
        var app = apps[provider];
        var asked = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            var member = await Members.ActiveAsync(app);
            var response = await member.PostAsJsonAsync("/api/v1/me/membership/transfers", new { workRegionCode = "520113" }, Ct);
            response.StatusCode.ShouldBe(System.Net.HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
            asked.Add((await response.Content.ReadFromJsonAsync<TransferAccepted>(Ct))!.Id);
        }

        var guizhou = app.ClientWithToken((await app.NewStaffAsync(Roles.UnionStaff, "GZ")).Token);
        var all = (await guizhou.GetFromJsonAsync<Paged<TransferSummary>>("/api/v1/staff/transfers?pageSize=100", Ct))!;
        var first = (await guizhou.GetFromJsonAsync<Paged<TransferSummary>>("/api/v1/staff/transfers?page=1&pageSize=2", Ct))!;
        var second = (await guizhou.GetFromJsonAsync<Paged<TransferSummary>>("/api/v1/staff/transfers?page=2&pageSize=2", Ct))!;
        var beyond = (await guizhou.GetFromJsonAsync<Paged<TransferSummary>>($"/api/v1/staff/transfers?page={all.Total + 1}&pageSize=1", Ct))!;

        all.Total.ShouldBeGreaterThanOrEqualTo(3);
        all.Items.Select(t => t.RequestedAt).ShouldBeInOrder(SortDirection.Ascending);
        all.Items.Select(t => t.Id).Where(asked.Contains).ShouldBe(asked, ignoreOrder: true);
        (first.Total, first.Page, first.PageSize, first.Items.Count).ShouldBe((all.Total, 1, 2, 2));
        (second.Total, second.Page, second.PageSize).ShouldBe((all.Total, 2, 2));
        first.Items.Concat(second.Items).Select(t => t.Id).ShouldBe(all.Items.Take(4).Select(t => t.Id));
        (beyond.Total, beyond.Items.Count).ShouldBe((all.Total, 0));
    }
}
