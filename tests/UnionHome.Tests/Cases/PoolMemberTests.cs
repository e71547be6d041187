using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UnionHome.Cases.Filing;
using UnionHome.Cases.Pools;
using UnionHome.Platform.Data;
using UnionHome.Platform.Identity;
using UnionHome.Tests.Infrastructure;

namespace UnionHome.Tests.Cases;

[Collection(PlatformCollection.Name)]
public sealed class PoolMemberTests(Apps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Adding_the_same_expert_to_a_pool_twice_is_a_conflict_and_keeps_one_membership(DatabaseProvider provider)
    {
        var app = apps[provider];
        var officer = await app.StaffClientAsync("GZ-GY-BY");
        var baiyun = await EventsTestData.UnitIdAsync(app, "GZ-GY-BY");
        var created = await officer.PostAsJsonAsync("/api/v1/staff/pools", new { orgUnitId = baiyun, name = "白云职工法律专家库", kind = "experts" }, Ct);
        var pool = (await created.Content.ReadFromJsonAsync<PoolView>(Ct))!;
        var (_, expertId) = await app.NewStaffAsync(Roles.Expert, null);
        var body = new { userId = expertId, name = "王律师", specialties = new[] { "劳动合同" } };

        var first = await officer.PostAsJsonAsync($"/api/v1/staff/pools/{pool.Id}/members", body, Ct);
        var again = await officer.PostAsJsonAsync($"/api/v1/staff/pools/{pool.Id}/members", body, Ct);

        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        await again.ShouldBeProblem(HttpStatusCode.Conflict, "already_in_pool");
        (await first.Content.ReadFromJsonAsync<PoolView>(Ct))!.Members.Count(m => m.UserId == expertId).ShouldBe(1);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Only_an_expert_or_volunteer_with_password_and_authenticator_joins_a_pool(DatabaseProvider provider)
    {
        var app = apps[provider];
        var officer = await app.StaffClientAsync("GZ-GY-BY");
        var pool = await NewPoolAsync(app, officer);
        var (_, smsMember) = await app.NewStaffAsync(Roles.Member, null);
        var (_, liaison) = await app.NewStaffAsync(Roles.EnterpriseLiaison, "GZ-GY-BY");
        var (_, volunteer) = await app.NewStaffAsync(Roles.Volunteer, null);

        foreach (var outsider in new[] { smsMember, liaison })
        {
            await (await officer.PostAsJsonAsync($"/api/v1/staff/pools/{pool.Id}/members", new { userId = outsider, name = "心理咨询师" }, Ct))
                .ShouldBeProblem(HttpStatusCode.BadRequest, "pool_member_not_expert");
        }

        (await officer.PostAsJsonAsync($"/api/v1/staff/pools/{pool.Id}/members", new { userId = volunteer, name = "志愿者 陈岚" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var audited = await app.WithServices(sp => sp.GetRequiredService<AppDbContext>().AuditEntries.AsNoTracking()
            .Where(a => a.Action == "cases.pool_member_added" && a.Target == $"pool:{pool.Id}").Select(a => a.Details).ToListAsync(Ct));
        audited.ShouldBe([$"user:{volunteer}"]);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_expert_whose_role_is_taken_away_no_longer_reads_the_case_assigned_to_them(DatabaseProvider provider)
    {
        var app = apps[provider];
        var member = await Members.ActiveAsync(app, "520113");
        var filed = await member.PostAsJsonAsync("/api/v1/cases", new { category = "psychological", urgency = "normal", description = "夜里睡不着，心里很压抑。", clientRequestId = Guid.NewGuid().ToString() }, Ct);
        var caseId = (await filed.Content.ReadFromJsonAsync<CaseFiled>(Ct))!.Id;
        var officer = await app.StaffClientAsync("GZ-GY-BY");
        var pool = await NewPoolAsync(app, officer);
        var (expertToken, expertId) = await app.NewStaffAsync(Roles.Expert, null);
        pool = (await (await officer.PostAsJsonAsync($"/api/v1/staff/pools/{pool.Id}/members", new { userId = expertId, name = "心理咨询师 周宁" }, Ct)).Content.ReadFromJsonAsync<PoolView>(Ct))!;
        (await officer.PostAsJsonAsync($"/api/v1/staff/cases/{caseId}/assign", new { poolMemberId = pool.Members[0].Id }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var expert = app.ClientWithToken(expertToken);
        (await expert.GetAsync($"/api/v1/cases/{caseId}", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var removed = await app.WithServices(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            return (await users.RemoveFromRoleAsync((await users.FindByIdAsync(expertId))!, Roles.Expert)).Succeeded;
        });
        removed.ShouldBeTrue();

        // The same token, signed before the role went: the case is asked of the database, not of the token.
        await (await expert.GetAsync($"/api/v1/cases/{caseId}", Ct)).ShouldBeProblem(HttpStatusCode.NotFound, "case_not_found");
    }

    private static async Task<PoolView> NewPoolAsync(UnionHomeApp app, HttpClient officer)
    {
        var baiyun = await EventsTestData.UnitIdAsync(app, "GZ-GY-BY");
        var created = await officer.PostAsJsonAsync("/api/v1/staff/pools", new { orgUnitId = baiyun, name = "白云职工心理援助库", kind = "volunteers" }, Ct);
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        return (await created.Content.ReadFromJsonAsync<PoolView>(Ct))!;
    }
}
