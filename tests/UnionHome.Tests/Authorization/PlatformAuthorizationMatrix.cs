using UnionHome.Platform.Data;
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
        new("GET /api/v1/me",                       "401/401 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200"),
        new("GET /api/v1/me/inbox",                 "401/401 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200"),
        new("GET /api/v1/org-units",                "401/401 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200"),
        new("GET /api/v1/org-units/{id}",           "401/401 404/404 200/404 200/404 200/404 200/404 200/404 200/200 200/404 200/404 200/404 200/404"),
        new("GET /api/v1/org-units/{id}/children",  "401/401 404/404 200/404 200/404 200/404 200/404 200/404 200/200 200/404 200/404 200/404 200/404"),
        new("GET /api/v1/regions/{code}",           "200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200"),
        new("GET /api/v1/regions/{code}/children",  "200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200"),
        new("GET /api/v1/users",                    "401/401 403/403 403/403 403/403 200/200 200/200 200/200 200/200 403/403 403/403 403/403 403/403"),
        new("GET /api/v1/users/{id}/phone",         "401/401 403/403 403/403 403/403 200/404 200/404 200/404 200/200 403/403 403/403 403/403 403/403",
            c => c.SendAsync(c.Path(c.Inside ? c.World.InsideUser : c.World.OutsideUser))),
        new("GET /api/v1/dev/sms-outbox",           "200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200"),
        new("GET /api/v1/admin/sms-outbox",         "401/401 403/403 403/403 403/403 403/403 403/403 403/403 200/200 403/403 403/403 403/403 403/403"),
        new("GET /",                                "200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200"),
        new("GET /login",                           "200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200"),
        new("GET /staff/login",                     "200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200"),
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
        new("POST /me",                             "302/302 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400"),
        new("POST /console",                        "302/302 403/403 403/403 403/403 400/400 400/400 400/400 400/400 403/403 403/403 403/403 403/403"),
        new("POST /console/org-units",              "302/302 403/403 403/403 403/403 400/400 400/400 400/400 400/400 403/403 403/403 403/403 403/403"),
        new("POST /console/users",                  "302/302 403/403 403/403 403/403 400/400 400/400 400/400 400/400 403/403 403/403 403/403 403/403"),
        new("POST /console/audit",                  "302/302 403/403 403/403 403/403 403/403 403/403 400/400 400/400 403/403 403/403 403/403 403/403"),
        new("POST /console/sms-outbox",             "302/302 403/403 403/403 403/403 403/403 403/403 403/403 400/400 403/403 403/403 403/403 403/403"),
        new("POST /account/logout",                 "400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400"),
    ];

    public static TheoryData<DatabaseProvider, string> Endpoints() => AuthorizationMatrix.TheoryRows(Rows);

    [Theory]
    [MemberData(nameof(Endpoints))]
    public Task Endpoint_answers_each_role_inside_and_outside_its_subtree_as_the_matrix_says(DatabaseProvider provider, string endpoint) =>
        AuthorizationMatrix.RunAsync(apps[provider], Rows, endpoint);
}
