using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UnionHome.Membership.Approvals;
using UnionHome.Membership.Enterprises;
using UnionHome.Platform.Administration;
using UnionHome.Platform.Api;
using UnionHome.Platform.Data;
using UnionHome.Platform.Identity;
using UnionHome.Platform.Organization;
using UnionHome.Tests.Infrastructure;

namespace UnionHome.Tests.Membership;

/// <summary>"A worker who joins through a regional or joint union is never shown to their employer's liaison."</summary>
[Collection(PlatformCollection.Name)]
public sealed class EnterpriseMembersTests(Apps apps)
{
    /// <summary>舟山远洋渔业有限公司: its union is 舟山市海员工会.</summary>
    private const string FishingCompany = "91330900MA2A000035";

    /// <summary>贵阳白云同城配送有限公司: another employer, with a liaison of its own.</summary>
    private const string GuiyangDelivery = "91520113MA6E000020";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_liaison_sees_the_workers_in_the_enterprise_union_but_not_those_who_joined_through_a_regional_or_joint_union(DatabaseProvider provider)
    {
        var app = apps[provider];
        var (province, _) = await app.NewStaffAsync(Roles.UnionStaff, "ZJ");
        var crewUnion = await CrewUnionBelowTheSeafarersAsync(app);
        var inEnterpriseUnion = await FishingCompanyWorkerAsync(app, province, sentTo: null);
        var inUnionBelowIt = await FishingCompanyWorkerAsync(app, province, sentTo: crewUnion);
        var inDistrictFederation = await FishingCompanyWorkerAsync(app, province, sentTo: "ZJ-ZS-DH");
        var inGigJointUnion = await FishingCompanyWorkerAsync(app, province, sentTo: "ZJ-HZ-SC-HB");
        var (liaison, _) = await app.NewStaffAsync(Roles.EnterpriseLiaison, null, FishingCompany);

        var listed = await AllMembersAsync(app.ClientWithToken(liaison), await EnterpriseIdAsync(app, FishingCompany));

        listed.Select(m => m.MemberNumber).ShouldContain(inEnterpriseUnion);
        listed.Select(m => m.MemberNumber).ShouldContain(inUnionBelowIt);
        listed.Select(m => m.MemberNumber).ShouldNotContain(inDistrictFederation);
        listed.Select(m => m.MemberNumber).ShouldNotContain(inGigJointUnion);
        var shown = listed.Single(m => m.MemberNumber == inEnterpriseUnion);
        shown.Union.ShouldBe("舟山市海员工会");
        shown.Status.ShouldBe("active");
        shown.IdNumberMasked.ShouldContain("*");

        var page = await app.ClientWithToken(liaison).GetStringAsync("/enterprise/members", Ct);
        page.ShouldContain(inEnterpriseUnion);
        page.ShouldNotContain(inDistrictFederation);
        page.ShouldNotContain(inGigJointUnion);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_liaison_of_another_enterprise_is_told_the_enterprise_does_not_exist(DatabaseProvider provider)
    {
        var app = apps[provider];
        var otherLiaison = await app.StaffClientAsync(null, Roles.EnterpriseLiaison, GuiyangDelivery);

        var response = await otherLiaison.GetAsync($"/api/v1/enterprises/{await EnterpriseIdAsync(app, FishingCompany)}/members", Ct);

        await response.ShouldBeProblem(HttpStatusCode.NotFound, "enterprise_not_found");
    }

    [Fact]
    public async Task The_list_comes_in_pages()
    {
        var app = apps[DatabaseProvider.Sqlite];
        var (province, _) = await app.NewStaffAsync(Roles.UnionStaff, "ZJ");
        await FishingCompanyWorkerAsync(app, province, sentTo: null);
        await FishingCompanyWorkerAsync(app, province, sentTo: null);
        var (liaison, _) = await app.NewStaffAsync(Roles.EnterpriseLiaison, null, FishingCompany);
        var enterprise = await EnterpriseIdAsync(app, FishingCompany);

        var first = (await app.ClientWithToken(liaison).GetFromJsonAsync<Paged<EnterpriseMember>>($"/api/v1/enterprises/{enterprise}/members?page=1&pageSize=1", Ct))!;
        var second = (await app.ClientWithToken(liaison).GetFromJsonAsync<Paged<EnterpriseMember>>($"/api/v1/enterprises/{enterprise}/members?page=2&pageSize=1", Ct))!;

        first.Total.ShouldBeGreaterThanOrEqualTo(2);
        first.Items.ShouldHaveSingleItem();
        second.Items.ShouldHaveSingleItem().MemberNumber.ShouldNotBe(first.Items[0].MemberNumber);
        second.Page.ShouldBe(2);
    }

    /// <summary>
    /// A worker of 舟山远洋渔业 who applied naming the employer, so was routed to its union; the province's officer may
    /// send the application to another union before it is approved. Returns the member number.
    /// </summary>
    private static async Task<string> FishingCompanyWorkerAsync(UnionHomeApp app, string provinceOfficer, string? sentTo)
    {
        var applied = await Members.ApplyAsync(app, new { name = "渔工", idNumber = ResidentIds.New(), workerType = "employee", enterpriseUscc = FishingCompany, workRegionCode = "330902" });
        applied.RoutedTo.Name.ShouldBe("舟山市海员工会");
        var officer = app.ClientWithToken(provinceOfficer);
        if (sentTo is not null)
        {
            var rerouted = await officer.PostAsJsonAsync($"/api/v1/staff/applications/{applied.Id}/reroute", new { orgUnitId = await UnitIdAsync(app, sentTo), reason = "按工作实际改派" }, Ct);
            rerouted.StatusCode.ShouldBe(HttpStatusCode.OK, await rerouted.Content.ReadAsStringAsync(Ct));
        }

        var approved = await officer.PostAsync($"/api/v1/staff/applications/{applied.Id}/approve", null, Ct);
        approved.StatusCode.ShouldBe(HttpStatusCode.OK, await approved.Content.ReadAsStringAsync(Ct));
        return (await approved.Content.ReadFromJsonAsync<Decision>(Ct))!.MemberNumber!;
    }

    /// <summary>A grassroots union of one ship's crew, below 舟山市海员工会: inside the enterprise union's subtree.</summary>
    private static Task<string> CrewUnionBelowTheSeafarersAsync(UnionHomeApp app) =>
        app.WithServices(async sp =>
        {
            var code = $"ZJ-ZS-HY-{Guid.NewGuid():N}"[..20];
            var created = await sp.GetRequiredService<Accounts>().CreateOrgUnitAsync(code, "舟渔1号船员工会", OrgUnitKind.GrassrootsUnion, "330902", "ZJ-ZS-HY", null, Ct);
            created.Succeeded.ShouldBeTrue(created.Error?.Message);
            return code;
        });

    private static async Task<List<EnterpriseMember>> AllMembersAsync(HttpClient client, Guid enterprise)
    {
        var all = new List<EnterpriseMember>();
        for (var page = 1; ; page++)
        {
            var response = await client.GetAsync($"/api/v1/enterprises/{enterprise}/members?page={page}&pageSize=100", Ct);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
            var list = (await response.Content.ReadFromJsonAsync<Paged<EnterpriseMember>>(Ct))!;
            all.AddRange(list.Items);
            if (list.Items.Count == 0 || all.Count >= list.Total)
            {
                return all;
            }
        }
    }

    private static Task<Guid> EnterpriseIdAsync(UnionHomeApp app, string creditCode) =>
        app.WithServices(sp => sp.GetRequiredService<AppDbContext>().Enterprises.Where(e => e.CreditCode == creditCode).Select(e => e.Id).SingleAsync(Ct));

    private static Task<Guid> UnitIdAsync(UnionHomeApp app, string code) =>
        app.WithServices(sp => sp.GetRequiredService<AppDbContext>().OrgUnits.Where(u => u.Code == code).Select(u => u.Id).SingleAsync(Ct));
}
