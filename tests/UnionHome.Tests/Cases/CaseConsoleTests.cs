using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UnionHome.Cases.Data;
using UnionHome.Cases.Filing;
using UnionHome.Cases.Pools;
using UnionHome.Platform.Data;
using UnionHome.Platform.Identity;
using UnionHome.Tests.Infrastructure;
using UnionHome.Tests.Membership;

namespace UnionHome.Tests.Cases;

/// <summary>The console's case pages, read through HTTP as a bearer of each role, and the demo they show.</summary>
[Collection(PlatformCollection.Name)]
public sealed class CaseConsoleTests(Apps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_demo_has_both_pools_the_desk_a_duty_phone_and_cases_of_every_kind_some_assigned_one_rated()
    {
        var app = apps[DatabaseProvider.Sqlite];

        var (pools, categories, assigned, rated, desks, rosters) = await app.WithServices(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            return (
                await db.Set<ExpertPool>().Select(p => p.Name).ToListAsync(Ct),
                await db.Set<HelpCase>().Select(c => c.Category).Distinct().CountAsync(Ct),
                await db.Set<HelpCase>().CountAsync(c => c.AssignedPoolMemberId != null, Ct),
                await db.Set<HelpCase>().CountAsync(c => c.Status == CaseStatus.Resolved && c.Rating != null, Ct),
                // Other tests add desks and duty phones to unions of their own: count the demo's, of 舟山市总工会 and its seafarers' union.
                await db.Set<CaseRoute>().CountAsync(r => db.OrgUnits.Any(u => u.Id == r.OrgUnitId && u.Code == "ZJ-ZS"), Ct),
                await db.Set<DutyRoster>().CountAsync(d => db.OrgUnits.Any(u => u.Id == d.OrgUnitId && u.Code == "ZJ-ZS-HY"), Ct));
        });

        pools.ShouldContain("舟山远洋船员医疗救治专家库");
        pools.Count.ShouldBeGreaterThanOrEqualTo(2);
        categories.ShouldBeGreaterThanOrEqualTo(6);
        assigned.ShouldBeGreaterThanOrEqualTo(3);
        rated.ShouldBeGreaterThanOrEqualTo(1);
        (desks, rosters).ShouldBe((1, 1));
    }

    [Fact]
    public async Task An_expert_sees_on_the_console_only_the_case_assigned_to_them_and_may_add_notes_and_hand_it_back()
    {
        var app = apps[DatabaseProvider.Sqlite];
        var member = await Members.ActiveAsync(app, Sessions.NewPhone(), ResidentIds.New("330902"), "330902");
        var mine = await FileAsync(member, "呼吸困难，咳嗽两周。");
        var other = await FileAsync(member, "腰痛，搬货后加重。");
        var expert = await app.NewStaffAsync(Roles.Expert, null);
        var city = await app.StaffClientAsync("ZJ-ZS");
        var unit = await EventsTestData.UnitIdAsync(app, "ZJ-ZS");
        var pool = await (await city.PostAsJsonAsync("/api/v1/staff/pools", new { orgUnitId = unit, name = "舟山职工医疗专家库", kind = "experts" }, Ct)).Content.ReadFromJsonAsync<PoolView>(Ct);
        pool = await (await city.PostAsJsonAsync($"/api/v1/staff/pools/{pool!.Id}/members", new { userId = expert.UserId, name = "呼吸科 沈医生", specialties = new[] { "呼吸科" } }, Ct)).Content.ReadFromJsonAsync<PoolView>(Ct);
        (await city.PostAsJsonAsync($"/api/v1/staff/cases/{mine.Id}/assign", new { poolMemberId = pool!.Members[0].Id }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var doctor = app.ClientWithToken(expert.Token);
        var queue = await doctor.GetStringAsync("/console/cases", Ct);
        var page = await doctor.GetStringAsync($"/console/cases/{mine.Id}", Ct);
        var notMine = await doctor.GetStringAsync($"/console/cases/{other.Id}", Ct);

        queue.ShouldContain(mine.Number);
        queue.ShouldNotContain(other.Number);
        page.ShouldContain("呼吸困难，咳嗽两周。");
        page.ShouldContain("添加会诊记录");
        page.ShouldContain("交还工会");
        page.ShouldNotContain("办结</");
        notMine.ShouldNotContain("腰痛");
    }

    private static async Task<CaseFiled> FileAsync(HttpClient member, string description)
    {
        var filed = await member.PostAsJsonAsync("/api/v1/cases", new { category = "medical", urgency = "normal", description, clientRequestId = Guid.NewGuid().ToString() }, Ct);
        filed.StatusCode.ShouldBe(HttpStatusCode.Created);
        return (await filed.Content.ReadFromJsonAsync<CaseFiled>(Ct))!;
    }
}
