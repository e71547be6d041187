using System.Net.Http.Json;
using UnionHome.Platform.Api;
using UnionHome.Platform.Data;
using UnionHome.Platform.Identity;
using UnionHome.Tests.Infrastructure;

namespace UnionHome.Tests.Membership;

/// <summary>
/// Joining or moving a membership is about the member record; the unit an account's staff rights follow changes only
/// by an audited administration action (issue 12, item 1).
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class ApprovalKeepsAccountScopeTests(Apps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_officer_whose_membership_is_approved_at_a_province_union_keeps_their_district_scope_and_name(DatabaseProvider provider)
    {
        var app = apps[provider];
        var (userName, secret) = await app.CreateStaffWithAuthenticatorAsync("ZJ-ZS-DH");
        var officer = app.ClientWithToken(await app.StaffTokenAsync(userName, Sessions.StaffPassword, Sessions.TotpNow(app, secret)));
        var before = (await officer.GetFromJsonAsync<MeResponse>("/api/v1/me", Ct))!;
        var unitsBefore = await UnitCodesAsync(officer);
        var applied = await Members.ApplyAsync(app, new { name = "白云", idNumber = ResidentIds.New(), workerType = "employee", workRegionCode = "520000" }, officer);
        await new StaffApi(await app.StaffClientAsync(null, Roles.Admin)).ApproveApplicationAsync(applied.Id);

        app.Time.Advance(TimeSpan.FromSeconds(31));
        var again = app.ClientWithToken(await app.StaffTokenAsync(userName, Sessions.StaffPassword, Sessions.TotpNow(app, secret)));

        var me = (await again.GetFromJsonAsync<MeResponse>("/api/v1/me", Ct))!;
        me.OrgUnitId.ShouldBe(before.OrgUnitId);
        me.DisplayName.ShouldBe(before.DisplayName);
        (await UnitCodesAsync(again)).ShouldBe(unitsBefore, ignoreOrder: true);
        var membership = await again.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/me/membership", Ct);
        membership.GetProperty("status").GetString().ShouldBe("member");
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_member_without_staff_rights_still_sees_their_own_union_and_those_above(DatabaseProvider provider)
    {
        var app = apps[provider];
        var member = await Members.ActiveAsync(app, "330902");

        var units = await UnitCodesAsync(member);

        units.ShouldBe(["ZJ", "ZJ-ZS", "ZJ-ZS-DH"], ignoreOrder: true);
    }

    private static async Task<List<string>> UnitCodesAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<Paged<OrgUnitResponse>>("/api/v1/org-units?pageSize=100", WireJson.Options, Ct))!.Items.Select(u => u.Code).ToList();
}
