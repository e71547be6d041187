using System.Net.Http.Json;
using UnionHome.Platform.Data;
using UnionHome.Tests.Authorization;
using UnionHome.Tests.Infrastructure;

namespace UnionHome.Tests.Membership;

/// <summary>
/// Membership's endpoints and pages × every role × inside and outside the caller's subtree. Applications inside are
/// routed to 定海区总工会, outside to 白云区总工会; transfers go into 舟山市海员工会 (inside) or 白云区总工会 (outside);
/// deletion requests come from members of 定海区 or 白云区; rosters are 舟山远洋渔业's (inside, the matrix's liaison works
/// for it) or 贵阳白云同城配送's (outside). Approving, rejecting, rerouting and processing each take a fresh fixture.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class MembershipAuthorizationMatrix(Apps apps)
{
    // One cell per caller, in the order of AuthorizationMatrix.Callers: "inside/outside" the caller's subtree.
    //                                                             anon     reg      member   liaison  staff    reviewer auditor  admin    volunt.  expert   station  merchant
    internal static readonly MatrixRow[] Rows =
    [
        new("POST /api/v1/membership/applications",               "401/401 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400"),
        new("GET /api/v1/me/membership",                          "401/401 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200"),
        new("GET /api/v1/me/card",                                "401/401 404/404 404/404 404/404 404/404 404/404 404/404 404/404 404/404 404/404 404/404 404/404"),
        new("GET /api/v1/staff/applications",                     "401/401 403/403 403/403 403/403 200/200 200/200 200/200 200/200 403/403 403/403 403/403 403/403"),
        new("POST /api/v1/staff/applications/{id}/approve",       "401/401 403/403 403/403 403/403 200/404 403/403 403/403 200/200 403/403 403/403 403/403 403/403",
            async c => await c.SendAsync(c.Path(await c.FreshAsync(inside => NewApplicationAsync(c.World, inside))))),
        new("POST /api/v1/staff/applications/{id}/reject",        "401/401 403/403 403/403 403/403 200/404 403/403 403/403 200/200 403/403 403/403 403/403 403/403",
            async c => await c.SendAsync(c.Path(await c.FreshAsync(inside => NewApplicationAsync(c.World, inside))), new { reason = "驳回测试" })),
        new("POST /api/v1/staff/applications/{id}/reroute",       "401/401 403/403 403/403 403/403 200/404 403/403 403/403 200/200 403/403 403/403 403/403 403/403",
            async c => await c.SendAsync(c.Path(await c.FreshAsync(inside => NewApplicationAsync(c.World, inside))), new { orgUnitId = c.World.SeafarersUnion, reason = "改派测试" })),
        new("POST /api/v1/staff/applications/bulk-approve",       "401/401 403/403 403/403 403/403 200/200 403/403 403/403 200/200 403/403 403/403 403/403 403/403",
            async c => await c.SendAsync(c.Template, new { ids = new[] { await c.FreshAsync(inside => NewApplicationAsync(c.World, inside)) } })),
        new("POST /api/v1/staff/applications/bulk-reject",        "401/401 403/403 403/403 403/403 200/200 403/403 403/403 200/200 403/403 403/403 403/403 403/403",
            async c => await c.SendAsync(c.Template, new { ids = new[] { await c.FreshAsync(inside => NewApplicationAsync(c.World, inside)) }, reason = "批量测试" })),
        new("POST /api/v1/cards/verify",                          "401/401 403/403 403/403 403/403 403/403 403/403 403/403 200/200 403/403 403/403 200/200 200/200"),
        new("GET /api/v1/cards/public-key",                       "200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200"),
        new("POST /api/v1/me/membership/transfers",               "401/401 404/404 404/404 404/404 404/404 404/404 404/404 404/404 404/404 404/404 404/404 404/404",
            c => c.SendAsync(c.Template, new { workRegionCode = "520113" })),
        new("GET /api/v1/me/membership/history",                  "401/401 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200"),
        new("GET /api/v1/staff/transfers",                        "401/401 403/403 403/403 403/403 200/200 200/200 200/200 200/200 403/403 403/403 403/403 403/403"),
        new("POST /api/v1/staff/transfers/{id}/approve",          "401/401 403/403 403/403 403/403 200/404 403/403 403/403 200/200 403/403 403/403 403/403 403/403",
            async c => await c.SendAsync(c.Path(await c.FreshAsync(inside => NewTransferAsync(c.World, inside))))),
        new("POST /api/v1/staff/transfers/{id}/reject",           "401/401 403/403 403/403 403/403 200/404 403/403 403/403 200/200 403/403 403/403 403/403 403/403",
            async c => await c.SendAsync(c.Path(await c.FreshAsync(inside => NewTransferAsync(c.World, inside))), new { reason = "驳回测试" })),
        new("GET /api/v1/me/data-export",                         "401/401 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200"),
        new("POST /api/v1/me/phone",                              "401/401 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400"),
        new("POST /api/v1/me/deletion-request",                   "401/401 201/409 201/409 201/409 201/409 201/409 201/409 201/409 201/409 201/409 201/409 201/409"),
        new("GET /api/v1/staff/deletion-requests",                "401/401 403/403 403/403 403/403 200/200 200/200 200/200 200/200 403/403 403/403 403/403 403/403"),
        new("GET /api/v1/staff/deletion-requests/{id}/preview",   "401/401 403/403 403/403 403/403 200/404 200/404 200/404 200/200 403/403 403/403 403/403 403/403",
            async c => await c.SendAsync(c.Path(await c.FreshAsync(inside => NewDeletionRequestAsync(c.World, inside))))),
        new("POST /api/v1/staff/deletion-requests/{id}/process",  "401/401 403/403 403/403 403/403 200/404 403/403 403/403 200/200 403/403 403/403 403/403 403/403",
            async c => await c.SendAsync(c.Path(await c.FreshAsync(inside => NewDeletionRequestAsync(c.World, inside))))),
        new("GET /api/v1/enterprises/{id}/roster-template",       "401/401 404/404 404/404 200/404 200/404 200/404 200/404 200/200 404/404 404/404 404/404 404/404",
            c => c.SendAsync(c.Path(c.Enterprise))),
        new("POST /api/v1/enterprises/{id}/roster-imports",       "401/401 404/404 404/404 202/404 202/404 403/404 403/404 202/202 404/404 404/404 404/404 404/404",
            c => Rosters.UploadAsync(c.Client, c.Enterprise, EmptyRoster()),
            NotFound: "enterprise_not_found"),
        new("GET /api/v1/roster-imports/{id}",                    "401/401 404/404 404/404 200/404 200/404 200/404 200/404 200/200 404/404 404/404 404/404 404/404",
            async c => await c.SendAsync(c.Path(await ImportAsync(c)))),
        new("GET /api/v1/roster-imports/{id}/report",             "401/401 404/404 404/404 200/404 200/404 200/404 200/404 200/200 404/404 404/404 404/404 404/404",
            async c => await c.SendAsync(c.Path(await ImportAsync(c)))),
        new("GET /api/v1/enterprises/{id}/members",               "401/401 404/404 404/404 200/404 200/404 200/404 200/404 200/200 404/404 404/404 404/404 404/404",
            c => c.SendAsync(c.Path(c.Enterprise))),
        new("GET /join",                                          "302/302 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200"),
        new("POST /join",                                         "302/302 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400"),
        new("GET /me/card",                                       "302/302 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200"),
        new("POST /me/card",                                      "302/302 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400"),
        new("GET /console/applications",                          "302/302 403/403 403/403 403/403 200/200 200/200 200/200 200/200 403/403 403/403 403/403 403/403"),
        new("POST /console/applications",                         "302/302 403/403 403/403 403/403 400/400 400/400 400/400 400/400 403/403 403/403 403/403 403/403"),
        new("GET /enterprise/roster",                             "302/302 403/403 403/403 200/200 403/403 403/403 403/403 403/403 403/403 403/403 403/403 403/403"),
        new("POST /enterprise/roster",                            "302/302 403/403 403/403 400/400 403/403 403/403 403/403 403/403 403/403 403/403 403/403 403/403"),
        new("GET /enterprise/members",                            "302/302 403/403 403/403 200/200 403/403 403/403 403/403 403/403 403/403 403/403 403/403 403/403"),
        new("POST /enterprise/members",                           "302/302 403/403 403/403 400/400 403/403 403/403 403/403 403/403 403/403 403/403 403/403 403/403"),
        new("GET /console/transfers",                             "302/302 403/403 403/403 403/403 200/200 200/200 200/200 200/200 403/403 403/403 403/403 403/403"),
        new("POST /console/transfers",                            "302/302 403/403 403/403 403/403 400/400 400/400 400/400 400/400 403/403 403/403 403/403 403/403"),
        new("GET /console/deletion-requests",                     "302/302 403/403 403/403 403/403 200/200 200/200 200/200 200/200 403/403 403/403 403/403 403/403"),
        new("POST /console/deletion-requests",                    "302/302 403/403 403/403 403/403 400/400 400/400 400/400 400/400 403/403 403/403 403/403 403/403"),
        new("GET /me/data",                                       "302/302 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200"),
        new("POST /me/data",                                      "302/302 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400"),
    ];

    public static TheoryData<DatabaseProvider, string> Endpoints() => AuthorizationMatrix.TheoryRows(Rows);

    [Theory]
    [MemberData(nameof(Endpoints))]
    public Task Endpoint_answers_each_role_inside_and_outside_its_subtree_as_the_matrix_says(DatabaseProvider provider, string endpoint) =>
        AuthorizationMatrix.RunAsync(apps[provider], Rows, endpoint);

    private sealed record Imports(Guid Inside, Guid Outside);

    private static async Task<Guid> ImportAsync(MatrixCall c)
    {
        var imports = await c.World.FixtureAsync(async world => new Imports(
            await UploadedAsync(world.Admin, world.InsideEnterprise), await UploadedAsync(world.Admin, world.OutsideEnterprise)));
        return c.Inside ? imports.Inside : imports.Outside;
    }

    private static async Task<Guid> UploadedAsync(HttpClient admin, Guid enterprise)
    {
        var response = await Rosters.UploadAsync(admin, enterprise, EmptyRoster());
        return (await response.Content.ReadFromJsonAsync<UnionHome.Membership.Rosters.RosterImportAccepted>(TestContext.Current.CancellationToken))!.Id;
    }

    /// <summary>A roster whose one row is blank: accepted for import, it adds no worker to the enterprise.</summary>
    private static byte[] EmptyRoster() => Rosters.Workbook(["姓名", "身份证号", "手机号"], ["", "", ""]);

    /// <summary>A fresh pending application: inside routed to 定海区总工会, outside to 白云区总工会.</summary>
    private static async Task<Guid> NewApplicationAsync(MatrixWorld world, bool inside)
    {
        var region = inside ? "330902" : "520113";
        var applied = await Members.ApplyAsync(world.App, new { name = "矩阵测试", idNumber = ResidentIds.New(region), workerType = "employee", workRegionCode = region });
        return applied.Id;
    }

    /// <summary>A member of 定海区总工会 asking to move: inside into 舟山市海员工会, outside into 白云区总工会.</summary>
    private static async Task<Guid> NewTransferAsync(MatrixWorld world, bool inside)
    {
        var member = await Members.ActiveAsync(world.App);
        var response = await member.PostAsJsonAsync(
            "/api/v1/me/membership/transfers",
            new { enterpriseUscc = inside ? RequestsTestData.FishingCompany : null, workRegionCode = inside ? "330902" : "520113" },
            TestContext.Current.CancellationToken);
        return (await response.Content.ReadFromJsonAsync<UnionHome.Membership.Transfers.TransferAccepted>(TestContext.Current.CancellationToken))!.Id;
    }

    /// <summary>A member of 定海区总工会 (inside) or 白云区总工会 (outside) asking to be erased.</summary>
    private static async Task<Guid> NewDeletionRequestAsync(MatrixWorld world, bool inside)
    {
        var member = await Members.ActiveAsync(world.App, inside ? "330902" : "520113");
        var response = await member.PostAsJsonAsync("/api/v1/me/deletion-request", new { reason = "矩阵测试" }, TestContext.Current.CancellationToken);
        return (await response.Content.ReadFromJsonAsync<UnionHome.Membership.MyData.DeletionRequestSummary>(TestContext.Current.CancellationToken))!.Id;
    }
}
