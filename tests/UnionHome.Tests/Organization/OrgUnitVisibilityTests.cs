using System.Net.Http.Json;
using UnionHome.Platform.Api;
using UnionHome.Platform.Data;
using UnionHome.Platform.Identity;
using UnionHome.Tests.Infrastructure;

namespace UnionHome.Tests.Organization;

[Collection(PlatformCollection.Name)]
public sealed class OrgUnitVisibilityTests(Apps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_member_sees_their_own_union_and_the_unions_above_it_but_not_below_or_beside(DatabaseProvider provider)
    {
        var app = apps[provider];
        // The member's union is read from the member record on every request: the session from before approval sees it.
        var member = await Members.ActiveAsync(app, Sessions.NewPhone(), ResidentIds.New("330902"), "330902");

        var units = (await member.GetFromJsonAsync<Paged<OrgUnitResponse>>("/api/v1/org-units?pageSize=100", WireJson.Options, Ct))!.Items.Select(u => u.Code).ToList();

        units.ShouldBe(["ZJ", "ZJ-ZS", "ZJ-ZS-DH"], ignoreOrder: true);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_city_officer_sees_their_city_and_everything_below_it_but_nothing_above_or_beside(DatabaseProvider provider)
    {
        var app = apps[provider];
        var staff = await app.StaffClientAsync("ZJ-ZS");

        var units = (await staff.GetFromJsonAsync<Paged<OrgUnitResponse>>("/api/v1/org-units?pageSize=100", WireJson.Options, Ct))!.Items.Select(u => u.Code).ToList();

        units.ShouldBeSubsetOf(units.Where(code => code.StartsWith("ZJ-ZS", StringComparison.Ordinal)));
        units.ShouldContain("ZJ-ZS");
        units.ShouldContain("ZJ-ZS-HY");
    }
}
