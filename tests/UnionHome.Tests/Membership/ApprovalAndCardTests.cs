using System.Net;
using System.Net.Http.Json;
using UnionHome.Membership;
using UnionHome.Membership.Approvals;
using UnionHome.Membership.MyMembership;
using UnionHome.Platform.Api;
using UnionHome.Platform.Data;
using Microsoft.Extensions.DependencyInjection;
using UnionHome.Platform.Identity;
using UnionHome.Tests.Infrastructure;

namespace UnionHome.Tests.Membership;

[Collection(PlatformCollection.Name)]
public sealed class ApprovalAndCardTests(Apps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_seafarer_joins_is_approved_by_the_city_union_and_a_station_verifies_the_card(DatabaseProvider provider)
    {
        var app = apps[provider];
        var phone = Sessions.NewPhone();
        var seafarer = await Members.SignedInAsync(app, phone);
        var applied = await Members.ApplyAsync(app, new { name = "李海军", idNumber = ResidentIds.New(), workerType = "seafarer", enterpriseUscc = "91330900MA2A000035", workRegionCode = "330902" }, seafarer);
        var (officer, _) = await app.NewStaffAsync(Roles.UnionStaff, "ZJ-ZS");

        var queue = await app.ClientWithToken(officer).GetFromJsonAsync<Paged<ApplicationSummary>>($"/api/v1/staff/applications?status=pending&orgUnitId={applied.RoutedTo.OrgUnitId}&pageSize=100", Ct);
        queue!.Items.ShouldContain(a => a.Id == applied.Id && a.IdNumberMasked.Contains("***********", StringComparison.Ordinal));
        var approve = await app.ClientWithToken(officer).PostAsync($"/api/v1/staff/applications/{applied.Id}/approve", null, Ct);
        approve.StatusCode.ShouldBe(HttpStatusCode.OK, await approve.Content.ReadAsStringAsync(Ct));
        var decision = (await approve.Content.ReadFromJsonAsync<Decision>(Ct))!;
        decision.MemberNumber!.ShouldStartWith("330902");

        var membership = await seafarer.GetFromJsonAsync<MyMembershipResponse>("/api/v1/me/membership", Ct);
        membership!.Status.ShouldBe("member");
        membership.MemberNumber.ShouldBe(decision.MemberNumber);
        membership.Union!.Name.ShouldBe("舟山市海员工会");

        var card = await seafarer.GetFromJsonAsync<MyCard>("/api/v1/me/card", Ct);
        card!.MemberNumber.ShouldBe(decision.MemberNumber);
        card.ExpiresAt.ShouldBe(app.Time!.GetUtcNow().AddMinutes(5), TimeSpan.FromSeconds(5));

        var station = await app.StaffClientAsync("ZJ-ZS", Roles.StationOperator);
        var verified = await (await station.PostAsJsonAsync("/api/v1/cards/verify", new { token = card.Token }, Ct)).Content.ReadFromJsonAsync<CardVerification>(Ct);
        verified.ShouldBe(new CardVerification(true, "李*军", "舟山市海员工会", "active"));

        await WaitUntilAsync(async () => (await app.Anonymous().GetFromJsonAsync<Paged<SmsOutboxItem>>($"/api/v1/dev/sms-outbox?phone={phone}", Ct))!.Items.Any(m => m.Text.Contains(decision.MemberNumber, StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_officer_outside_the_subtree_neither_sees_nor_decides_the_application(DatabaseProvider provider)
    {
        var app = apps[provider];
        var applied = await Members.ApplyAsync(app, new { name = "陈松", idNumber = ResidentIds.New(), workerType = "seafarer", workRegionCode = "330902" });
        var (guiyang, _) = await app.NewStaffAsync(Roles.UnionStaff, "GZ-GY-BY");
        var client = app.ClientWithToken(guiyang);

        var queue = await client.GetFromJsonAsync<Paged<ApplicationSummary>>("/api/v1/staff/applications", Ct);
        queue!.Items.ShouldNotContain(a => a.Id == applied.Id);
        await (await client.PostAsync($"/api/v1/staff/applications/{applied.Id}/approve", null, Ct)).ShouldBeProblem(HttpStatusCode.NotFound, "application_not_found");
        await (await client.PostAsJsonAsync($"/api/v1/staff/applications/{applied.Id}/reject", new { reason = "x" }, Ct)).ShouldBeProblem(HttpStatusCode.NotFound, "application_not_found");
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_rejection_needs_a_reason_and_the_applicant_reads_it(DatabaseProvider provider)
    {
        var app = apps[provider];
        var applicant = await Members.SignedInAsync(app);
        var applied = await Members.ApplyAsync(app, new { name = "王强", idNumber = ResidentIds.New("520113"), workerType = "employee", workRegionCode = "520113" }, applicant);
        var (officer, _) = await app.NewStaffAsync(Roles.UnionStaff, "GZ-GY");
        var client = app.ClientWithToken(officer);

        await (await client.PostAsJsonAsync($"/api/v1/staff/applications/{applied.Id}/reject", new { reason = " " }, Ct)).ShouldBeProblem(HttpStatusCode.BadRequest, "reason_required");
        (await client.PostAsJsonAsync($"/api/v1/staff/applications/{applied.Id}/reject", new { reason = "请先与用人单位确认劳动关系" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await client.PostAsync($"/api/v1/staff/applications/{applied.Id}/approve", null, Ct)).ShouldBeProblem(HttpStatusCode.Conflict, "application_decided");

        var membership = await applicant.GetFromJsonAsync<MyMembershipResponse>("/api/v1/me/membership", Ct);
        membership!.Status.ShouldBe("rejected");
        membership.Application!.RejectionReason.ShouldBe("请先与用人单位确认劳动关系");
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_approved_member_applying_again_is_told_they_are_already_a_member(DatabaseProvider provider)
    {
        var app = apps[provider];
        var id = ResidentIds.New();
        var member = await Members.SignedInAsync(app);
        var applied = await Members.ApplyAsync(app, new { name = "赵六", idNumber = id, workerType = "employee", workRegionCode = "330902" }, member);
        var (officer, _) = await app.NewStaffAsync(Roles.UnionStaff, "ZJ");
        (await app.ClientWithToken(officer).PostAsync($"/api/v1/staff/applications/{applied.Id}/approve", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var again = await member.PostAsJsonAsync("/api/v1/membership/applications", new { name = "赵六", idNumber = id, workerType = "employee", workRegionCode = "330902" }, Ct);

        await again.ShouldBeProblem(HttpStatusCode.Conflict, "already_member");
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Bulk_approval_reports_each_application_on_its_own(DatabaseProvider provider)
    {
        var app = apps[provider];
        var first = await Members.ApplyAsync(app, new { name = "孙一", idNumber = ResidentIds.New(), workerType = "employee", workRegionCode = "330902" });
        var second = await Members.ApplyAsync(app, new { name = "孙二", idNumber = ResidentIds.New(), workerType = "employee", workRegionCode = "330902" });
        var (officer, _) = await app.NewStaffAsync(Roles.UnionStaff, "ZJ-ZS");

        var response = await app.ClientWithToken(officer).PostAsJsonAsync("/api/v1/staff/applications/bulk-approve", new { ids = new[] { first.Id, second.Id, Guid.NewGuid() } }, Ct);

        var result = (await response.Content.ReadFromJsonAsync<BulkDecisionResult>(Ct))!;
        result.Decided.Select(d => d.Id).ShouldBe([first.Id, second.Id], ignoreOrder: true);
        result.Decided.Select(d => d.MemberNumber).Distinct().Count().ShouldBe(2);
        result.Failed.Single().Code.ShouldBe("application_not_found");
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_officer_can_reroute_within_their_subtree_only(DatabaseProvider provider)
    {
        var app = apps[provider];
        var applied = await Members.ApplyAsync(app, new { name = "周七", idNumber = ResidentIds.New(), workerType = "employee", workRegionCode = "330902" });
        var (officer, _) = await app.NewStaffAsync(Roles.UnionStaff, "ZJ-ZS");
        var client = app.ClientWithToken(officer);
        var units = await client.GetFromJsonAsync<Paged<OrgUnitResponse>>("/api/v1/org-units?pageSize=100", WireJson.Options, Ct);
        var seafarers = units!.Items.Single(u => u.Code == "ZJ-ZS-HY").Id;
        var guiyang = await app.WithServices(sp => Task.FromResult(sp.GetRequiredService<AppDbContext>().OrgUnits.Single(u => u.Code == "GZ-GY").Id));

        await (await client.PostAsJsonAsync($"/api/v1/staff/applications/{applied.Id}/reroute", new { orgUnitId = guiyang, reason = "工作地在贵阳" }, Ct)).ShouldBeProblem(HttpStatusCode.BadRequest, "org_unit_outside_scope");
        (await client.PostAsJsonAsync($"/api/v1/staff/applications/{applied.Id}/reroute", new { orgUnitId = seafarers, reason = "本人在远洋渔船工作" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var queue = await client.GetFromJsonAsync<Paged<ApplicationSummary>>($"/api/v1/staff/applications?pageSize=100&orgUnitId={seafarers}", Ct);
        queue!.Items.Single(a => a.Id == applied.Id).RoutedTo.Name.ShouldBe("舟山市海员工会");
    }

    [Fact]
    public async Task A_forged_or_expired_card_token_is_not_valid()
    {
        await using var app = await apps.StartDedicatedAsync(DatabaseProvider.Sqlite, time: Clocks.Thursday1000Beijing());
        var seafarer = await Members.SignedInAsync(app);
        var applied = await Members.ApplyAsync(app, new { name = "李海军", idNumber = ResidentIds.New(), workerType = "seafarer", workRegionCode = "330902" }, seafarer);
        var (officer, _) = await app.NewStaffAsync(Roles.UnionStaff, "ZJ");
        await app.ClientWithToken(officer).PostAsync($"/api/v1/staff/applications/{applied.Id}/approve", null, Ct);
        var card = (await seafarer.GetFromJsonAsync<MyCard>("/api/v1/me/card", Ct))!;
        var (merchant, _) = await app.NewStaffAsync(Roles.Merchant, "ZJ");
        var verifier = app.ClientWithToken(merchant);

        var forged = card.Token[..^4] + (card.Token[^4..] == "AAAA" ? "BBBB" : "AAAA");
        (await (await verifier.PostAsJsonAsync("/api/v1/cards/verify", new { token = forged }, Ct)).Content.ReadFromJsonAsync<CardVerification>(Ct))!.Valid.ShouldBeFalse();
        app.Time!.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));
        (await (await verifier.PostAsJsonAsync("/api/v1/cards/verify", new { token = card.Token }, Ct)).Content.ReadFromJsonAsync<CardVerification>(Ct))!.Valid.ShouldBeFalse();
    }

    [Fact]
    public async Task A_registered_user_who_is_not_a_member_has_no_card()
    {
        var app = apps[DatabaseProvider.Sqlite];

        var response = await (await Members.SignedInAsync(app)).GetAsync("/api/v1/me/card", Ct);

        await response.ShouldBeProblem(HttpStatusCode.NotFound, "not_a_member");
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 50 && !await condition(); i++)
        {
            await Task.Delay(100, Ct);
        }

        (await condition()).ShouldBeTrue();
    }
}
