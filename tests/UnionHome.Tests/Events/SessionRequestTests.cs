using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UnionHome.Events.Catalogue;
using UnionHome.Events.Requests;
using UnionHome.Platform.Api;
using UnionHome.Platform.Data;
using UnionHome.Platform.Identity;
using UnionHome.Tests.Infrastructure;
using static UnionHome.TestSupport.RequestsTestData;

namespace UnionHome.Tests.Events;

/// <summary>"The enterprise orders from the menu, the union schedules it, and the session is the enterprise's own."</summary>
[Collection(PlatformCollection.Name)]
public sealed class SessionRequestTests(Apps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_scheduled_request_is_a_published_session_only_the_enterprises_members_may_book(DatabaseProvider provider)
    {
        var app = apps[provider];
        var zhoushan = await app.StaffClientAsync("ZJ-ZS");
        var item = await MenuItemAsync(zhoushan, await EventsTestData.UnitIdAsync(app, "ZJ-ZS"), "船舶消防安全培训");
        var enterprise = await EnterpriseIdAsync(app, FishingCompany);
        var liaison = await LiaisonAsync(app, FishingCompany);
        (await liaison.GetFromJsonAsync<Paged<MenuItemView>>($"/api/v1/enterprises/{enterprise}/menu?pageSize=100", Ct))!.Items.ShouldContain(i => i.Id == item.Id);

        var requested = await RequestAsync(liaison, enterprise, item.Id, headcount: 30);
        requested.Status.ShouldBe("pending");
        (await zhoushan.GetFromJsonAsync<Paged<SessionRequestView>>("/api/v1/staff/session-requests?pageSize=100", Ct))!.Items.ShouldContain(r => r.Id == requested.Id);

        var response = await zhoushan.PostAsJsonAsync($"/api/v1/staff/session-requests/{requested.Id}/schedule", Schedule(app), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        var scheduled = (await response.Content.ReadFromJsonAsync<SessionRequestView>(Ct))!;
        scheduled.Status.ShouldBe("scheduled");
        scheduled.Session.ShouldNotBeNull().Capacity.ShouldBe(30);
        var ownWorkerClient = await WorkerOfAsync(app, FishingCompany);
        var otherWorkerClient = await WorkerOfAsync(app, await NewEnterpriseAsync(app, "330902", "定海船舶修造有限公司"));
        var e = (await ownWorkerClient.GetFromJsonAsync<EventView>($"/api/v1/events/{scheduled.Session.EventId}", Ct))!;
        (e.Kind, e.Status, e.OrganizerName, e.ReservedForEnterpriseId).ShouldBe(("training", "published", "舟山市总工会", (Guid?)enterprise));
        e.Title.ShouldBe("船舶消防安全培训（舟山远洋渔业有限公司专场）");

        var ownWorker = await EventsTestData.BookAsync(ownWorkerClient, e);
        var otherWorker = await EventsTestData.BookAsync(otherWorkerClient, e);

        ownWorker.Status.ShouldBe(HttpStatusCode.Created, ownWorker.Body);
        otherWorker.Status.ShouldBe(HttpStatusCode.Forbidden);
        otherWorker.Body.ShouldContain("not_eligible_enterprise");
        var mine = (await liaison.GetFromJsonAsync<Paged<SessionRequestView>>($"/api/v1/enterprises/{enterprise}/session-requests?pageSize=100", Ct))!.Items.Single(r => r.Id == requested.Id);
        (mine.Status, mine.Session!.EventId, mine.Session.Taken).ShouldBe(("scheduled", e.Id, 1));
        (await InboxOnceDeliveredAsync(liaison, "点单服务已安排")).ShouldContain(n => n.Title == "点单服务已安排" && n.Body.Contains("船舶消防安全培训"));
        var audited = await app.WithServices(sp => sp.GetRequiredService<AppDbContext>().AuditEntries.CountAsync(a => a.Action == "events.session_request_scheduled" && a.Target == $"session_request:{requested.Id}", Ct));
        audited.ShouldBe(1);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_enterprises_own_session_is_hidden_from_anonymous_readers_and_other_enterprises_workers(DatabaseProvider provider)
    {
        var app = apps[provider];
        var zhoushan = await app.StaffClientAsync("ZJ-ZS");
        var item = await MenuItemAsync(zhoushan, await EventsTestData.UnitIdAsync(app, "ZJ-ZS"), "远洋船员心理调适讲座", kind: "lecture");
        var liaison = await LiaisonAsync(app, FishingCompany);
        var requested = await RequestAsync(liaison, await EnterpriseIdAsync(app, FishingCompany), item.Id);
        var scheduled = (await (await zhoushan.PostAsJsonAsync($"/api/v1/staff/session-requests/{requested.Id}/schedule", Schedule(app), Ct)).Content.ReadFromJsonAsync<SessionRequestView>(Ct))!;
        var eventPath = $"/api/v1/events/{scheduled.Session!.EventId}";
        var otherWorker = await WorkerOfAsync(app, await NewEnterpriseAsync(app, "330902", "定海远洋捕捞有限公司"));

        var anonymous = await app.Anonymous().GetAsync(eventPath, Ct);
        var stranger = await otherWorker.GetAsync(eventPath, Ct);
        var page = await app.Anonymous().GetStringAsync($"/events/{scheduled.Session.EventId}", Ct);

        await anonymous.ShouldBeProblem(HttpStatusCode.NotFound, "event_not_found");
        await stranger.ShouldBeProblem(HttpStatusCode.NotFound, "event_not_found");
        page.ShouldNotContain("远洋船员心理调适讲座");
        (await (await WorkerOfAsync(app, FishingCompany)).GetAsync(eventPath, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_declined_request_tells_the_liaison_why_and_cannot_be_decided_again(DatabaseProvider provider)
    {
        var app = apps[provider];
        var zhoushan = await app.StaffClientAsync("ZJ-ZS");
        var item = await MenuItemAsync(zhoushan, await EventsTestData.UnitIdAsync(app, "ZJ-ZS-DH"), "职场压力与情绪管理讲座", kind: "lecture");
        var enterprise = await EnterpriseIdAsync(app, FishingCompany);
        var liaison = await LiaisonAsync(app, FishingCompany);
        var requested = await RequestAsync(liaison, enterprise, item.Id);
        await (await zhoushan.PostAsJsonAsync($"/api/v1/staff/session-requests/{requested.Id}/decline", new { reason = " " }, Ct)).ShouldBeProblem(HttpStatusCode.BadRequest, "decline_reason_required");

        var declined = await zhoushan.PostAsJsonAsync($"/api/v1/staff/session-requests/{requested.Id}/decline", new { reason = "讲师本月已排满，请下月再申请" }, Ct);

        declined.StatusCode.ShouldBe(HttpStatusCode.OK, await declined.Content.ReadAsStringAsync(Ct));
        var mine = (await liaison.GetFromJsonAsync<Paged<SessionRequestView>>($"/api/v1/enterprises/{enterprise}/session-requests?pageSize=100", Ct))!.Items.Single(r => r.Id == requested.Id);
        (mine.Status, mine.DeclineReason, mine.Session).ShouldBe(("declined", "讲师本月已排满，请下月再申请", null));
        (await InboxOnceDeliveredAsync(liaison, "点单申请未能安排")).ShouldContain(n => n.Body.Contains("定海区总工会") && n.Body.Contains("讲师本月已排满"));
        await (await zhoushan.PostAsJsonAsync($"/api/v1/staff/session-requests/{requested.Id}/schedule", Schedule(app), Ct)).ShouldBeProblem(HttpStatusCode.Conflict, "session_request_decided");
        await (await zhoushan.PostAsJsonAsync($"/api/v1/staff/session-requests/{requested.Id}/decline", new { reason = "再次答复" }, Ct)).ShouldBeProblem(HttpStatusCode.Conflict, "session_request_decided");
        (await zhoushan.GetFromJsonAsync<Paged<SessionRequestView>>("/api/v1/staff/session-requests?status=declined&pageSize=100", Ct))!.Items.ShouldContain(r => r.Id == requested.Id);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Scheduling_a_request_twice_at_once_publishes_one_session_and_refuses_the_other(DatabaseProvider provider)
    {
        var app = apps[provider];
        var (zhoushan, dinghai) = (await app.StaffClientAsync("ZJ-ZS"), await app.StaffClientAsync("ZJ-ZS-DH"));
        var item = await MenuItemAsync(zhoushan, await EventsTestData.UnitIdAsync(app, "ZJ-ZS-DH"), "防台防汛应急培训");
        var enterprise = await EnterpriseIdAsync(app, FishingCompany);
        var requested = await RequestAsync(await LiaisonAsync(app, FishingCompany), enterprise, item.Id);
        var title = $"防台防汛应急培训 {Guid.NewGuid():N}"[..24];

        var answers = await Task.WhenAll(
            zhoushan.PostAsJsonAsync($"/api/v1/staff/session-requests/{requested.Id}/schedule", Schedule(app, title), Ct),
            dinghai.PostAsJsonAsync($"/api/v1/staff/session-requests/{requested.Id}/schedule", Schedule(app, title), Ct));
        var later = await zhoushan.PostAsJsonAsync($"/api/v1/staff/session-requests/{requested.Id}/schedule", Schedule(app, title), Ct);

        answers.Select(a => a.StatusCode).OrderBy(s => s).ShouldBe([HttpStatusCode.OK, HttpStatusCode.Conflict]);
        await answers.Single(a => a.StatusCode == HttpStatusCode.Conflict).ShouldBeProblem(HttpStatusCode.Conflict, "session_request_decided");
        await later.ShouldBeProblem(HttpStatusCode.Conflict, "session_request_decided");
        var published = await app.WithServices(sp => sp.GetRequiredService<AppDbContext>().Set<UnionHome.Events.Data.Event>().CountAsync(x => x.Title == title, Ct));
        published.ShouldBe(1);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_liaison_of_another_enterprise_is_told_the_enterprise_does_not_exist(DatabaseProvider provider)
    {
        var app = apps[provider];
        var item = await MenuItemAsync(await app.StaffClientAsync("ZJ-ZS"), await EventsTestData.UnitIdAsync(app, "ZJ-ZS"), "救生设备使用培训");
        var enterprise = await EnterpriseIdAsync(app, FishingCompany);
        await RequestAsync(await LiaisonAsync(app, FishingCompany), enterprise, item.Id);
        var guiyang = await LiaisonAsync(app, GuiyangDelivery);

        await (await guiyang.GetAsync($"/api/v1/enterprises/{enterprise}/menu", Ct)).ShouldBeProblem(HttpStatusCode.NotFound, "enterprise_not_found");
        await (await guiyang.GetAsync($"/api/v1/enterprises/{enterprise}/session-requests", Ct)).ShouldBeProblem(HttpStatusCode.NotFound, "enterprise_not_found");
        var posted = await guiyang.PostAsJsonAsync($"/api/v1/enterprises/{enterprise}/session-requests", new { menuItemId = item.Id, preferredDates = "尽快", headcount = 10 }, Ct);
        await posted.ShouldBeProblem(HttpStatusCode.NotFound, "enterprise_not_found");
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Staff_outside_the_offering_unions_subtree_neither_see_nor_decide_the_request(DatabaseProvider provider)
    {
        var app = apps[provider];
        var item = await MenuItemAsync(await app.StaffClientAsync("ZJ-ZS"), await EventsTestData.UnitIdAsync(app, "ZJ-ZS"), "高处作业安全培训");
        var requested = await RequestAsync(await LiaisonAsync(app, FishingCompany), await EnterpriseIdAsync(app, FishingCompany), item.Id);
        var (baiyun, seafarers) = (await app.StaffClientAsync("GZ-GY-BY"), await app.StaffClientAsync("ZJ-ZS-HY"));

        (await baiyun.GetFromJsonAsync<Paged<SessionRequestView>>("/api/v1/staff/session-requests?pageSize=100", Ct))!.Items.ShouldNotContain(r => r.Id == requested.Id);
        (await seafarers.GetFromJsonAsync<Paged<SessionRequestView>>("/api/v1/staff/session-requests?pageSize=100", Ct))!.Items.ShouldNotContain(r => r.Id == requested.Id);
        await (await baiyun.PostAsJsonAsync($"/api/v1/staff/session-requests/{requested.Id}/schedule", Schedule(app), Ct)).ShouldBeProblem(HttpStatusCode.NotFound, "session_request_not_found");
        await (await seafarers.PostAsJsonAsync($"/api/v1/staff/session-requests/{requested.Id}/decline", new { reason = "不归我们管" }, Ct)).ShouldBeProblem(HttpStatusCode.NotFound, "session_request_not_found");
        await (await baiyun.PostAsync($"/api/v1/staff/menu-items/{item.Id}/deactivate", null, Ct)).ShouldBeProblem(HttpStatusCode.NotFound, "menu_item_not_found");
        await (await baiyun.PostAsJsonAsync("/api/v1/staff/menu-items", new { orgUnitId = await EventsTestData.UnitIdAsync(app, "ZJ-ZS"), kind = "training", title = "越权添加" }, Ct))
            .ShouldBeProblem(HttpStatusCode.NotFound, "org_unit_not_found");
    }

    [Fact]
    public async Task An_enterprise_without_a_union_sees_the_menus_of_the_federations_of_its_region_and_nothing_withdrawn()
    {
        var app = apps[DatabaseProvider.Sqlite];
        var (hangzhou, zhoushan) = (await app.StaffClientAsync("ZJ-HZ"), await app.StaffClientAsync("ZJ-ZS"));
        var city = await MenuItemAsync(hangzhou, await EventsTestData.UnitIdAsync(app, "ZJ-HZ"), "外卖骑手道路交通安全培训");
        var district = await MenuItemAsync(hangzhou, await EventsTestData.UnitIdAsync(app, "ZJ-HZ-SC"), "骑手心理减压讲座", kind: "lecture");
        var jointUnion = await MenuItemAsync(hangzhou, await EventsTestData.UnitIdAsync(app, "ZJ-HZ-SC-HB"), "驿站消防安全培训");
        var elsewhere = await MenuItemAsync(zhoushan, await EventsTestData.UnitIdAsync(app, "ZJ-ZS"), "渔船作业安全培训");
        var withdrawn = await MenuItemAsync(hangzhou, await EventsTestData.UnitIdAsync(app, "ZJ-HZ"), "已下架的培训");
        (await hangzhou.PostAsync($"/api/v1/staff/menu-items/{withdrawn.Id}/deactivate", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var enterprise = await EnterpriseIdAsync(app, HangzhouDelivery);
        var liaison = await LiaisonAsync(app, HangzhouDelivery);

        var menu = (await liaison.GetFromJsonAsync<Paged<MenuItemView>>($"/api/v1/enterprises/{enterprise}/menu?pageSize=100", Ct))!.Items.ToList();

        menu.Select(i => i.Id).ShouldContain(city.Id);
        menu.Select(i => i.Id).ShouldContain(district.Id);
        menu.Select(i => i.Id).ShouldNotContain(jointUnion.Id);
        menu.Select(i => i.Id).ShouldNotContain(elsewhere.Id);
        menu.Select(i => i.Id).ShouldNotContain(withdrawn.Id);
        menu.FindIndex(i => i.Id == district.Id).ShouldBeLessThan(menu.FindIndex(i => i.Id == city.Id), "the district's menu comes before the city's");
        var refused = await liaison.PostAsJsonAsync($"/api/v1/enterprises/{enterprise}/session-requests", new { menuItemId = withdrawn.Id, preferredDates = "下周", headcount = 20 }, Ct);
        (await refused.ShouldBeProblem(HttpStatusCode.BadRequest, "menu_item_unavailable")).GetProperty("errors").TryGetProperty("menuItemId", out _).ShouldBeTrue();
        await (await liaison.PostAsJsonAsync($"/api/v1/enterprises/{enterprise}/session-requests", new { menuItemId = elsewhere.Id, preferredDates = "下周", headcount = 20 }, Ct))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "menu_item_unavailable");
    }

    [Theory]
    [InlineData("", 20, "preferred_dates_required", "preferredDates")]
    [InlineData("下周三", 0, "invalid_headcount", "headcount")]
    [InlineData("下周三", 10001, "invalid_headcount", "headcount")]
    public async Task A_bad_request_is_a_400_naming_the_field(string preferredDates, int headcount, string code, string field)
    {
        var app = apps[DatabaseProvider.Sqlite];
        var item = await MenuItemAsync(await app.StaffClientAsync("ZJ-ZS"), await EventsTestData.UnitIdAsync(app, "ZJ-ZS"), "电气安全培训");
        var enterprise = await EnterpriseIdAsync(app, FishingCompany);

        var response = await (await LiaisonAsync(app, FishingCompany)).PostAsJsonAsync($"/api/v1/enterprises/{enterprise}/session-requests", new { menuItemId = item.Id, preferredDates, headcount }, Ct);

        (await response.ShouldBeProblem(HttpStatusCode.BadRequest, code)).GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue();
    }

    [Fact]
    public async Task A_schedule_in_the_past_or_without_a_place_is_refused_and_the_request_stays_pending()
    {
        var app = apps[DatabaseProvider.Sqlite];
        var zhoushan = await app.StaffClientAsync("ZJ-ZS");
        var item = await MenuItemAsync(zhoushan, await EventsTestData.UnitIdAsync(app, "ZJ-ZS"), "有限空间作业安全培训");
        var requested = await RequestAsync(await LiaisonAsync(app, FishingCompany), await EnterpriseIdAsync(app, FishingCompany), item.Id);
        var now = app.Time!.GetUtcNow();

        var past = await zhoushan.PostAsJsonAsync($"/api/v1/staff/session-requests/{requested.Id}/schedule", new { startsAt = now.AddDays(-1), endsAt = now.AddDays(-1).AddHours(2), place = "会议室" }, Ct);
        var nowhere = await zhoushan.PostAsJsonAsync($"/api/v1/staff/session-requests/{requested.Id}/schedule", new { startsAt = now.AddDays(3), endsAt = now.AddDays(3).AddHours(2), place = " " }, Ct);

        await past.ShouldBeProblem(HttpStatusCode.BadRequest, "schedule_times");
        await nowhere.ShouldBeProblem(HttpStatusCode.BadRequest, "schedule_place");
        var scheduled = await zhoushan.PostAsJsonAsync($"/api/v1/staff/session-requests/{requested.Id}/schedule", new { startsAt = now.AddDays(3), endsAt = now.AddDays(3).AddHours(2), place = "会议室" }, Ct);
        scheduled.StatusCode.ShouldBe(HttpStatusCode.OK, await scheduled.Content.ReadAsStringAsync(Ct));
        (await scheduled.Content.ReadFromJsonAsync<SessionRequestView>(Ct))!.Session!.Capacity.ShouldBe(requested.Headcount, "capacity defaults to the headcount asked for");
    }

    [Fact]
    public async Task An_auditor_reads_the_requests_but_neither_files_nor_decides_them()
    {
        var app = apps[DatabaseProvider.Sqlite];
        var item = await MenuItemAsync(await app.StaffClientAsync("ZJ-ZS"), await EventsTestData.UnitIdAsync(app, "ZJ-ZS"), "职业病防治讲座", kind: "lecture");
        var enterprise = await EnterpriseIdAsync(app, FishingCompany);
        var requested = await RequestAsync(await LiaisonAsync(app, FishingCompany), enterprise, item.Id);
        var auditor = await app.StaffClientAsync("ZJ", Roles.Auditor);

        (await auditor.GetFromJsonAsync<Paged<SessionRequestView>>("/api/v1/staff/session-requests?pageSize=100", Ct))!.Items.ShouldContain(r => r.Id == requested.Id);
        (await auditor.GetFromJsonAsync<Paged<SessionRequestView>>($"/api/v1/enterprises/{enterprise}/session-requests?pageSize=100", Ct))!.Items.ShouldContain(r => r.Id == requested.Id);
        await (await auditor.PostAsJsonAsync($"/api/v1/enterprises/{enterprise}/session-requests", new { menuItemId = item.Id, preferredDates = "下周", headcount = 5 }, Ct))
            .ShouldBeProblem(HttpStatusCode.Forbidden, "read_only_role");
        (await auditor.PostAsJsonAsync($"/api/v1/staff/session-requests/{requested.Id}/schedule", Schedule(app), Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_liaison_page_lists_the_menu_and_the_requests_with_their_sessions()
    {
        var app = apps[DatabaseProvider.Sqlite];
        var zhoushan = await app.StaffClientAsync("ZJ-ZS");
        var item = await MenuItemAsync(zhoushan, await EventsTestData.UnitIdAsync(app, "ZJ-ZS"), "码头装卸安全培训");
        var liaison = await LiaisonAsync(app, FishingCompany);
        var requested = await RequestAsync(liaison, await EnterpriseIdAsync(app, FishingCompany), item.Id);
        (await zhoushan.PostAsJsonAsync($"/api/v1/staff/session-requests/{requested.Id}/schedule", Schedule(app), Ct)).EnsureSuccessStatusCode();

        var page = await liaison.GetStringAsync("/enterprise/session-requests", Ct);

        page.ShouldContain($"data-item=\"{item.Id}\"");
        page.ShouldContain($"data-request=\"{requested.Id}\" data-status=\"scheduled\"");
        page.ShouldContain("舟山远洋渔业有限公司三楼会议室");
    }
}
