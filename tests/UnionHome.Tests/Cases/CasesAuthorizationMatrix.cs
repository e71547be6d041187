using Microsoft.Extensions.DependencyInjection;
using System.Net.Http.Json;
using UnionHome.Platform.Administration;
using UnionHome.Platform.Data;
using UnionHome.Platform.Identity;
using UnionHome.Platform.Organization;
using UnionHome.Tests.Authorization;
using UnionHome.Tests.Infrastructure;

namespace UnionHome.Tests.Cases;

/// <summary>
/// Cases' endpoints and pages × every role × inside and outside the caller's subtree. Inside: a case of a member of
/// 定海区 (below 舟山市总工会); outside: one of a member of 白云区. Actions that change a case (escalate, resolve, ask,
/// assign, message) take a fresh one. Settings, pools and hotline calls are written for a union the matrix adds under
/// 舟山市总工会 (inside) or 白云区总工会 (outside), so that no other test's routing, deadlines or duty phone change.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class CasesAuthorizationMatrix(Apps apps)
{
    // One cell per caller, in the order of AuthorizationMatrix.Callers: "inside/outside" the caller's subtree.
    //                                                        anon     reg      member   liaison  staff    reviewer auditor  admin    volunt.  expert   station  merchant
    internal static readonly MatrixRow[] Rows =
    [
        new("POST /api/v1/cases",                            "401/401 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400"),
        new("GET /api/v1/me/cases",                          "401/401 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200"),
        new("GET /api/v1/cases/{id}",                        "401/401 404/404 404/404 404/404 200/404 200/404 200/404 200/200 404/404 404/404 404/404 404/404",
            async c => await c.SendAsync(c.Path(await CaseAsync(c))),
            NotFound: "case_not_found"),
        new("POST /api/v1/cases/{id}/messages",              "401/401 404/404 404/404 404/404 200/404 403/404 403/404 200/200 404/404 404/404 404/404 404/404",
            async c => await c.SendAsync(c.Path(await c.FreshAsync(inside => NewCaseAsync(c, inside))), new { text = "矩阵测试回复" }),
            NotFound: "case_not_found"),
        new("POST /api/v1/cases/{id}/rating",                "401/401 404/404 404/404 404/404 404/404 404/404 404/404 404/404 404/404 404/404 404/404 404/404",
            async c => await c.SendAsync(c.Path(await CaseAsync(c)), new { score = 5, comment = "矩阵测试评价" }),
            NotFound: "case_not_found"),
        new("POST /api/v1/cases/{id}/hand-back",             "401/401 404/404 404/404 404/404 404/404 404/404 404/404 404/404 404/404 404/404 404/404 404/404",
            async c => await c.SendAsync(c.Path(await CaseAsync(c)), new { text = "矩阵测试退回" })),
        new("POST /api/v1/cases/{id}/notes",                 "401/401 404/404 404/404 404/404 200/404 403/404 403/404 200/200 404/404 404/404 404/404 404/404",
            async c => await c.SendAsync(c.Path(await CaseAsync(c)), new { text = "矩阵测试记录" }),
            NotFound: "case_not_found"),
        new("GET /api/v1/staff/cases",                       "401/401 403/403 403/403 403/403 200/200 200/200 200/200 200/200 403/403 403/403 403/403 403/403"),
        new("POST /api/v1/staff/cases/{id}/assign",          "401/401 403/403 403/403 403/403 200/404 403/403 403/403 200/200 403/403 403/403 403/403 403/403",
            async c => { var f = await FixturesAsync(c); return await c.SendAsync(c.Path(await c.FreshAsync(inside => NewCaseAsync(c, inside))), new { poolMemberId = c.Inside ? f.InsidePoolMember : f.OutsidePoolMember }); },
            NotFound: "case_not_found"),
        new("POST /api/v1/staff/cases/{id}/escalate",        "401/401 403/403 403/403 403/403 200/404 403/403 403/403 200/200 403/403 403/403 403/403 403/403",
            async c => await c.SendAsync(c.Path(await c.FreshAsync(inside => NewCaseAsync(c, inside))), new { reason = "矩阵测试上报" }),
            NotFound: "case_not_found"),
        new("POST /api/v1/staff/cases/{id}/resolve",         "401/401 403/403 403/403 403/403 200/404 403/403 403/403 200/200 403/403 403/403 403/403 403/403",
            async c => await c.SendAsync(c.Path(await c.FreshAsync(inside => NewCaseAsync(c, inside))), new { resolution = "矩阵测试办结" }),
            NotFound: "case_not_found"),
        new("POST /api/v1/staff/cases/{id}/notes",           "401/401 403/403 403/403 403/403 200/404 403/403 403/403 200/200 403/403 403/403 403/403 403/403",
            async c => await c.SendAsync(c.Path(await CaseAsync(c)), new { text = "矩阵测试记录" }),
            NotFound: "case_not_found"),
        new("POST /api/v1/staff/cases/{id}/ask-member",      "401/401 403/403 403/403 403/403 200/404 403/403 403/403 200/200 403/403 403/403 403/403 403/403",
            async c => await c.SendAsync(c.Path(await c.FreshAsync(inside => NewCaseAsync(c, inside))), new { text = "请补充材料" }),
            NotFound: "case_not_found"),
        new("GET /api/v1/staff/pools",                       "401/401 403/403 403/403 403/403 200/200 200/200 200/200 200/200 403/403 403/403 403/403 403/403"),
        new("POST /api/v1/staff/pools",                      "401/401 403/403 403/403 403/403 201/404 403/403 403/403 201/201 403/403 403/403 403/403 403/403",
            async c => await c.SendAsync(c.Template, new { orgUnitId = await SettingsUnitAsync(c), name = "矩阵测试专家库", kind = "experts" }),
            NotFound: "org_unit_not_found"),
        new("POST /api/v1/staff/pools/{id}/members",         "401/401 403/403 403/403 403/403 200/404 403/403 403/403 200/200 403/403 403/403 403/403 403/403",
            async c => { var f = await FixturesAsync(c); var expert = (await c.App.NewStaffAsync(Roles.Expert, "ZJ-ZS")).UserId; return await c.SendAsync(c.Path(c.Inside ? f.InsidePool : f.OutsidePool), new { userId = expert, name = "矩阵测试专家" }); },
            NotFound: "pool_not_found"),
        new("POST /api/v1/staff/duty",                       "401/401 403/403 403/403 403/403 200/200 403/403 403/403 400/400 403/403 403/403 403/403 403/403"),
        new("GET /api/v1/staff/cases/stats",                 "401/401 403/403 403/403 403/403 200/200 200/200 200/200 200/200 403/403 403/403 403/403 403/403"),
        new("POST /api/v1/staff/hotline-calls",              "401/401 403/403 403/403 403/403 201/404 403/403 403/403 201/201 403/403 403/403 403/403 403/403",
            async c => await c.SendAsync(c.Template, new { orgUnitId = await SettingsUnitAsync(c), direction = "inbound", callerDescription = "矩阵测试来电人", category = "health", startedAt = c.App.Time.GetUtcNow().AddMinutes(-10), durationSeconds = 60, outcome = "矩阵测试来电" }),
            NotFound: "org_unit_not_found"),
        new("GET /api/v1/staff/hotline-calls",               "401/401 403/403 403/403 403/403 200/200 200/200 200/200 200/200 403/403 403/403 403/403 403/403"),
        new("GET /api/v1/staff/hotline-calls/stats",         "401/401 403/403 403/403 403/403 200/200 200/200 200/200 200/200 403/403 403/403 403/403 403/403"),
        new("GET /api/v1/staff/case-settings/sla-policies",  "401/401 403/403 403/403 403/403 200/200 200/200 200/200 200/200 403/403 403/403 403/403 403/403"),
        new("PUT /api/v1/staff/case-settings/sla-policies",  "401/401 403/403 403/403 403/403 200/404 403/403 403/403 200/200 403/403 403/403 403/403 403/403",
            async c => await c.SendAsync(c.Template, new { orgUnitId = await SettingsUnitAsync(c), urgency = "normal", firstResponseMinutes = 60, resolutionMinutes = 600 }),
            NotFound: "org_unit_not_found"),
        new("GET /api/v1/staff/case-settings/desks",         "401/401 403/403 403/403 403/403 200/200 200/200 200/200 200/200 403/403 403/403 403/403 403/403"),
        new("POST /api/v1/staff/case-settings/desks",        "401/401 403/403 403/403 403/403 201/404 403/403 403/403 201/201 403/403 403/403 403/403 403/403",
            async c => { var unit = await SettingsUnitAsync(c); return await c.SendAsync(c.Template, new { orgUnitId = unit, category = "legal", targetOrgUnitId = unit, deskName = "矩阵测试窗口" }); },
            NotFound: "org_unit_not_found"),
        new("PUT /api/v1/staff/case-settings/duty-phone",    "401/401 403/403 403/403 403/403 200/404 403/403 403/403 200/200 403/403 403/403 403/403 403/403",
            async c => await c.SendAsync(c.Template, new { orgUnitId = await SettingsUnitAsync(c), phone = Sessions.NewPhone() }),
            NotFound: "org_unit_not_found"),
        new("GET /hubs/console/negotiate",                   "401/401 403/403 403/403 403/403 405/405 405/405 405/405 405/405 403/403 403/403 403/403 403/403"),
        new("GET /hubs/console",                             "401/401 403/403 403/403 403/403 400/400 400/400 400/400 400/400 403/403 403/403 403/403 403/403"),
        new("GET /help",                                     "302/302 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200"),
        new("POST /help",                                    "302/302 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400"),
        new("GET /me/cases",                                 "302/302 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200"),
        new("POST /me/cases",                                "302/302 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400"),
        new("GET /me/cases/{id}",                            "302/302 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200"),
        new("POST /me/cases/{id}",                           "302/302 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400"),
        new("GET /help/worker",                              "200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200"),
        new("GET /console/hotline",                          "302/302 403/403 403/403 403/403 200/200 200/200 200/200 200/200 403/403 403/403 403/403 403/403"),
        new("POST /console/hotline",                         "302/302 403/403 403/403 403/403 400/400 400/400 400/400 400/400 403/403 403/403 403/403 403/403"),
        new("GET /console/case-stats",                       "302/302 403/403 403/403 403/403 200/200 200/200 200/200 200/200 403/403 403/403 403/403 403/403"),
        new("POST /console/case-stats",                      "302/302 403/403 403/403 403/403 400/400 400/400 400/400 400/400 403/403 403/403 403/403 403/403"),
        new("GET /console/cases",                            "302/302 403/403 403/403 403/403 200/200 200/200 200/200 200/200 200/200 200/200 403/403 403/403"),
        new("POST /console/cases",                           "302/302 403/403 403/403 403/403 400/400 400/400 400/400 400/400 400/400 400/400 403/403 403/403"),
        new("GET /console/cases/{id}",                       "302/302 403/403 403/403 403/403 200/200 200/200 200/200 200/200 200/200 200/200 403/403 403/403"),
        new("POST /console/cases/{id}",                      "302/302 403/403 403/403 403/403 400/400 400/400 400/400 400/400 400/400 400/400 403/403 403/403"),
    ];

    public static TheoryData<DatabaseProvider, string> Endpoints() => AuthorizationMatrix.TheoryRows(Rows);

    [Theory]
    [MemberData(nameof(Endpoints))]
    public Task Endpoint_answers_each_role_inside_and_outside_its_subtree_as_the_matrix_says(DatabaseProvider provider, string endpoint) =>
        AuthorizationMatrix.RunAsync(apps[provider], Rows, endpoint);

    private sealed record Fixtures(
        HttpClient InsideRequester, HttpClient OutsideRequester, Guid InsideCase, Guid OutsideCase, Guid InsideUnit, Guid OutsideUnit,
        Guid InsidePool, Guid OutsidePool, Guid InsidePoolMember, Guid OutsidePoolMember, string Expert);

    private sealed record PoolView(Guid Id, List<PoolMemberView> Members);

    private sealed record PoolMemberView(Guid Id);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<Fixtures> FixturesAsync(MatrixCall c) => c.World.FixtureAsync(async world =>
    {
        var app = world.App;
        var insideRequester = await Members.ActiveAsync(app, "330902");
        var outsideRequester = await Members.ActiveAsync(app, "520113");
        var insideUnit = await NewUnitAsync(app, "ZJ-ZS", "330900");
        var outsideUnit = await NewUnitAsync(app, "GZ-GY-BY", "520113");
        var (_, expert) = await app.NewStaffAsync(Roles.Expert, "ZJ-ZS");
        var insidePool = await NewPoolAsync(world, world.Zhoushan, expert);
        var outsidePool = await NewPoolAsync(world, world.Baiyun, expert);
        return new Fixtures(
            insideRequester, outsideRequester,
            (await new MemberApi(insideRequester).FileCaseAsync()).Id, (await new MemberApi(outsideRequester).FileCaseAsync()).Id,
            insideUnit, outsideUnit, insidePool.Id, outsidePool.Id, insidePool.Members[0].Id, outsidePool.Members[0].Id, expert);
    });

    private static async Task<Guid> CaseAsync(MatrixCall c)
    {
        var fixtures = await FixturesAsync(c);
        return c.Inside ? fixtures.InsideCase : fixtures.OutsideCase;
    }

    /// <summary>A fresh legal case of the member of 定海区 (inside) or of 白云区 (outside), in their union's queue.</summary>
    private static async Task<Guid> NewCaseAsync(MatrixCall c, bool inside)
    {
        var fixtures = await FixturesAsync(c);
        return (await new MemberApi(inside ? fixtures.InsideRequester : fixtures.OutsideRequester).FileCaseAsync()).Id;
    }

    private static async Task<Guid> SettingsUnitAsync(MatrixCall c)
    {
        var fixtures = await FixturesAsync(c);
        return c.Inside ? fixtures.InsideUnit : fixtures.OutsideUnit;
    }

    /// <summary>A grassroots union of the matrix's own under the parent, with no members, cases or settings of any other test.</summary>
    private static Task<Guid> NewUnitAsync(UnionHomeApp app, string parent, string region) =>
        app.WithServices(async sp =>
        {
            var code = $"{parent}-MX{Guid.NewGuid():N}"[..24];
            var created = await sp.GetRequiredService<Accounts>().CreateOrgUnitAsync(code, "矩阵测试工会", OrgUnitKind.GrassrootsUnion, region, parent, null, Ct);
            created.Succeeded.ShouldBeTrue(created.Error?.Message);
            return created.Value.Id;
        });

    /// <summary>An expert pool of the union with the expert in it.</summary>
    private static async Task<PoolView> NewPoolAsync(MatrixWorld world, Guid union, string expert)
    {
        var pool = await world.Admin.PostAsJsonAsync("/api/v1/staff/pools", new { orgUnitId = union, name = "矩阵测试专家库", kind = "experts" }, Ct);
        pool.EnsureSuccessStatusCode();
        var id = (await pool.Content.ReadFromJsonAsync<PoolView>(Ct))!.Id;
        var added = await world.Admin.PostAsJsonAsync($"/api/v1/staff/pools/{id}/members", new { userId = expert, name = "矩阵测试专家" }, Ct);
        added.EnsureSuccessStatusCode();
        return (await added.Content.ReadFromJsonAsync<PoolView>(Ct))!;
    }
}
