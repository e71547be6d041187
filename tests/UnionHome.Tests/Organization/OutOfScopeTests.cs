using System.Net;
using System.Net.Http.Json;
using UnionHome.Platform.Data;
using UnionHome.Platform.Identity;
using UnionHome.Tests.Events;
using UnionHome.Tests.Infrastructure;

namespace UnionHome.Tests.Organization;

/// <summary>
/// A union outside the caller's subtree is answered the same way wherever it is named: 404 with the one stable code
/// org_unit_not_found, as if it did not exist.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class OutOfScopeTests(Apps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<DatabaseProvider, string> Endpoints()
    {
        var rows = new TheoryData<DatabaseProvider, string>();
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.Postgres })
        {
            foreach (var endpoint in new[]
                     {
                         "GET /api/v1/org-units/{unit}", "GET /api/v1/org-units/{unit}/children", "POST /api/v1/staff/events",
                         "POST /api/v1/staff/menu-items", "POST /api/v1/staff/recuperation-bases", "GET /api/v1/staff/cases/stats?orgUnitId={unit}",
                         "POST /api/v1/staff/hotline-calls", "POST /api/v1/staff/pools", "PUT /api/v1/staff/case-settings/sla-policies",
                         "POST /api/v1/staff/case-settings/desks", "PUT /api/v1/staff/case-settings/duty-phone",
                     })
            {
                rows.Add(provider, endpoint);
            }
        }

        return rows;
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task A_union_outside_the_officers_subtree_is_not_found_with_one_code(DatabaseProvider provider, string endpoint)
    {
        var app = apps[provider];
        var officer = await app.StaffClientAsync("ZJ-ZS");
        var baiyun = await EventsTestData.UnitIdAsync(app, "GZ-GY-BY");
        var (method, path) = (endpoint.Split(' ')[0], endpoint.Split(' ')[1].Replace("{unit}", baiyun.ToString(), StringComparison.Ordinal));
        // Every other field is valid, so that the union is what the answer is about.
        var body = new Dictionary<string, object?>
        {
            ["orgUnitId"] = baiyun,
            ["organizerOrgUnitId"] = baiyun,
            ["kind"] = path.EndsWith("/pools", StringComparison.Ordinal) ? "experts" : "training",
            ["title"] = "越权测试",
            ["name"] = "越权测试",
            ["address"] = "贵阳市白云区",
            ["capacity"] = 10,
            ["urgency"] = "normal",
            ["firstResponseMinutes"] = 60,
            ["resolutionMinutes"] = 600,
            ["category"] = "legal",
            ["deskName"] = "法律援助窗口",
            ["targetOrgUnitId"] = baiyun,
            ["phone"] = "13800138000",
        };

        var response = method switch
        {
            "GET" => await officer.GetAsync(path, Ct),
            "PUT" => await officer.PutAsJsonAsync(path, body, Ct),
            _ => await officer.PostAsJsonAsync(path, body, Ct),
        };

        await response.ShouldBeProblem(HttpStatusCode.NotFound, "org_unit_not_found");
    }
}
