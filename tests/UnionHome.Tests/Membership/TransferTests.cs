using System.Net;
using System.Net.Http.Json;
using UnionHome.Membership.MyMembership;
using UnionHome.Membership.Transfers;
using UnionHome.Platform.Api;
using UnionHome.Platform.Data;
using UnionHome.Platform.Identity;
using UnionHome.Tests.Infrastructure;

namespace UnionHome.Tests.Membership;

[Collection(PlatformCollection.Name)]
public sealed class TransferTests(Apps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_seafarer_who_takes_a_job_in_guiyang_moves_to_the_baiyun_union_and_keeps_the_history(DatabaseProvider provider)
    {
        var app = apps[provider];
        var member = await Members.ActiveAsync(app);

        var requested = await member.PostAsJsonAsync("/api/v1/me/membership/transfers", new { enterpriseUscc = "91520113MA6E000020", workRegionCode = "贵阳市白云区", workerType = "gig" }, Ct);
        requested.StatusCode.ShouldBe(HttpStatusCode.Created, await requested.Content.ReadAsStringAsync(Ct));
        var transfer = (await requested.Content.ReadFromJsonAsync<TransferAccepted>(Ct))!;
        transfer.RoutedTo.Name.ShouldBe("白云区总工会");
        await (await member.PostAsJsonAsync("/api/v1/me/membership/transfers", new { workRegionCode = "520113" }, Ct)).ShouldBeProblem(HttpStatusCode.Conflict, "transfer_pending");

        var zhoushan = await app.StaffClientAsync("ZJ-ZS");
        await (await zhoushan.PostAsync($"/api/v1/staff/transfers/{transfer.Id}/approve", null, Ct)).ShouldBeProblem(HttpStatusCode.NotFound, "transfer_not_found");
        var (baiyun, _) = await app.NewStaffAsync(Roles.UnionStaff, "GZ-GY-BY");
        var queue = await app.ClientWithToken(baiyun).GetFromJsonAsync<Paged<TransferSummary>>("/api/v1/staff/transfers?pageSize=100", Ct);
        queue!.Items.ShouldContain(t => t.Id == transfer.Id);
        (await app.ClientWithToken(baiyun).PostAsync($"/api/v1/staff/transfers/{transfer.Id}/approve", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var membership = await member.GetFromJsonAsync<MyMembershipResponse>("/api/v1/me/membership", Ct);
        membership!.Union!.Name.ShouldBe("白云区总工会");
        var history = (await member.GetFromJsonAsync<Paged<HistoryEntry>>("/api/v1/me/membership/history", Ct))!.Items;
        history.Select(h => h.Kind).ShouldBe(["joined", "transferred"]);
        history[1].ToOrgUnitId.ShouldBe(membership.Union!.Id);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_rejected_transfer_leaves_the_member_where_they_were(DatabaseProvider provider)
    {
        var app = apps[provider];
        var member = await Members.ActiveAsync(app);
        var before = (await member.GetFromJsonAsync<MyMembershipResponse>("/api/v1/me/membership", Ct))!.Union!.Name;
        var transfer = (await (await member.PostAsJsonAsync("/api/v1/me/membership/transfers", new { workRegionCode = "520113" }, Ct)).Content.ReadFromJsonAsync<TransferAccepted>(Ct))!;
        var (officer, _) = await app.NewStaffAsync(Roles.UnionStaff, "GZ");

        await (await app.ClientWithToken(officer).PostAsJsonAsync($"/api/v1/staff/transfers/{transfer.Id}/reject", new { reason = "" }, Ct)).ShouldBeProblem(HttpStatusCode.BadRequest, "reason_required");
        (await app.ClientWithToken(officer).PostAsJsonAsync($"/api/v1/staff/transfers/{transfer.Id}/reject", new { reason = "请提供新单位劳动合同" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await member.GetFromJsonAsync<MyMembershipResponse>("/api/v1/me/membership", Ct))!.Union!.Name.ShouldBe(before);
    }

    [Fact]
    public async Task Moving_to_the_union_one_already_belongs_to_is_refused()
    {
        var app = apps[DatabaseProvider.Sqlite];
        var member = await Members.ActiveAsync(app);

        var response = await member.PostAsJsonAsync("/api/v1/me/membership/transfers", new { workRegionCode = "舟山市定海区" }, Ct);

        await response.ShouldBeProblem(HttpStatusCode.Conflict, "transfer_same_union");
    }
}
