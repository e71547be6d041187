using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using UnionHome.Cases.Filing;
using UnionHome.Cases.Queue;
using UnionHome.Cases.Sla;
using UnionHome.Platform.Data;
using UnionHome.Platform.Identity;
using UnionHome.Tests.Infrastructure;
using UnionHome.Tests.Membership;

namespace UnionHome.Tests.Cases;

[Collection(PlatformCollection.Name)]
public sealed class CaseSettingsAndClockTests(Apps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(nameof(Clocks.Thursday1000Beijing))]
    [InlineData(nameof(Clocks.SpringFestivalEve2000Beijing))]
    public async Task An_unanswered_case_climbs_level_by_level_to_the_top_and_stays_there(string instant)
    {
        await using var app = await apps.StartDedicatedAsync(DatabaseProvider.Sqlite, new() { ["Cases:SweepEnabled"] = "false" }, Clocks.Named(instant));
        var member = await Members.ActiveAsync(app, Sessions.NewPhone(), ResidentIds.New("330902"), "330902");
        var id = await FileAsync(member, "wage", "emergency");
        var sweeper = await app.WithServices(sp => Task.FromResult(sp.GetRequiredService<BreachSweeper>()));

        var units = new List<string>();
        for (var round = 0; round < 5; round++)
        {
            app.Time.Advance(TimeSpan.FromMinutes(31));
            await sweeper.SweepAsync(Ct);
            units.Add((await ViewAsync(app, id)).RoutedTo.Name);
        }

        units.ShouldBe(["舟山市总工会", "浙江省总工会", "浙江省总工会", "浙江省总工会", "浙江省总工会"]);
        var timeline = (await ViewAsync(app, id)).Timeline;
        timeline.Count(e => e.Kind == "escalated").ShouldBe(2);
    }

    [Theory]
    [InlineData(nameof(Clocks.Thursday1510Beijing))]
    [InlineData(nameof(Clocks.Thursday1720Beijing))]
    [InlineData(nameof(Clocks.WorkingSaturday1000Beijing))]
    public async Task A_staff_reply_stops_the_first_response_clock_so_the_case_is_not_escalated_for_it(string instant)
    {
        await using var app = await apps.StartDedicatedAsync(DatabaseProvider.Sqlite, new() { ["Cases:SweepEnabled"] = "false" }, Clocks.Named(instant));
        var member = await Members.ActiveAsync(app, Sessions.NewPhone(), ResidentIds.New("330902"), "330902");
        var id = await FileAsync(member, "legal", "emergency");
        var officer = await app.StaffClientAsync("ZJ-ZS-DH");
        (await officer.PostAsJsonAsync($"/api/v1/cases/{id}/messages", new { text = "收到，马上联系您。" }, Ct)).EnsureSuccessStatusCode();
        var sweeper = await app.WithServices(sp => Task.FromResult(sp.GetRequiredService<BreachSweeper>()));

        // Two hours is four times the emergency's 30 minutes; the demo's urgent cases may fall due in them and climb, this one must not.
        app.Time.Advance(TimeSpan.FromHours(2));
        await sweeper.SweepAsync(Ct);

        var view = await ViewAsync(app, id);
        (view.RoutedTo.Name, view.EscalationLevel).ShouldBe(("定海区总工会", 0));
        view.FirstRespondedAt.ShouldNotBeNull();
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_union_sets_its_own_targets_and_later_cases_are_held_to_them(DatabaseProvider provider)
    {
        var app = apps[provider];
        var officer = await app.StaffClientAsync("ZJ-ZS-DH");
        var dinghai = await EventsTestData.UnitIdAsync(app, "ZJ-ZS-DH");
        var set = await officer.PutAsJsonAsync("/api/v1/staff/case-settings/sla-policies", new { orgUnitId = dinghai, category = "hardship", urgency = "urgent", firstResponseMinutes = 10, resolutionMinutes = 600, clock = "allHours" }, Ct);
        set.StatusCode.ShouldBe(HttpStatusCode.OK);
        var member = await Members.ActiveAsync(app, Sessions.NewPhone(), ResidentIds.New("330902"), "330902");
        var before = app.Time.GetUtcNow().UtcDateTime;

        var filed = await (await member.PostAsJsonAsync("/api/v1/cases", new { category = "hardship", urgency = "urgent", description = "家中失火，急需帮助。", clientRequestId = Guid.NewGuid().ToString() }, Ct)).Content.ReadFromJsonAsync<CaseFiled>(Ct);

        (filed!.FirstResponseDueAt - before).ShouldBeInRange(TimeSpan.FromMinutes(9), TimeSpan.FromMinutes(11));
        var outside = await officer.PutAsJsonAsync("/api/v1/staff/case-settings/sla-policies", new { orgUnitId = await EventsTestData.UnitIdAsync(app, "GZ-GY-BY"), urgency = "urgent", firstResponseMinutes = 10, resolutionMinutes = 600 }, Ct);
        await outside.ShouldBeProblem(HttpStatusCode.NotFound, "org_unit_not_found");
    }

    private static async Task<Guid> FileAsync(HttpClient member, string category, string urgency) =>
        (await (await member.PostAsJsonAsync("/api/v1/cases", new { category, urgency, description = "测试求助内容", clientRequestId = Guid.NewGuid().ToString() }, Ct)).Content.ReadFromJsonAsync<CaseFiled>(Ct))!.Id;

    private static async Task<CaseView> ViewAsync(UnionHomeApp app, Guid id) =>
        (await (await app.StaffClientAsync(null, Roles.Admin)).GetFromJsonAsync<CaseView>($"/api/v1/cases/{id}", Ct))!;
}
