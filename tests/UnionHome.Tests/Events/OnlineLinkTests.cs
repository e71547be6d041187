using System.Net;
using System.Net.Http.Json;
using UnionHome.Platform.Data;
using UnionHome.Tests.Infrastructure;

namespace UnionHome.Tests.Events;

/// <summary>Issue 12, item 15: members are sent to an online session only over https.</summary>
[Collection(PlatformCollection.Name)]
public sealed class OnlineLinkTests(Apps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_online_session_link_that_is_not_https_is_refused(DatabaseProvider provider)
    {
        var app = apps[provider];
        var staff = await app.StaffClientAsync("ZJ");
        var now = app.Time.GetUtcNow();

        foreach (var link in new[] { "javascript:alert(1)", "http://meeting.example.cn/j/1", "data:text/html,hi", "meeting.example.cn/j/1" })
        {
            var response = await staff.PostAsJsonAsync("/api/v1/staff/events", new Dictionary<string, object?>
            {
                ["kind"] = "lecture",
                ["title"] = "线上法律讲座",
                ["organizerOrgUnitId"] = await EventsTestData.UnitIdAsync(app, "ZJ"),
                ["mode"] = "firstCome",
                ["registrationOpensAt"] = now.AddHours(-1),
                ["registrationClosesAt"] = now.AddDays(6),
                ["sessions"] = new[] { new { startsAt = now.AddDays(7), endsAt = now.AddDays(7).AddHours(2), place = "", onlineUrl = link, capacity = 10 } },
            }, Ct);

            await response.ShouldBeProblem(HttpStatusCode.BadRequest, "session_online_url");
        }
    }
}
