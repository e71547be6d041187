using Microsoft.Extensions.DependencyInjection;
using UnionHome.Platform.Administration;
using UnionHome.Platform.Data;
using UnionHome.Platform.Identity;
using UnionHome.Tests.Infrastructure;

namespace UnionHome.Tests.Authorization;

/// <summary>
/// The kernel's endpoints and the host's pages × every role × inside and outside the caller's subtree ("inside" users
/// are m.seafarer of 舟山市海员工会, "outside" m.guiyang in Guizhou). Pages accept the same bearer tokens as the API,
/// and are posted an empty form without its antiforgery token. Cells: see <see cref="AuthorizationMatrix"/>.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class PlatformAuthorizationMatrix(Apps apps)
{
    // One cell per caller, in the order of AuthorizationMatrix.Callers: "inside/outside" the caller's subtree.
    //                                               anon     reg      member   liaison  staff    reviewer auditor  admin    volunt.  expert   station  merchant
    internal static readonly MatrixRow[] Rows =
    [
        new("POST /api/v1/auth/sms-code",           "400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400"),
        new("POST /api/v1/auth/sms-login",          "400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400"),
        new("POST /api/v1/auth/staff-login",        "400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400"),
        new("POST /api/v1/auth/refresh",            "401/401 401/401 401/401 401/401 401/401 401/401 401/401 401/401 401/401 401/401 401/401 401/401"),
        // Logout ends every session of the account: each cell signs out an account of its own, never the matrix's callers.
        new("POST /api/v1/auth/logout",             "401/401 204/204 204/204 204/204 204/204 204/204 204/204 204/204 204/204 204/204 204/204 204/204",
            SignOutAFreshAccount),
        new("GET /api/v1/me",                       "401/401 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200"),
        new("GET /api/v1/me/inbox",                 "401/401 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200"),
        new("POST /api/v1/me/password",             "401/401 403/403 403/403 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400"),
        new("GET /api/v1/org-units",                "401/401 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200"),
        new("GET /api/v1/org-units/{id}",           "401/401 404/404 200/404 200/404 200/404 200/404 200/404 200/200 200/404 200/404 200/404 200/404"),
        new("GET /api/v1/org-units/{id}/children",  "401/401 404/404 200/404 200/404 200/404 200/404 200/404 200/200 200/404 200/404 200/404 200/404"),
        new("GET /api/v1/regions/{code}",           "200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200"),
        new("GET /api/v1/regions/{code}/children",  "200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200"),
        new("GET /api/v1/users",                    "401/401 403/403 403/403 403/403 200/200 200/200 200/200 200/200 403/403 403/403 403/403 403/403"),
        new("GET /api/v1/users/{id}/phone",         "401/401 403/403 403/403 403/403 200/404 200/404 200/404 200/200 403/403 403/403 403/403 403/403",
            c => c.SendAsync(c.Path(c.Inside ? c.World.InsideUser : c.World.OutsideUser))),
        new("POST /api/v1/users/{id}/totp-enrolment-link", "401/401 403/403 403/403 403/403 403/403 403/403 403/403 400/400 403/403 403/403 403/403 403/403",
            c => c.SendAsync(c.Path(c.Inside ? c.World.InsideUser : c.World.OutsideUser))),
        new("PUT /api/v1/users/{id}/org-unit",      "401/401 403/403 403/403 403/403 403/403 403/403 403/403 204/204 403/403 403/403 403/403 403/403",
            async c => await c.SendAsync(c.Path(await FreshUserAsync(c)), new { orgUnitId = c.Unit })),
        new("PUT /api/v1/users/{id}/roles",         "401/401 403/403 403/403 403/403 403/403 403/403 403/403 200/200 403/403 403/403 403/403 403/403",
            async c => await c.SendAsync(c.Path(await FreshUserAsync(c)), new { roles = new[] { Roles.Member } })),
        new("POST /api/v1/users/{id}/disable",      "401/401 403/403 403/403 403/403 403/403 403/403 403/403 204/204 403/403 403/403 403/403 403/403",
            async c => await c.SendAsync(c.Path(await FreshUserAsync(c)))),
        new("POST /api/v1/users/{id}/enable",       "401/401 403/403 403/403 403/403 403/403 403/403 403/403 204/204 403/403 403/403 403/403 403/403",
            async c => await c.SendAsync(c.Path(await FreshUserAsync(c)))),
        new("GET /api/v1/dev/sms-outbox",           "200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200"),
        new("GET /api/v1/admin/sms-outbox",         "401/401 403/403 403/403 403/403 403/403 403/403 403/403 200/200 403/403 403/403 403/403 403/403"),
        new("GET /",                                "200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200"),
        new("GET /login",                           "200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200"),
        new("GET /staff/login",                     "200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200"),
        new("GET /staff/enrol",                     "200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200"),
        new("GET /staff/password",                  "302/302 403/403 403/403 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200"),
        new("GET /me",                              "302/302 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200"),
        new("GET /console",                         "302/302 403/403 403/403 403/403 200/200 200/200 200/200 200/200 403/403 403/403 403/403 403/403"),
        new("GET /console/org-units",               "302/302 403/403 403/403 403/403 200/200 200/200 200/200 200/200 403/403 403/403 403/403 403/403"),
        new("GET /console/users",                   "302/302 403/403 403/403 403/403 200/200 200/200 200/200 200/200 403/403 403/403 403/403 403/403"),
        new("GET /console/audit",                   "302/302 403/403 403/403 403/403 403/403 403/403 200/200 200/200 403/403 403/403 403/403 403/403"),
        new("GET /console/sms-outbox",              "302/302 403/403 403/403 403/403 403/403 403/403 403/403 200/200 403/403 403/403 403/403 403/403"),
        new("GET /healthz",                         "200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200"),
        new("GET /readyz",                          "200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200"),
        new("GET /openapi/{documentName}.json",     "200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200"),
        new("GET /api-docs/{documentName}",         "200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200"),
        new("GET /culture",                         "302/302 302/302 302/302 302/302 302/302 302/302 302/302 302/302 302/302 302/302 302/302 302/302"),
        new("POST /",                               "400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400"),
        new("POST /login",                          "400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400"),
        new("POST /staff/login",                    "400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400"),
        new("POST /staff/enrol",                    "400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400"),
        new("POST /staff/password",                 "302/302 403/403 403/403 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400"),
        new("POST /me",                             "302/302 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400"),
        new("POST /console",                        "302/302 403/403 403/403 403/403 400/400 400/400 400/400 400/400 403/403 403/403 403/403 403/403"),
        new("POST /console/org-units",              "302/302 403/403 403/403 403/403 400/400 400/400 400/400 400/400 403/403 403/403 403/403 403/403"),
        new("POST /console/users",                  "302/302 403/403 403/403 403/403 400/400 400/400 400/400 400/400 403/403 403/403 403/403 403/403"),
        new("POST /console/audit",                  "302/302 403/403 403/403 403/403 403/403 403/403 400/400 400/400 403/403 403/403 403/403 403/403"),
        new("POST /console/sms-outbox",             "302/302 403/403 403/403 403/403 403/403 403/403 403/403 400/400 403/403 403/403 403/403 403/403"),
        new("POST /account/logout",                 "400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400"),
    ];

    /// <summary>An account of its own for an admin's cell (inside: 舟山市海员工会, outside: 白云区总工会), so the matrix's callers stay as they are.</summary>
    private static async Task<string> FreshUserAsync(MatrixCall c)
    {
        if (c.Caller != Roles.Admin)
        {
            return c.World.InsideUser;
        }

        var created = await c.App.WithServices(sp => sp.GetRequiredService<Accounts>().CreateUserAsync(
            new NewUser(Roles.Member, $"mx.{Guid.NewGuid():N}"[..24], null, Org: c.Inside ? "ZJ-ZS-HY" : "GZ-GY-BY"), CancellationToken.None));
        return created.Value.User.Id;
    }

    private static async Task<HttpResponseMessage> SignOutAFreshAccount(MatrixCall c)
    {
        var client = c.Anonymous ? c.App.Anonymous() : c.App.ClientWithToken(await c.App.MemberTokenAsync(Sessions.NewPhone()));
        return await client.PostAsync("/api/v1/auth/logout", null, TestContext.Current.CancellationToken);
    }

    public static TheoryData<DatabaseProvider, string> Endpoints() => AuthorizationMatrix.TheoryRows(Rows);

    [Theory]
    [MemberData(nameof(Endpoints))]
    public Task Endpoint_answers_each_role_inside_and_outside_its_subtree_as_the_matrix_says(DatabaseProvider provider, string endpoint) =>
        AuthorizationMatrix.RunAsync(apps[provider], Rows, endpoint);
}
