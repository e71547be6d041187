using System.Net;
using System.Net.Http.Json;
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
}
