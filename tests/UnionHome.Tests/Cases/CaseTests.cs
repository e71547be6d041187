using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UnionHome.Cases.Data;
using UnionHome.Cases.Filing;
using UnionHome.Cases.Live;
using UnionHome.Cases.Pools;
using UnionHome.Cases.Queue;
using UnionHome.Cases.Sla;
using UnionHome.Platform.Api;
using UnionHome.Platform.Data;
using UnionHome.Platform.Identity;
using UnionHome.Tests.Infrastructure;
using UnionHome.Tests.Membership;

namespace UnionHome.Tests.Cases;

[Collection(PlatformCollection.Name)]
public sealed class CaseTests(Apps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Filing_again_with_the_same_client_request_id_returns_the_first_case(DatabaseProvider provider)
    {
        var app = apps[provider];
        var member = await Members.ActiveAsync(app, Sessions.NewPhone(), ResidentIds.New("330902"), "330902");
        var body = NewCase("legal", "normal", "船东拖欠三个月工资，合同到期不给结算。");

        var first = await member.PostAsJsonAsync("/api/v1/cases", body, Ct);
        var again = await member.PostAsJsonAsync("/api/v1/cases", body, Ct);

        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        var (a, b) = ((await first.Content.ReadFromJsonAsync<CaseFiled>(Ct))!, (await again.Content.ReadFromJsonAsync<CaseFiled>(Ct))!);
        b.Id.ShouldBe(a.Id);
        a.RoutedTo.Name.ShouldBe("定海区总工会");
        a.Status.ShouldBe("open");
        (await member.GetFromJsonAsync<Paged<CaseSummary>>("/api/v1/me/cases", Ct))!.Items.Count(c => c.Id == a.Id).ShouldBe(1);
    }

    [Theory]
    [MemberData(nameof(Databases.BothAtSeveralInstants), MemberType = typeof(Databases))]
    public async Task A_case_is_filed_alerted_assigned_escalated_when_overdue_resolved_and_rated(DatabaseProvider provider, string instant)
    {
        // The sweeps run by hand below, two at once, standing in for two nodes.
        await using var app = await apps.StartDedicatedAsync(provider, new() { ["Cases:SweepEnabled"] = "false" }, Clocks.Named(instant));
        var member = await Members.ActiveAsync(app, Sessions.NewPhone(), ResidentIds.New("330902"), "330902");
        var (officerToken, _) = await app.NewStaffAsync(Roles.UnionStaff, "ZJ-ZS-DH");
        var officer = app.ClientWithToken(officerToken);
        (await officer.PostAsJsonAsync("/api/v1/staff/duty", new { onDuty = true }, Ct)).EnsureSuccessStatusCode();
        var alerts = new List<CaseAlert>();
        await using var console = app.ConsoleHub(officerToken);
        console.On<CaseAlert>("caseOpened", alert => { lock (alerts) { alerts.Add(alert); } });
        await console.StartAsync(Ct);

        var filed = await member.PostAsJsonAsync("/api/v1/cases", NewCase("psychological", "urgent", "出海两个月，夜里睡不着，心里很压抑。"), Ct);
        filed.StatusCode.ShouldBe(HttpStatusCode.Created);
        var filedCase = (await filed.Content.ReadFromJsonAsync<CaseFiled>(Ct))!;
        var id = filedCase.Id;
        await ConsoleHubs.WaitUntilAsync(() => { lock (alerts) { return alerts.Any(a => a.CaseId == id); } });
        await console.StopAsync(Ct);

        var expertAccount = await app.NewStaffAsync(Roles.Expert, null);
        var otherExpert = await app.NewStaffAsync(Roles.Expert, null);
        var (cityToken, _) = await app.NewStaffAsync(Roles.UnionStaff, "ZJ-ZS");
        var pool = await (await app.ClientWithToken(cityToken).PostAsJsonAsync("/api/v1/staff/pools", new { orgUnitId = await UnitAsync(app, "ZJ-ZS"), name = "舟山职工心理志愿者库", kind = "volunteers" }, Ct)).Content.ReadFromJsonAsync<PoolView>(Ct);
        pool = await (await app.ClientWithToken(cityToken).PostAsJsonAsync($"/api/v1/staff/pools/{pool!.Id}/members", new { userId = expertAccount.UserId, name = "心理咨询师 周宁", specialties = new[] { "心理咨询" } }, Ct)).Content.ReadFromJsonAsync<PoolView>(Ct);
        (await officer.PostAsJsonAsync($"/api/v1/staff/cases/{id}/assign", new { poolMemberId = pool!.Members[0].Id }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var expert = app.ClientWithToken(expertAccount.Token);
        (await expert.PostAsJsonAsync($"/api/v1/cases/{id}/notes", new { text = "已电话联系，情绪低落，建议三天后回访。" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await app.ClientWithToken(otherExpert.Token).GetAsync($"/api/v1/cases/{id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // Two working hours to answer, which from New Year's Eve is the Sunday worked after the holiday: move past the due time, not by a fixed span.
        app.Time.Advance(filedCase.FirstResponseDueAt - app.Time.GetUtcNow().UtcDateTime + TimeSpan.FromMinutes(1));
        // Staff tokens last half an hour: the officers come back with fresh ones.
        (officerToken, _) = await app.NewStaffAsync(Roles.UnionStaff, "ZJ-ZS-DH");
        officer = app.ClientWithToken(officerToken);
        (cityToken, _) = await app.NewStaffAsync(Roles.UnionStaff, "ZJ-ZS");
        var sweepers = await app.WithServices(sp => Task.FromResult(sp.GetRequiredService<BreachSweeper>()));
        var escalated = await Task.WhenAll(sweepers.SweepAsync(Ct), sweepers.SweepAsync(Ct));
        // The demo's urgent cases fell due with this one: each overdue case climbs once, however many sweeps race.
        var climbed = await app.WithServices(sp => sp.GetRequiredService<AppDbContext>().Set<HelpCase>().CountAsync(c => c.EscalationLevel > 0, Ct));
        escalated.Sum().ShouldBe(climbed);

        var (cityOfficer, _) = (app.ClientWithToken(cityToken), 0);
        var view = (await cityOfficer.GetFromJsonAsync<CaseView>($"/api/v1/cases/{id}", Ct))!;
        view.RoutedTo.Name.ShouldBe("舟山市总工会");
        view.EscalationLevel.ShouldBe(1);
        view.Timeline.ShouldContain(e => e.Kind == "escalated" && e.Text!.Contains("首次响应", StringComparison.Ordinal));
        (await officer.GetAsync($"/api/v1/cases/{id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        (await cityOfficer.PostAsJsonAsync($"/api/v1/cases/{id}/messages", new { text = "您好，我们已安排心理咨询师联系您。" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await cityOfficer.PostAsJsonAsync($"/api/v1/staff/cases/{id}/resolve", new { resolution = "已完成三次心理疏导，情况好转。" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var rated = await member.PostAsJsonAsync($"/api/v1/cases/{id}/rating", new { score = 5, comment = "谢谢你们" }, Ct);
        rated.StatusCode.ShouldBe(HttpStatusCode.OK);
        var mine = (await rated.Content.ReadFromJsonAsync<CaseView>(Ct))!;
        (mine.Status, mine.Rating).ShouldBe(("resolved", 5));
        mine.Timeline.ShouldNotContain(e => e.Internal);
        mine.Timeline.ShouldContain(e => e.Kind == "messageToMember");
    }

    [Fact]
    public async Task A_members_message_reopens_a_resolved_case()
    {
        var app = apps[DatabaseProvider.Sqlite];
        var member = await Members.ActiveAsync(app, Sessions.NewPhone(), ResidentIds.New("330902"), "330902");
        var officer = await app.StaffClientAsync("ZJ-ZS-DH");
        var id = (await (await member.PostAsJsonAsync("/api/v1/cases", NewCase("wage", "normal", "老板拖欠两个月工资。"), Ct)).Content.ReadFromJsonAsync<CaseFiled>(Ct))!.Id;
        (await officer.PostAsJsonAsync($"/api/v1/staff/cases/{id}/resolve", new { resolution = "已协调企业结清。" }, Ct)).EnsureSuccessStatusCode();

        var reply = await member.PostAsJsonAsync($"/api/v1/cases/{id}/messages", new { text = "只结清了一个月。" }, Ct);

        var view = (await reply.Content.ReadFromJsonAsync<CaseView>(Ct))!;
        view.Status.ShouldBe("inProgress");
        view.Timeline.Select(e => e.Kind).ShouldContain("reopened");
    }

    [Fact]
    public async Task Bad_input_is_refused_with_a_named_field()
    {
        var member = await Members.ActiveAsync(apps[DatabaseProvider.Sqlite], Sessions.NewPhone(), ResidentIds.New("330902"), "330902");

        await (await member.PostAsJsonAsync("/api/v1/cases", NewCase("cooking", "normal", "说明"), Ct)).ShouldBeProblem(HttpStatusCode.BadRequest, "invalid_category");
        await (await member.PostAsJsonAsync("/api/v1/cases", new { category = "medical", urgency = "normal", description = "胸口疼", clientRequestId = Guid.NewGuid().ToString(), images = new[] { new { data = Convert.ToBase64String("not an image"u8.ToArray()) } } }, Ct))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "image_not_allowed");
        await (await member.PostAsJsonAsync("/api/v1/cases", new { category = "medical", urgency = "normal", description = "胸口疼" }, Ct)).ShouldBeProblem(HttpStatusCode.BadRequest, "client_request_id_required");
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Staff_ask_the_member_and_wait_until_the_member_answers(DatabaseProvider provider)
    {
        var app = apps[provider];
        var member = await Members.ActiveAsync(app, Sessions.NewPhone(), ResidentIds.New("330902"), "330902");
        var filed = await member.PostAsJsonAsync("/api/v1/cases", NewCase("wage", "normal", "船东拖欠两个月工资。"), Ct);
        var id = (await filed.Content.ReadFromJsonAsync<CaseFiled>(Ct))!.Id;
        var officer = await app.StaffClientAsync("ZJ-ZS-DH");

        var asked = await officer.PostAsJsonAsync($"/api/v1/staff/cases/{id}/ask-member", new { text = "请提供劳动合同照片。" }, Ct);
        var waiting = (await asked.Content.ReadFromJsonAsync<CaseView>(Ct))!;
        (await member.PostAsJsonAsync($"/api/v1/cases/{id}/messages", new { text = "合同在船上，下周拍给您。" }, Ct)).EnsureSuccessStatusCode();
        var answered = (await officer.GetFromJsonAsync<CaseView>($"/api/v1/cases/{id}", Ct))!;

        waiting.Status.ShouldBe("waitingForMember");
        waiting.FirstRespondedAt.ShouldNotBeNull();
        waiting.Timeline.ShouldContain(e => e.Kind == "messageToMember" && e.Text == "请提供劳动合同照片。");
        answered.Status.ShouldBe("inProgress");
    }

    private static object NewCase(string category, string urgency, string description) =>
        new { category, urgency, description, clientRequestId = Guid.NewGuid().ToString(), location = new { lat = 29.98, lng = 122.2, datum = "wgs84" }, shipName = "浙岱渔03188" };

    private static Task<Guid> UnitAsync(UnionHomeApp app, string code) => EventsTestData.UnitIdAsync(app, code);
}
