using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.SignalR.Client;
using UnionHome.Cases.Filing;
using UnionHome.Cases.Live;
using UnionHome.Platform.Api;
using UnionHome.Platform.Data;
using UnionHome.Platform.Identity;
using UnionHome.Tests.Infrastructure;
using UnionHome.Tests.Membership;

namespace UnionHome.Tests.ScaleOut;

/// <summary>Two nodes on one PostgreSQL database and one Redis, the way they run behind the load balancer.</summary>
[Collection(PlatformCollection.Name)]
public sealed class TwoNodeTests(Apps apps, RedisServer redis) : IClassFixture<RedisServer>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_case_filed_on_one_node_alerts_a_console_connected_to_the_other()
    {
        var shared = await apps.SharedByNodesAsync(redis.Connection);
        var clock = Clocks.Thursday1000Beijing();
        await using var nodeA = await apps.StartDedicatedAsync(DatabaseProvider.Postgres, shared, clock);
        // Node B dispatches no events: the alert can only come from node A's dispatcher, through Redis.
        await using var nodeB = await apps.StartDedicatedAsync(DatabaseProvider.Postgres, new(shared) { ["Outbox:Enabled"] = "false" }, clock);
        var member = await Members.ActiveAsync(nodeA, Sessions.NewPhone(), ResidentIds.New("330902"), "330902");
        var (officerToken, _) = await nodeA.NewStaffAsync(Roles.UnionStaff, "ZJ-ZS-DH");
        (await nodeB.ClientWithToken(officerToken).PostAsJsonAsync("/api/v1/staff/duty", new { onDuty = true }, Ct)).EnsureSuccessStatusCode();
        var alerts = new List<CaseAlert>();
        await using var console = nodeB.ConsoleHub(officerToken);
        console.On<CaseAlert>("caseOpened", alert => { lock (alerts) { alerts.Add(alert); } });
        await console.StartAsync(Ct);

        var filed = await member.PostAsJsonAsync("/api/v1/cases", NewUrgentCase(), Ct);

        filed.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await filed.Content.ReadFromJsonAsync<CaseFiled>(Ct))!.Id;
        await ConsoleHubs.WaitUntilAsync(() => { lock (alerts) { return alerts.Any(a => a.CaseId == id); } });
        alerts.Single(a => a.CaseId == id).Unit.ShouldBe("定海区总工会");
    }

    [Fact]
    public async Task A_bearer_token_issued_by_one_node_is_accepted_by_the_other()
    {
        var shared = await apps.SharedByNodesAsync(redis.Connection);
        var clock = Clocks.Thursday1000Beijing();
        await using var nodeA = await apps.StartDedicatedAsync(DatabaseProvider.Postgres, shared, clock);
        await using var nodeB = await apps.StartDedicatedAsync(DatabaseProvider.Postgres, shared, clock);
        var (memberToken, memberId) = await nodeA.NewStaffAsync(Roles.Member, null);
        var (officerToken, officerId) = await nodeA.NewStaffAsync(Roles.UnionStaff, "ZJ-ZS");

        var member = await nodeB.ClientWithToken(memberToken).GetFromJsonAsync<MeResponse>("/api/v1/me", Ct);
        var officer = await nodeB.ClientWithToken(officerToken).GetFromJsonAsync<MeResponse>("/api/v1/me", Ct);

        member!.UserId.ShouldBe(memberId);
        officer!.UserId.ShouldBe(officerId);
        (await nodeB.ClientWithToken(officerToken).PostAsJsonAsync("/api/v1/staff/duty", new { onDuty = true }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_console_sign_in_read_on_one_node_posts_to_the_other_and_its_cookie_opens_the_console_on_the_first()
    {
        var shared = await apps.SharedByNodesAsync(redis.Connection);
        var clock = Clocks.Thursday1000Beijing();
        await using var nodeA = await apps.StartDedicatedAsync(DatabaseProvider.Postgres, shared, clock);
        await using var nodeB = await apps.StartDedicatedAsync(DatabaseProvider.Postgres, shared, clock);
        var (userName, secret) = await nodeA.CreateStaffWithAuthenticatorAsync("ZJ-ZS");
        using var page = await nodeA.Anonymous().GetAsync("/staff/login", Ct);

        // The antiforgery cookie and token come from node A; node B checks them with the keys both read from the database.
        using var post = new HttpRequestMessage(HttpMethod.Post, "/staff/login")
        {
            Content = Browserless.StaffSignInForm(await page.Content.ReadAsStringAsync(Ct), userName, Sessions.StaffPassword, Sessions.TotpNow(nodeA, secret)),
        };
        post.Headers.Add("Cookie", CookiesOf(page));
        using var signedIn = await nodeB.Anonymous().SendAsync(post, Ct);
        using var console = new HttpRequestMessage(HttpMethod.Get, "/console");
        console.Headers.Add("Cookie", CookiesOf(signedIn));
        using var opened = await nodeA.Anonymous().SendAsync(console, Ct);

        signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        signedIn.Headers.Location!.ToString().ShouldEndWith("/console");
        opened.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static string CookiesOf(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));

    private static object NewUrgentCase() =>
        new { category = "psychological", urgency = "urgent", description = "出海两个月，夜里睡不着，心里很压抑。", clientRequestId = Guid.NewGuid().ToString(), location = new { lat = 29.98, lng = 122.2, datum = "wgs84" }, shipName = "浙岱渔03188" };
}
