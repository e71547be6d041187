using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UnionHome.Platform.Data;
using UnionHome.Platform.Identity;
using UnionHome.Tests.Infrastructure;

namespace UnionHome.Tests.Authorization;

/// <summary>
/// Every API endpoint × every role × a target inside and outside the caller's part of the tree.
/// Callers with a union sit at 舟山市总工会 (members at 舟山市海员工会 below it); "outside" is 白云区总工会 in Guizhou.
/// The liaison works for 舟山远洋渔业 (inside); its union is 舟山市海员工会.
/// Adding an endpoint without a row here fails <see cref="Every_api_endpoint_has_a_row_in_the_matrix"/>.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class PlatformAuthorizationMatrix(Apps apps)
{
    private static readonly string[] Callers =
        ["anonymous", "registered", Roles.Member, Roles.EnterpriseLiaison, Roles.UnionStaff, Roles.Reviewer, Roles.Auditor, Roles.Admin, Roles.Volunteer, Roles.Expert, Roles.StationOperator, Roles.Merchant];

    // Each cell is "inside/outside". Column order is the order of Callers above.
    //                                                     anon     reg      member   liaison  staff    reviewer auditor  admin    volunt.  expert   station  merchant
    private static readonly Dictionary<string, string> Matrix = new()
    {
        ["POST /api/v1/auth/sms-code"] =                  "400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400",
        ["POST /api/v1/auth/sms-login"] =                 "400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400",
        ["POST /api/v1/auth/staff-login"] =               "400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400",
        ["GET /api/v1/me"] =                              "401/401 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200",
        ["GET /api/v1/me/inbox"] =                        "401/401 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200",
        ["GET /api/v1/org-units"] =                       "401/401 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200",
        ["GET /api/v1/org-units/{id}"] =                  "401/401 404/404 200/404 200/404 200/404 200/404 200/404 200/200 200/404 200/404 200/404 200/404",
        ["GET /api/v1/org-units/{id}/children"] =         "401/401 404/404 200/404 200/404 200/404 200/404 200/404 200/200 200/404 200/404 200/404 200/404",
        ["GET /api/v1/regions/{code}"] =                  "200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200",
        ["GET /api/v1/regions/{code}/children"] =         "200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200",
        ["GET /api/v1/users"] =                           "401/401 403/403 403/403 403/403 200/200 200/200 200/200 200/200 403/403 403/403 403/403 403/403",
        ["GET /api/v1/users/{id}/phone"] =                "401/401 403/403 403/403 403/403 200/404 200/404 200/404 200/200 403/403 403/403 403/403 403/403",
        ["GET /api/v1/dev/sms-outbox"] =                  "200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200",
        ["GET /api/v1/admin/sms-outbox"] =                "401/401 403/403 403/403 403/403 403/403 403/403 403/403 200/200 403/403 403/403 403/403 403/403",

        // Membership. Applications inside are routed to 定海区 (330902), outside to 白云区 (520113).
        ["POST /api/v1/membership/applications"] =        "401/401 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400",
        ["GET /api/v1/me/membership"] =                   "401/401 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200",
        ["GET /api/v1/me/card"] =                         "401/401 404/404 404/404 404/404 404/404 404/404 404/404 404/404 404/404 404/404 404/404 404/404",
        ["GET /api/v1/staff/applications"] =              "401/401 403/403 403/403 403/403 200/200 200/200 200/200 200/200 403/403 403/403 403/403 403/403",
        ["POST /api/v1/staff/applications/{id}/approve"] ="401/401 403/403 403/403 403/403 200/404 403/403 403/403 200/200 403/403 403/403 403/403 403/403",
        ["POST /api/v1/staff/applications/{id}/reject"] = "401/401 403/403 403/403 403/403 200/404 403/403 403/403 200/200 403/403 403/403 403/403 403/403",
        ["POST /api/v1/staff/applications/{id}/reroute"] ="401/401 403/403 403/403 403/403 200/404 403/403 403/403 200/200 403/403 403/403 403/403 403/403",
        ["POST /api/v1/staff/applications/bulk-approve"] ="401/401 403/403 403/403 403/403 200/200 403/403 403/403 200/200 403/403 403/403 403/403 403/403",
        ["POST /api/v1/staff/applications/bulk-reject"] = "401/401 403/403 403/403 403/403 200/200 403/403 403/403 200/200 403/403 403/403 403/403 403/403",
        ["POST /api/v1/cards/verify"] =                   "401/401 403/403 403/403 403/403 403/403 403/403 403/403 200/200 403/403 403/403 200/200 200/200",
        ["GET /api/v1/cards/public-key"] =                "200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200",

        // Transfers. Inside: into 舟山市海员工会; outside: into 白云区总工会.
        ["POST /api/v1/me/membership/transfers"] =        "401/401 404/404 404/404 404/404 404/404 404/404 404/404 404/404 404/404 404/404 404/404 404/404",
        ["GET /api/v1/me/membership/history"] =           "401/401 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200",
        ["GET /api/v1/staff/transfers"] =                 "401/401 403/403 403/403 403/403 200/200 200/200 200/200 200/200 403/403 403/403 403/403 403/403",
        ["POST /api/v1/staff/transfers/{id}/approve"] =   "401/401 403/403 403/403 403/403 200/404 403/403 403/403 200/200 403/403 403/403 403/403 403/403",
        ["POST /api/v1/staff/transfers/{id}/reject"] =    "401/401 403/403 403/403 403/403 200/404 403/403 403/403 200/200 403/403 403/403 403/403 403/403",

        // My data (PIPL). Deletion requests inside: a member of 定海区总工会; outside: a member of 白云区总工会.
        ["GET /api/v1/me/data-export"] =                  "401/401 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200",
        ["POST /api/v1/me/phone"] =                       "401/401 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400",
        ["POST /api/v1/me/deletion-request"] =            "401/401 201/409 201/409 201/409 201/409 201/409 201/409 201/409 201/409 201/409 201/409 201/409",
        ["GET /api/v1/staff/deletion-requests"] =         "401/401 403/403 403/403 403/403 200/200 200/200 200/200 200/200 403/403 403/403 403/403 403/403",
        ["POST /api/v1/staff/deletion-requests/{id}/process"] = "401/401 403/403 403/403 403/403 200/404 403/403 403/403 200/200 403/403 403/403 403/403 403/403",

        // Roster import. Inside: 舟山远洋渔业 (its union is 舟山市海员工会); outside: 贵阳白云同城配送 (no union, in Guizhou).
        // The matrix's liaison works for 舟山远洋渔业. Reviewers and auditors see the enterprise but may not upload.
        ["GET /api/v1/enterprises/{id}/roster-template"] = "401/401 404/404 404/404 200/404 200/404 200/404 200/404 200/200 404/404 404/404 404/404 404/404",
        ["POST /api/v1/enterprises/{id}/roster-imports"] = "401/401 404/404 404/404 400/404 400/404 403/404 403/404 400/400 404/404 404/404 404/404 404/404",
        ["GET /api/v1/roster-imports/{id}"] =             "401/401 404/404 404/404 200/404 200/404 200/404 200/404 200/200 404/404 404/404 404/404 404/404",
        ["GET /api/v1/roster-imports/{id}/report"] =      "401/401 404/404 404/404 200/404 200/404 200/404 200/404 200/200 404/404 404/404 404/404 404/404",

        // Enterprise members. Same enterprises as the roster rows.
        ["GET /api/v1/enterprises/{id}/members"] =        "401/401 404/404 404/404 200/404 200/404 200/404 200/404 200/200 404/404 404/404 404/404 404/404",

        // Events. Inside: organised by 舟山市总工会; outside: by 白云区总工会. Publishing takes a fresh draft each call.
        // The matrix's callers hold roles but no membership, so a booking body without a request id is refused first.
        // Booking ids belong to a real member, so every other caller is told there is no such booking.
        ["POST /api/v1/staff/events"] =                   "401/401 403/403 403/403 403/403 400/400 403/403 403/403 400/400 403/403 403/403 403/403 403/403",
        ["GET /api/v1/staff/events"] =                    "401/401 403/403 403/403 403/403 200/200 200/200 200/200 200/200 403/403 403/403 403/403 403/403",
        ["GET /api/v1/staff/events/{id}"] =               "401/401 403/403 403/403 403/403 200/404 200/404 200/404 200/200 403/403 403/403 403/403 403/403",
        ["POST /api/v1/staff/events/{id}/publish"] =      "401/401 403/403 403/403 403/403 200/404 403/403 403/403 200/200 403/403 403/403 403/403 403/403",
        // Lotteries: a commit takes a fresh lottery still open for entries, a draw a fresh one committed and closed.
        ["POST /api/v1/staff/events/{id}/lottery/commit"] = "401/401 403/403 403/403 403/403 200/404 403/403 403/403 200/200 403/403 403/403 403/403 403/403",
        ["POST /api/v1/staff/events/{id}/lottery/draw"] = "401/401 403/403 403/403 403/403 200/404 403/403 403/403 200/200 403/403 403/403 403/403 403/403",
        ["GET /api/v1/events/{id}/lottery"] =             "200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200",
        ["GET /api/v1/events"] =                          "200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200",
        ["GET /api/v1/events/{id}"] =                     "200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200",
        ["POST /api/v1/events/{id}/sessions/{sessionId}/bookings"] = "401/401 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400",
        ["GET /api/v1/me/bookings"] =                     "401/401 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200",
        ["DELETE /api/v1/bookings/{id}"] =                "401/401 404/404 404/404 404/404 404/404 404/404 404/404 404/404 404/404 404/404 404/404 404/404",
        ["POST /api/v1/bookings/{id}/accept-offer"] =     "401/401 404/404 404/404 404/404 404/404 404/404 404/404 404/404 404/404 404/404 404/404 404/404",
        ["POST /api/v1/bookings/{id}/feedback"] =         "401/401 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400",
        ["GET /api/v1/bookings/{id}/calendar.ics"] =      "401/401 404/404 404/404 404/404 404/404 404/404 404/404 404/404 404/404 404/404 404/404 404/404",
        ["GET /api/v1/staff/events/{id}/sessions/{sessionId}/attendance"] = "401/401 403/403 403/403 403/403 200/404 200/404 200/404 200/200 403/403 403/403 403/403 403/403",

        // Check-in. The token is a member's booking QR code for a session on now, inside of an event of 舟山市总工会,
        // outside of 白云区总工会. The first scan records it; every later one answers 200 with alreadyCheckedIn.
        ["POST /api/v1/staff/bookings/check-in"] =        "401/401 403/403 403/403 403/403 200/404 403/403 403/403 200/200 403/403 403/403 403/403 403/403",

        // Menus and session requests. Menu items inside are 舟山市总工会's, outside 白云区总工会's; enterprises as in the
        // roster rows; requests inside ask 舟山市总工会 for 舟山远洋渔业, outside 白云区总工会 for 贵阳白云同城配送.
        // Deactivating, scheduling and declining each take a fresh item or request. An empty request body names no item.
        ["POST /api/v1/staff/menu-items"] =               "401/401 403/403 403/403 403/403 201/404 403/403 403/403 201/201 403/403 403/403 403/403 403/403",
        ["GET /api/v1/staff/menu-items"] =                "401/401 403/403 403/403 403/403 200/200 200/200 200/200 200/200 403/403 403/403 403/403 403/403",
        ["POST /api/v1/staff/menu-items/{id}/deactivate"] = "401/401 403/403 403/403 403/403 200/404 403/403 403/403 200/200 403/403 403/403 403/403 403/403",
        ["GET /api/v1/enterprises/{id}/menu"] =           "401/401 404/404 404/404 200/404 200/404 200/404 200/404 200/200 404/404 404/404 404/404 404/404",
        ["POST /api/v1/enterprises/{id}/session-requests"] = "401/401 404/404 404/404 400/404 400/404 403/404 403/404 400/400 404/404 404/404 404/404 404/404",
        ["GET /api/v1/enterprises/{id}/session-requests"] = "401/401 404/404 404/404 200/404 200/404 200/404 200/404 200/200 404/404 404/404 404/404 404/404",
        ["GET /api/v1/staff/session-requests"] =          "401/401 403/403 403/403 403/403 200/200 200/200 200/200 200/200 403/403 403/403 403/403 403/403",
        ["POST /api/v1/staff/session-requests/{id}/schedule"] = "401/401 403/403 403/403 403/403 200/404 403/403 403/403 200/200 403/403 403/403 403/403 403/403",
        ["POST /api/v1/staff/session-requests/{id}/decline"] = "401/401 403/403 403/403 403/403 200/404 403/403 403/403 200/200 403/403 403/403 403/403 403/403",

        // Recuperation bases. Inside: for 舟山市总工会; outside: for 白云区总工会.
        ["POST /api/v1/staff/recuperation-bases"] =       "401/401 403/403 403/403 403/403 201/404 403/403 403/403 201/201 403/403 403/403 403/403 403/403",
        ["GET /api/v1/recuperation-bases"] =              "401/401 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200",

        // Cases. Inside: a case of a member of 定海区 (below 舟山市总工会); outside: one of a member of 白云区.
        // Bodies are empty, so an action whose input is checked first answers 400 to whoever may call it.
        ["POST /api/v1/cases"] =                          "401/401 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400",
        ["GET /api/v1/me/cases"] =                        "401/401 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200",
        ["GET /api/v1/cases/{id}"] =                      "401/401 404/404 404/404 404/404 200/404 200/404 200/404 200/200 404/404 404/404 404/404 404/404",
        ["POST /api/v1/cases/{id}/messages"] =            "401/401 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400",
        ["POST /api/v1/cases/{id}/rating"] =              "401/401 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400",
        ["POST /api/v1/cases/{id}/hand-back"] =           "401/401 404/404 404/404 404/404 404/404 404/404 404/404 404/404 404/404 404/404 404/404 404/404",
        ["POST /api/v1/cases/{id}/notes"] =               "401/401 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400",
        ["GET /api/v1/staff/cases"] =                     "401/401 403/403 403/403 403/403 200/200 200/200 200/200 200/200 403/403 403/403 403/403 403/403",
        ["POST /api/v1/staff/cases/{id}/assign"] =        "401/401 403/403 403/403 403/403 404/404 403/403 403/403 404/404 403/403 403/403 403/403 403/403",
        ["POST /api/v1/staff/cases/{id}/escalate"] =      "401/401 403/403 403/403 403/403 400/400 403/403 403/403 400/400 403/403 403/403 403/403 403/403",
        ["POST /api/v1/staff/cases/{id}/resolve"] =       "401/401 403/403 403/403 403/403 400/400 403/403 403/403 400/400 403/403 403/403 403/403 403/403",
        ["POST /api/v1/staff/cases/{id}/notes"] =         "401/401 403/403 403/403 403/403 400/400 403/403 403/403 400/400 403/403 403/403 403/403 403/403",
        ["POST /api/v1/staff/cases/{id}/ask-member"] =    "401/401 403/403 403/403 403/403 400/400 403/403 403/403 400/400 403/403 403/403 403/403 403/403",
        ["GET /api/v1/staff/pools"] =                     "401/401 403/403 403/403 403/403 200/200 200/200 200/200 200/200 403/403 403/403 403/403 403/403",
        ["POST /api/v1/staff/pools"] =                    "401/401 403/403 403/403 403/403 404/404 403/403 403/403 404/404 403/403 403/403 403/403 403/403",
        ["POST /api/v1/staff/pools/{id}/members"] =       "401/401 403/403 403/403 403/403 404/404 403/403 403/403 404/404 403/403 403/403 403/403 403/403",
        ["POST /api/v1/staff/duty"] =                     "401/401 403/403 403/403 403/403 200/200 403/403 403/403 400/400 403/403 403/403 403/403 403/403",
        ["GET /api/v1/staff/cases/stats"] =               "401/401 403/403 403/403 403/403 200/200 200/200 200/200 200/200 403/403 403/403 403/403 403/403",
        ["POST /api/v1/staff/hotline-calls"] =            "401/401 403/403 403/403 403/403 400/404 403/403 403/403 400/400 403/403 403/403 403/403 403/403",
        ["GET /api/v1/staff/hotline-calls"] =             "401/401 403/403 403/403 403/403 200/200 200/200 200/200 200/200 403/403 403/403 403/403 403/403",
        ["GET /api/v1/staff/hotline-calls/stats"] =       "401/401 403/403 403/403 403/403 200/200 200/200 200/200 200/200 403/403 403/403 403/403 403/403",
        ["GET /api/v1/staff/case-settings/sla-policies"] = "401/401 403/403 403/403 403/403 200/200 200/200 200/200 200/200 403/403 403/403 403/403 403/403",
        ["PUT /api/v1/staff/case-settings/sla-policies"] = "401/401 403/403 403/403 403/403 404/404 403/403 403/403 400/400 403/403 403/403 403/403 403/403",
        ["GET /api/v1/staff/case-settings/desks"] =       "401/401 403/403 403/403 403/403 200/200 200/200 200/200 200/200 403/403 403/403 403/403 403/403",
        ["POST /api/v1/staff/case-settings/desks"] =      "401/401 403/403 403/403 403/403 404/404 403/403 403/403 404/404 403/403 403/403 403/403 403/403",
        ["PUT /api/v1/staff/case-settings/duty-phone"] =  "401/401 403/403 403/403 403/403 404/404 403/403 403/403 404/404 403/403 403/403 403/403 403/403",
        ["GET /hubs/console/negotiate"] =                 "401/401 403/403 403/403 403/403 405/405 405/405 405/405 405/405 403/403 403/403 403/403 403/403",
        ["GET /hubs/console"] =                           "401/401 403/403 403/403 403/403 400/400 400/400 400/400 400/400 403/403 403/403 403/403 403/403",

        // Pages and the host's own endpoints. Pages accept the same bearer tokens as the API.
        ["GET /"] =                                       "200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200",
        ["GET /login"] =                                  "200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200",
        ["GET /staff/login"] =                            "200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200",
        ["GET /me"] =                                     "302/302 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200",
        ["GET /console"] =                                "302/302 403/403 403/403 403/403 200/200 200/200 200/200 200/200 403/403 403/403 403/403 403/403",
        ["GET /console/org-units"] =                      "302/302 403/403 403/403 403/403 200/200 200/200 200/200 200/200 403/403 403/403 403/403 403/403",
        ["GET /console/users"] =                          "302/302 403/403 403/403 403/403 200/200 200/200 200/200 200/200 403/403 403/403 403/403 403/403",
        ["GET /console/audit"] =                          "302/302 403/403 403/403 403/403 403/403 403/403 200/200 200/200 403/403 403/403 403/403 403/403",
        ["GET /console/sms-outbox"] =                     "302/302 403/403 403/403 403/403 403/403 403/403 403/403 200/200 403/403 403/403 403/403 403/403",
        ["GET /join"] =                                   "302/302 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200",
        ["POST /join"] =                                  "302/302 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400",
        ["GET /me/card"] =                                "302/302 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200",
        ["POST /me/card"] =                               "302/302 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400",
        ["GET /console/applications"] =                   "302/302 403/403 403/403 403/403 200/200 200/200 200/200 200/200 403/403 403/403 403/403 403/403",
        ["POST /console/applications"] =                  "302/302 403/403 403/403 403/403 400/400 400/400 400/400 400/400 403/403 403/403 403/403 403/403",
        ["GET /enterprise/roster"] =                      "302/302 403/403 403/403 200/200 403/403 403/403 403/403 403/403 403/403 403/403 403/403 403/403",
        ["POST /enterprise/roster"] =                     "302/302 403/403 403/403 400/400 403/403 403/403 403/403 403/403 403/403 403/403 403/403 403/403",
        ["GET /enterprise/members"] =                     "302/302 403/403 403/403 200/200 403/403 403/403 403/403 403/403 403/403 403/403 403/403 403/403",
        ["POST /enterprise/members"] =                    "302/302 403/403 403/403 400/400 403/403 403/403 403/403 403/403 403/403 403/403 403/403 403/403",
        ["GET /console/transfers"] =                      "302/302 403/403 403/403 403/403 200/200 200/200 200/200 200/200 403/403 403/403 403/403 403/403",
        ["POST /console/transfers"] =                     "302/302 403/403 403/403 403/403 400/400 400/400 400/400 400/400 403/403 403/403 403/403 403/403",
        ["GET /console/deletion-requests"] =              "302/302 403/403 403/403 403/403 200/200 200/200 200/200 200/200 403/403 403/403 403/403 403/403",
        ["POST /console/deletion-requests"] =             "302/302 403/403 403/403 403/403 400/400 400/400 400/400 400/400 403/403 403/403 403/403 403/403",
        ["GET /console/check-in"] =                       "302/302 403/403 403/403 403/403 200/200 403/403 403/403 200/200 403/403 403/403 403/403 403/403",
        ["POST /console/check-in"] =                      "302/302 403/403 403/403 403/403 400/400 403/403 403/403 400/400 403/403 403/403 403/403 403/403",
        ["GET /me/data"] =                                "302/302 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200",
        ["POST /me/data"] =                               "302/302 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400",
        ["GET /events"] =                                 "200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200",
        ["POST /events"] =                                "400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400",
        ["GET /events/{id}"] =                            "200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200",
        ["POST /events/{id}"] =                           "400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400",
        ["GET /me/bookings"] =                            "302/302 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200",
        ["POST /me/bookings"] =                           "302/302 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400",
        ["GET /help"] =                                   "302/302 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200",
        ["POST /help"] =                                  "302/302 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400",
        ["GET /me/cases"] =                               "302/302 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200",
        ["POST /me/cases"] =                              "302/302 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400",
        ["GET /me/cases/{id}"] =                          "302/302 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200",
        ["POST /me/cases/{id}"] =                         "302/302 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400",
        ["GET /help/worker"] =                            "200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200",
        ["GET /console/events"] =                         "302/302 403/403 403/403 403/403 200/200 200/200 200/200 200/200 403/403 403/403 403/403 403/403",
        ["POST /console/events"] =                        "302/302 403/403 403/403 403/403 400/400 400/400 400/400 400/400 403/403 403/403 403/403 403/403",
        ["GET /console/events/{id}"] =                    "302/302 403/403 403/403 403/403 200/200 200/200 200/200 200/200 403/403 403/403 403/403 403/403",
        ["POST /console/events/{id}"] =                   "302/302 403/403 403/403 403/403 400/400 400/400 400/400 400/400 403/403 403/403 403/403 403/403",
        ["GET /enterprise/session-requests"] =            "302/302 403/403 403/403 200/200 403/403 403/403 403/403 403/403 403/403 403/403 403/403 403/403",
        ["POST /enterprise/session-requests"] =           "302/302 403/403 403/403 400/400 403/403 403/403 403/403 403/403 403/403 403/403 403/403 403/403",
        ["GET /console/hotline"] =                        "302/302 403/403 403/403 403/403 200/200 200/200 200/200 200/200 403/403 403/403 403/403 403/403",
        ["POST /console/hotline"] =                       "302/302 403/403 403/403 403/403 400/400 400/400 400/400 400/400 403/403 403/403 403/403 403/403",
        ["GET /console/case-stats"] =                     "302/302 403/403 403/403 403/403 200/200 200/200 200/200 200/200 403/403 403/403 403/403 403/403",
        ["POST /console/case-stats"] =                    "302/302 403/403 403/403 403/403 400/400 400/400 400/400 400/400 403/403 403/403 403/403 403/403",
        ["GET /console/session-requests"] =               "302/302 403/403 403/403 403/403 200/200 200/200 200/200 200/200 403/403 403/403 403/403 403/403",
        ["POST /console/session-requests"] =              "302/302 403/403 403/403 403/403 400/400 400/400 400/400 400/400 403/403 403/403 403/403 403/403",
        ["GET /healthz"] =                                "200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200",
        ["GET /readyz"] =                                 "200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200",
        ["GET /openapi/{documentName}.json"] =            "200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200",
        ["GET /api-docs/{documentName}"] =                "200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200 200/200",
        ["GET /culture"] =                                "302/302 302/302 302/302 302/302 302/302 302/302 302/302 302/302 302/302 302/302 302/302 302/302",
        ["POST /"] =                                      "400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400",
        ["POST /login"] =                                 "400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400",
        ["POST /staff/login"] =                           "400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400",
        ["POST /me"] =                                    "302/302 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400",
        // Help requests: staff of the tree, and the experts and volunteers cases are assigned to (who see only those).
        // Outside, the case page answers 200 with "not found" for anyone it is not theirs.
        ["GET /console/cases"] =                          "302/302 403/403 403/403 403/403 200/200 200/200 200/200 200/200 200/200 200/200 403/403 403/403",
        ["POST /console/cases"] =                         "302/302 403/403 403/403 403/403 400/400 400/400 400/400 400/400 400/400 400/400 403/403 403/403",
        ["GET /console/cases/{id}"] =                     "302/302 403/403 403/403 403/403 200/200 200/200 200/200 200/200 200/200 200/200 403/403 403/403",
        ["POST /console/cases/{id}"] =                    "302/302 403/403 403/403 403/403 400/400 400/400 400/400 400/400 400/400 400/400 403/403 403/403",
        ["POST /console"] =                               "302/302 403/403 403/403 403/403 400/400 400/400 400/400 400/400 403/403 403/403 403/403 403/403",
        ["POST /console/org-units"] =                     "302/302 403/403 403/403 403/403 400/400 400/400 400/400 400/400 403/403 403/403 403/403 403/403",
        ["POST /console/users"] =                         "302/302 403/403 403/403 403/403 400/400 400/400 400/400 400/400 403/403 403/403 403/403 403/403",
        ["POST /console/audit"] =                         "302/302 403/403 403/403 403/403 403/403 403/403 400/400 400/400 403/403 403/403 403/403 403/403",
        ["POST /console/sms-outbox"] =                    "302/302 403/403 403/403 403/403 403/403 403/403 403/403 400/400 403/403 403/403 403/403 403/403",
        ["POST /account/logout"] =                        "400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400 400/400",
    };

    private static readonly Dictionary<UnionHomeApp, Task<World>> Worlds = [];

    public static TheoryData<DatabaseProvider, string> Rows()
    {
        var rows = new TheoryData<DatabaseProvider, string>();
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.Postgres })
        {
            foreach (var endpoint in Matrix.Keys)
            {
                rows.Add(provider, endpoint);
            }
        }

        return rows;
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task Endpoint_answers_each_role_inside_and_outside_its_subtree_as_the_matrix_says(DatabaseProvider provider, string endpoint)
    {
        var app = apps[provider];
        var world = await WorldOf(app);
        var expected = Matrix[endpoint].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var failures = new List<string>();

        for (var i = 0; i < Callers.Length; i++)
        {
            var caller = Callers[i];
            var cells = expected[i].Split('/');
            foreach (var (where, cell) in new[] { ("inside", cells[0]), ("outside", cells[1]) })
            {
                var status = await world.CallAsync(endpoint, caller, inside: where == "inside");
                if ((int)status != int.Parse(cell, System.Globalization.CultureInfo.InvariantCulture))
                {
                    failures.Add($"{caller} {where}: expected {cell}, got {(int)status}");
                }
            }
        }

        failures.ShouldBeEmpty($"{endpoint} on {provider}");
    }

    [Fact]
    public void Every_api_endpoint_has_a_row_in_the_matrix()
    {
        var mapped = apps[DatabaseProvider.Sqlite].Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => IsOurs(e.RoutePattern.RawText ?? ""))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => $"{m} {Normalize(e.RoutePattern.RawText!)}"))
            .ToHashSet();

        mapped.Except(Matrix.Keys).ShouldBeEmpty("endpoints without a row in the authorization matrix");
        Matrix.Keys.Except(mapped).ShouldBeEmpty("rows for endpoints that no longer exist");
    }

    private static string Normalize(string pattern)
    {
        var normalized = System.Text.RegularExpressions.Regex.Replace(pattern, @"\{(\w+)(:[^}?]+)?\??\}", "{$1}").TrimEnd('/');
        return normalized.StartsWith('/') ? normalized : "/" + normalized;
    }

    // Static files and the Blazor framework's own endpoints are not ours to authorize.
    private static bool IsOurs(string pattern) =>
        !pattern.TrimStart('/').StartsWith('_')
        && !pattern.Contains("{**path:file}", StringComparison.Ordinal)
        && !(pattern.Contains('.', StringComparison.Ordinal) && !pattern.Contains('{', StringComparison.Ordinal));

    private static Task<World> WorldOf(UnionHomeApp app)
    {
        lock (Worlds)
        {
            if (!Worlds.TryGetValue(app, out var world))
            {
                world = World.BuildAsync(app);
                Worlds[app] = world;
            }

            return world;
        }
    }

    private sealed class World
    {
        private readonly UnionHomeApp app;
        private readonly Dictionary<string, string?> tokens = [];
        private readonly Dictionary<string, Guid> ownUnit = [];
        private Guid zhoushan;
        private Guid baiyun;
        private string insideUser = "";
        private string outsideUser = "";
        private Guid seafarersUnion;
        private Guid insideEnterprise;
        private Guid outsideEnterprise;
        private Guid insideImport;
        private Guid outsideImport;
        private EventRef insideEvent = null!;
        private EventRef outsideEvent = null!;
        private EventRef insideLottery = null!;
        private EventRef outsideLottery = null!;
        private Guid someonesBooking;
        private Guid insideCase;
        private Guid outsideCase;
        private string insideDoorCode = "";
        private string outsideDoorCode = "";
        private Guid insideMenuItem;
        private Guid outsideMenuItem;

        private World(UnionHomeApp app) => this.app = app;

        public static async Task<World> BuildAsync(UnionHomeApp app)
        {
            var world = new World(app);
            await app.WithServices(async sp =>
            {
                var db = sp.GetRequiredService<AppDbContext>();
                world.zhoushan = await db.OrgUnits.Where(u => u.Code == "ZJ-ZS").Select(u => u.Id).SingleAsync();
                world.baiyun = await db.OrgUnits.Where(u => u.Code == "GZ-GY-BY").Select(u => u.Id).SingleAsync();
                var seafarersUnion = await db.OrgUnits.Where(u => u.Code == "ZJ-ZS-HY").Select(u => u.Id).SingleAsync();
                world.ownUnit[Roles.Member] = seafarersUnion;
                world.seafarersUnion = seafarersUnion;
                world.insideEnterprise = await db.Enterprises.Where(e => e.CreditCode == "91330900MA2A000035").Select(e => e.Id).SingleAsync();
                world.outsideEnterprise = await db.Enterprises.Where(e => e.CreditCode == "91520113MA6E000020").Select(e => e.Id).SingleAsync();
                world.insideUser = await db.Users.Where(u => u.UserName == "m.seafarer").Select(u => u.Id).SingleAsync();
                world.outsideUser = await db.Users.Where(u => u.UserName == "m.guiyang").Select(u => u.Id).SingleAsync();
                return 0;
            });

            world.tokens["anonymous"] = null;
            world.tokens["registered"] = await app.MemberTokenAsync(Sessions.NewPhone());
            foreach (var role in Callers.Skip(2))
            {
                var org = role == Roles.Admin ? null : role == Roles.Member ? "ZJ-ZS-HY" : "ZJ-ZS";
                var enterprise = role == Roles.EnterpriseLiaison ? "91330900MA2A000035" : null;
                world.tokens[role] = (await app.NewStaffAsync(role, org, enterprise)).Token;
            }

            var admin = app.ClientWithToken(world.tokens[Roles.Admin]!);
            world.insideImport = await UploadEmptyRosterAsync(admin, world.insideEnterprise);
            world.outsideImport = await UploadEmptyRosterAsync(admin, world.outsideEnterprise);
            world.insideCase = await world.NewCaseAsync(inside: true);
            world.outsideCase = await world.NewCaseAsync(inside: false);
            world.insideEvent = await world.NewEventAsync(inside: true, publish: true);
            world.outsideEvent = await world.NewEventAsync(inside: false, publish: true);
            world.insideLottery = await world.NewEventAsync(inside: true, publish: true, lottery: true);
            world.outsideLottery = await world.NewEventAsync(inside: false, publish: true, lottery: true);
            world.insideMenuItem = await world.NewMenuItemAsync(inside: true);
            world.outsideMenuItem = await world.NewMenuItemAsync(inside: false);
            var member = await EventsTestData.MemberAsync(app);
            var booked = await member.PostAsJsonAsync(
                $"/api/v1/events/{world.insideEvent.Id}/sessions/{world.insideEvent.SessionId}/bookings", new { clientRequestId = "matrix" }, TestContext.Current.CancellationToken);
            world.someonesBooking = (await booked.Content.ReadFromJsonAsync<UnionHome.Events.Bookings.BookingView>(TestContext.Current.CancellationToken))!.Id;
            world.insideDoorCode = await world.DoorCodeAsync(inside: true);
            world.outsideDoorCode = await world.DoorCodeAsync(inside: false);
            return world;
        }

        private sealed record EventRef(Guid Id, Guid SessionId);

        /// <summary>A request for help from a member of 定海区 (inside) or 白云区 (outside), in their union's queue.</summary>
        private async Task<Guid> NewCaseAsync(bool inside)
        {
            var region = inside ? "330902" : "520113";
            var member = await Members.ActiveAsync(app, Sessions.NewPhone(), ResidentIds.New(region), region);
            var response = await member.PostAsJsonAsync("/api/v1/cases", new { category = "legal", urgency = "normal", description = "矩阵测试求助", clientRequestId = "matrix" }, TestContext.Current.CancellationToken);
            return (await response.Content.ReadFromJsonAsync<UnionHome.Cases.Filing.CaseFiled>(TestContext.Current.CancellationToken))!.Id;
        }

        /// <summary>An event of 舟山市总工会 (inside) or 白云区总工会 (outside), open to its own subtree.</summary>
        private async Task<EventRef> NewEventAsync(bool inside, bool publish, bool lottery = false, TimeSpan? closesIn = null)
        {
            var admin = app.ClientWithToken(tokens[Roles.Admin]!);
            var now = app.Time!.GetUtcNow();
            var ct = TestContext.Current.CancellationToken;
            var response = await admin.PostAsJsonAsync("/api/v1/staff/events", new
            {
                kind = "lecture",
                title = "矩阵测试讲座",
                organizerOrgUnitId = inside ? zhoushan : baiyun,
                mode = lottery ? "lottery" : "firstCome",
                registrationOpensAt = now.AddHours(-1),
                registrationClosesAt = now + (closesIn ?? TimeSpan.FromDays(20)),
                sessions = new[] { new { startsAt = now.AddDays(21), endsAt = now.AddDays(21).AddHours(1), place = "职工之家", capacity = 50 } },
            }, ct);
            var created = (await response.Content.ReadFromJsonAsync<UnionHome.Events.Catalogue.EventView>(ct))!;
            if (publish)
            {
                (await admin.PostAsync($"/api/v1/staff/events/{created.Id}/publish", null, ct)).EnsureSuccessStatusCode();
            }

            return new EventRef(created.Id, created.Sessions[0].Id);
        }

        /// <summary>
        /// The booking QR code of a member of 定海区 (inside) or 白云区 (outside) for an event of their own part of the
        /// tree whose door is open; the session lasts weeks so that tests moving the shared clock do not close it.
        /// </summary>
        private async Task<string> DoorCodeAsync(bool inside)
        {
            var admin = app.ClientWithToken(tokens[Roles.Admin]!);
            var now = app.Time!.GetUtcNow();
            var ct = TestContext.Current.CancellationToken;
            var response = await admin.PostAsJsonAsync("/api/v1/staff/events", new
            {
                kind = "lecture",
                title = "矩阵测试签到",
                organizerOrgUnitId = inside ? zhoushan : baiyun,
                registrationOpensAt = now.AddHours(-1),
                registrationClosesAt = now.AddMinutes(30),
                sessions = new[] { new { startsAt = now.AddHours(1), endsAt = now.AddDays(60), place = "职工之家", capacity = 50 } },
            }, ct);
            var created = (await response.Content.ReadFromJsonAsync<UnionHome.Events.Catalogue.EventView>(ct))!;
            (await admin.PostAsync($"/api/v1/staff/events/{created.Id}/publish", null, ct)).EnsureSuccessStatusCode();
            var member = await EventsTestData.MemberAsync(app, inside ? "330902" : "520113");
            var booked = await member.PostAsJsonAsync($"/api/v1/events/{created.Id}/sessions/{created.Sessions[0].Id}/bookings", new { clientRequestId = "matrix-door" }, ct);
            return (await booked.Content.ReadFromJsonAsync<UnionHome.Events.Bookings.BookingView>(ct))!.CheckInToken!;
        }

        /// <summary>A published lottery whose seed hash the admin committed and whose registration has just closed.</summary>
        private async Task<EventRef> NewLotteryToDrawAsync(bool inside)
        {
            var e = await NewEventAsync(inside, publish: true, lottery: true, closesIn: TimeSpan.FromSeconds(2));
            var committed = await app.ClientWithToken(tokens[Roles.Admin]!).PostAsJsonAsync($"/api/v1/staff/events/{e.Id}/lottery/commit", new { }, TestContext.Current.CancellationToken);
            committed.EnsureSuccessStatusCode();
            app.Time!.Advance(TimeSpan.FromSeconds(3));
            return e;
        }

        /// <summary>A training on the menu of 舟山市总工会 (inside) or 白云区总工会 (outside).</summary>
        private async Task<Guid> NewMenuItemAsync(bool inside)
        {
            var admin = app.ClientWithToken(tokens[Roles.Admin]!);
            var response = await admin.PostAsJsonAsync("/api/v1/staff/menu-items", new { orgUnitId = inside ? zhoushan : baiyun, kind = "training", title = "矩阵测试培训" }, TestContext.Current.CancellationToken);
            return (await response.Content.ReadFromJsonAsync<UnionHome.Events.Requests.MenuItemView>(TestContext.Current.CancellationToken))!.Id;
        }

        /// <summary>A pending request of 舟山远洋渔业 to 舟山市总工会 (inside) or of 贵阳白云同城配送 to 白云区总工会 (outside), filed by an admin.</summary>
        private async Task<Guid> NewSessionRequestAsync(bool inside)
        {
            var admin = app.ClientWithToken(tokens[Roles.Admin]!);
            var response = await admin.PostAsJsonAsync(
                $"/api/v1/enterprises/{(inside ? insideEnterprise : outsideEnterprise)}/session-requests",
                new { menuItemId = inside ? insideMenuItem : outsideMenuItem, preferredDates = "下月", headcount = 20 },
                TestContext.Current.CancellationToken);
            return (await response.Content.ReadFromJsonAsync<UnionHome.Events.Requests.SessionRequestView>(TestContext.Current.CancellationToken))!.Id;
        }

        private static async Task<Guid> UploadEmptyRosterAsync(HttpClient admin, Guid enterprise)
        {
            using var stream = new MemoryStream();
            MiniExcelLibs.MiniExcel.SaveAs(stream, new[] { new Dictionary<string, object> { ["姓名"] = "", ["身份证号"] = "", ["手机号"] = "" } });
            var form = new MultipartFormDataContent { { new ByteArrayContent(stream.ToArray()), "file", "roster.xlsx" } };
            var response = await admin.PostAsync($"/api/v1/enterprises/{enterprise}/roster-imports", form, TestContext.Current.CancellationToken);
            return (await response.Content.ReadFromJsonAsync<UnionHome.Membership.Rosters.RosterImportAccepted>(TestContext.Current.CancellationToken))!.Id;
        }

        private async Task<Guid> NewDeletionRequestAsync(bool inside)
        {
            var member = await Members.ActiveAsync(app, Sessions.NewPhone(), ResidentIds.New(inside ? "330902" : "520113"), inside ? "330902" : "520113");
            var response = await member.PostAsJsonAsync("/api/v1/me/deletion-request", new { reason = "矩阵测试" }, TestContext.Current.CancellationToken);
            return (await response.Content.ReadFromJsonAsync<UnionHome.Membership.MyData.DeletionRequestSummary>(TestContext.Current.CancellationToken))!.Id;
        }

        /// <summary>A member of 定海区总工会 asking to move: inside into 舟山市海员工会, outside into 白云区总工会.</summary>
        private async Task<Guid> NewTransferAsync(bool inside)
        {
            var member = await Members.ActiveAsync(app);
            var response = await member.PostAsJsonAsync(
                "/api/v1/me/membership/transfers",
                new { enterpriseUscc = inside ? "91330900MA2A000035" : null, workRegionCode = inside ? "330902" : "520113" },
                TestContext.Current.CancellationToken);
            return (await response.Content.ReadFromJsonAsync<UnionHome.Membership.Transfers.TransferAccepted>(TestContext.Current.CancellationToken))!.Id;
        }

        /// <summary>A fresh pending application: inside is routed to 定海区总工会, outside to 白云区总工会.</summary>
        private async Task<Guid> NewApplicationAsync(bool inside)
        {
            var region = inside ? "330902" : "520113";
            var applicant = app.ClientWithToken(await app.MemberTokenAsync(Sessions.NewPhone()));
            var response = await applicant.PostAsJsonAsync(
                "/api/v1/membership/applications",
                new { name = "矩阵测试", idNumber = ResidentIds.New(region), workerType = "employee", workRegionCode = region },
                TestContext.Current.CancellationToken);
            return (await response.Content.ReadFromJsonAsync<UnionHome.Membership.Joining.ApplicationAccepted>(TestContext.Current.CancellationToken))!.Id;
        }

        private object ScheduleBody()
        {
            var starts = app.Time!.GetUtcNow().AddDays(5);
            return new { startsAt = starts, endsAt = starts.AddHours(2), place = "职工之家", capacity = 20 };
        }

        public async Task<HttpStatusCode> CallAsync(string endpoint, string caller, bool inside)
        {
            var token = tokens[caller];
            var client = token is null ? app.Anonymous() : app.ClientWithToken(token);
            var unit = inside ? ownUnit.GetValueOrDefault(caller, zhoushan) : baiyun;
            var (method, template) = (endpoint.Split(' ')[0], endpoint.Split(' ')[1]);
            var application = template.Contains("applications", StringComparison.Ordinal) && method == "POST" && template.Contains("staff", StringComparison.Ordinal)
                ? await NewApplicationAsync(inside)
                : Guid.Empty;
            var transfer = template.Contains("staff/transfers/{id}", StringComparison.Ordinal) && token is not null ? await NewTransferAsync(inside) : Guid.Empty;
            var deletion = template.Contains("deletion-requests/{id}", StringComparison.Ordinal) && token is not null ? await NewDeletionRequestAsync(inside) : Guid.Empty;
            var e = token is not null && template.Contains("/publish", StringComparison.Ordinal) ? await NewEventAsync(inside, publish: false)
                : token is not null && template.EndsWith("/lottery/commit", StringComparison.Ordinal) ? await NewEventAsync(inside, publish: true, lottery: true)
                : token is not null && template.EndsWith("/lottery/draw", StringComparison.Ordinal) ? await NewLotteryToDrawAsync(inside)
                : template.EndsWith("/lottery", StringComparison.Ordinal) ? inside ? insideLottery : outsideLottery
                : inside ? insideEvent : outsideEvent;
            var menuItem = template.Contains("menu-items/{id}", StringComparison.Ordinal) && token is not null ? await NewMenuItemAsync(inside) : Guid.Empty;
            var sessionRequest = template.Contains("session-requests/{id}", StringComparison.Ordinal) && token is not null ? await NewSessionRequestAsync(inside) : Guid.Empty;
            template = template.Replace("applications/{id}", $"applications/{application}", StringComparison.Ordinal)
                .Replace("transfers/{id}", $"transfers/{transfer}", StringComparison.Ordinal)
                .Replace("deletion-requests/{id}", $"deletion-requests/{deletion}", StringComparison.Ordinal)
                .Replace("menu-items/{id}", $"menu-items/{menuItem}", StringComparison.Ordinal)
                .Replace("session-requests/{id}", $"session-requests/{sessionRequest}", StringComparison.Ordinal)
                .Replace("enterprises/{id}", $"enterprises/{(inside ? insideEnterprise : outsideEnterprise)}", StringComparison.Ordinal)
                .Replace("roster-imports/{id}", $"roster-imports/{(inside ? insideImport : outsideImport)}", StringComparison.Ordinal)
                .Replace("events/{id}", $"events/{e.Id}", StringComparison.Ordinal)
                .Replace("sessions/{sessionId}", $"sessions/{e.SessionId}", StringComparison.Ordinal)
                .Replace("bookings/{id}", $"bookings/{someonesBooking}", StringComparison.Ordinal)
                .Replace("cases/{id}", $"cases/{(inside ? insideCase : outsideCase)}", StringComparison.Ordinal);
            object body = template.EndsWith("/reroute", StringComparison.Ordinal) ? new { orgUnitId = seafarersUnion, reason = "改派测试" }
                : template.Contains("bulk-", StringComparison.Ordinal) ? new { ids = new[] { application }, reason = "批量测试" }
                : template.EndsWith("/reject", StringComparison.Ordinal) ? new { reason = "驳回测试" }
                : template.EndsWith("/membership/transfers", StringComparison.Ordinal) ? new { workRegionCode = "520113" }
                : template.EndsWith("/check-in", StringComparison.Ordinal) && template.StartsWith("/api/", StringComparison.Ordinal) ? new { token = inside ? insideDoorCode : outsideDoorCode }
                : template.EndsWith("/decline", StringComparison.Ordinal) ? new { reason = "矩阵测试" }
                : template.EndsWith("/schedule", StringComparison.Ordinal) ? ScheduleBody()
                : template == "/api/v1/staff/menu-items" ? new { orgUnitId = unit, kind = "training", title = "矩阵测试培训" }
                : template == "/api/v1/staff/hotline-calls" ? new { orgUnitId = unit }
                : template == "/api/v1/staff/recuperation-bases" ? new { orgUnitId = unit, name = "矩阵测试基地", address = "矩阵测试地址", capacity = 50 }
                : new { };
            var path = template
                .Replace("{id}/phone", $"{(inside ? insideUser : outsideUser)}/phone", StringComparison.Ordinal)
                .Replace("{id}", unit.ToString(), StringComparison.Ordinal)
                .Replace("{code}", inside ? "330900" : "520113", StringComparison.Ordinal)
                .Replace("{documentName}", "v1", StringComparison.Ordinal);
            var ct = TestContext.Current.CancellationToken;
            // API endpoints get an empty JSON body; pages get an empty form without its antiforgery token.
            var response = method == "DELETE" ? await client.DeleteAsync(path, ct)
                : method == "PUT" ? await client.PutAsJsonAsync(path, body, ct)
                : method != "POST" ? await client.GetAsync(path, ct)
                : path.EndsWith("/roster-imports", StringComparison.Ordinal) ? await client.PostAsync(path, new MultipartFormDataContent { { new StringContent("x"), "note" } }, ct)
                : path.StartsWith("/api/", StringComparison.Ordinal) ? await client.PostAsJsonAsync(path, body, ct)
                : await client.PostAsync(path, new FormUrlEncodedContent([]), ct);
            return response.StatusCode;
        }
    }
}
