using System.Net;
using System.Net.Http.Json;
using UnionHome.Cases.Filing;
using UnionHome.Cases.Hotline;
using UnionHome.Membership.MyMembership;
using UnionHome.Platform.Api;
using UnionHome.Platform.Data;
using UnionHome.Platform.Identity;
using UnionHome.Tests.Infrastructure;
using UnionHome.Tests.Membership;

namespace UnionHome.Tests.Cases;

[Collection(PlatformCollection.Name)]
public sealed class HotlineTests(Apps apps)
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void The_Beijing_report_shows_411_of_517_calls_as_79_5_percent()
    {
        var shares = HotlineShares.Of(new Dictionary<string, int> { ["epidemic"] = 411, ["emotional"] = 58, ["family"] = 48 });

        shares.Single(s => s.Category == "epidemic").ShouldBe(new CategoryShare("epidemic", "疫情相关", 411, 79.5m));
        shares.Single(s => s.Category == "emotional").Percent.ShouldBe(11.2m);
        shares.Single(s => s.Category == "family").Percent.ShouldBe(9.3m);
        shares.Single(s => s.Category == "crisis").ShouldBe(new CategoryShare("crisis", "危机干预", 0, 0m));
        shares.Select(s => s.Category).Take(3).ShouldBe(["epidemic", "emotional", "family"]);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Calls_logged_by_staff_are_counted_per_category_with_percentages_over_Beijing_days(DatabaseProvider provider)
    {
        var app = apps[provider];
        var officer = await app.StaffClientAsync("ZJ-ZS-DH");
        var day = SomeDay();
        var member = await Members.ActiveAsync(app, Sessions.NewPhone(), ResidentIds.New("330902"), "330902");
        var number = (await member.GetFromJsonAsync<MyMembershipResponse>("/api/v1/me/membership", Ct))!.MemberNumber;

        // 00:30 on the first day in Beijing is still the evening before in UTC: it belongs to the period.
        var first = await officer.PostAsJsonAsync("/api/v1/staff/hotline-calls", Call("inbound", "epidemic", At(day, 0, 30), 300, callerMemberNumber: number), Ct);
        (await officer.PostAsJsonAsync("/api/v1/staff/hotline-calls", Call("inbound", "epidemic", At(day, 10, 0), 600), Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await officer.PostAsJsonAsync("/api/v1/staff/hotline-calls", Call("outbound", "emotional", At(day.AddDays(1), 23, 50), 900), Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        // Midnight after the last day is outside [from, to).
        (await officer.PostAsJsonAsync("/api/v1/staff/hotline-calls", Call("inbound", "family", At(day.AddDays(2), 0, 0), 60), Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);

        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        var logged = (await first.Content.ReadFromJsonAsync<HotlineCallView>(Ct))!;
        (logged.CategoryLabel, logged.Direction, logged.CallerMemberId.HasValue).ShouldBe(("疫情相关", "inbound", true));
        var query = $"from={day:yyyy-MM-dd}&to={day.AddDays(2):yyyy-MM-dd}";
        var stats = (await officer.GetFromJsonAsync<HotlineStats>($"/api/v1/staff/hotline-calls/stats?{query}", Ct))!;
        (stats.Total, stats.Inbound, stats.Outbound, stats.AverageDurationSeconds).ShouldBe((3, 2, 1, 600));
        stats.Categories.Single(c => c.Category == "epidemic").ShouldBe(new CategoryShare("epidemic", "疫情相关", 2, 66.7m));
        stats.Categories.Single(c => c.Category == "emotional").ShouldBe(new CategoryShare("emotional", "情绪压力", 1, 33.3m));
        stats.Categories.Single(c => c.Category == "family").Calls.ShouldBe(0);
        var list = (await officer.GetFromJsonAsync<Paged<HotlineCallView>>($"/api/v1/staff/hotline-calls?{query}", Ct))!;
        list.Items.Select(c => c.Category).ShouldBe(["emotional", "epidemic", "epidemic"]);

        // The city above sees its district's calls; a union elsewhere does not.
        var city = await app.StaffClientAsync("ZJ-ZS");
        (await city.GetFromJsonAsync<HotlineStats>($"/api/v1/staff/hotline-calls/stats?{query}", Ct))!.Total.ShouldBe(3);
        var elsewhere = await app.StaffClientAsync("GZ-GY-BY");
        (await elsewhere.GetFromJsonAsync<HotlineStats>($"/api/v1/staff/hotline-calls/stats?{query}", Ct))!.Total.ShouldBe(0);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_unit_or_follow_up_case_outside_the_subtree_is_refused_as_not_found(DatabaseProvider provider)
    {
        var app = apps[provider];
        var officer = await app.StaffClientAsync("ZJ-ZS-DH");
        var city = await EventsTestData.UnitIdAsync(app, "ZJ-ZS");
        var member = await Members.ActiveAsync(app, Sessions.NewPhone(), ResidentIds.New("520113"), "520113");
        var filed = await member.PostAsJsonAsync("/api/v1/cases", new { category = "wage", urgency = "normal", description = "外卖站点拖欠工资。", clientRequestId = Guid.NewGuid().ToString() }, Ct);
        var guizhouCase = (await filed.Content.ReadFromJsonAsync<CaseFiled>(Ct))!.Id;
        var now = app.Time!.GetUtcNow().AddMinutes(-20);

        await (await officer.PostAsJsonAsync("/api/v1/staff/hotline-calls", Call("inbound", "work", now, 120, orgUnitId: city), Ct))
            .ShouldBeProblem(HttpStatusCode.NotFound, "org_unit_not_found");
        await (await officer.PostAsJsonAsync("/api/v1/staff/hotline-calls", Call("inbound", "work", now, 120, followUpCaseId: guizhouCase), Ct))
            .ShouldBeProblem(HttpStatusCode.NotFound, "follow_up_case_not_found");
        await (await officer.PostAsJsonAsync("/api/v1/staff/hotline-calls", Call("inbound", "work", now, 120, followUpCaseId: Guid.NewGuid()), Ct))
            .ShouldBeProblem(HttpStatusCode.NotFound, "follow_up_case_not_found");

        var baiyun = await app.StaffClientAsync("GZ-GY-BY");
        (await baiyun.PostAsJsonAsync("/api/v1/staff/hotline-calls", Call("inbound", "work", now, 120, followUpCaseId: guizhouCase), Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_call_with_bad_fields_is_refused_with_the_field_named()
    {
        var app = apps[DatabaseProvider.Sqlite];
        var officer = await app.StaffClientAsync("ZJ-ZS-DH");
        var now = app.Time!.GetUtcNow().AddMinutes(-5);

        await (await officer.PostAsJsonAsync("/api/v1/staff/hotline-calls", Call("sideways", "work", now, 60), Ct)).ShouldBeProblem(HttpStatusCode.BadRequest, "invalid_direction");
        await (await officer.PostAsJsonAsync("/api/v1/staff/hotline-calls", Call("inbound", "gossip", now, 60), Ct)).ShouldBeProblem(HttpStatusCode.BadRequest, "invalid_hotline_category");
        await (await officer.PostAsJsonAsync("/api/v1/staff/hotline-calls", Call("inbound", "work", now, -1), Ct)).ShouldBeProblem(HttpStatusCode.BadRequest, "invalid_duration");
        await (await officer.PostAsJsonAsync("/api/v1/staff/hotline-calls", Call("inbound", "work", now.AddDays(1), 60), Ct)).ShouldBeProblem(HttpStatusCode.BadRequest, "invalid_started_at");
        await (await officer.PostAsJsonAsync("/api/v1/staff/hotline-calls", Call("inbound", "work", now, 60, callerMemberNumber: "NO-SUCH-NUMBER"), Ct))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "caller_member_not_found");
        await (await officer.PostAsJsonAsync("/api/v1/staff/hotline-calls", new { direction = "inbound", category = "work", startedAt = now, durationSeconds = 60, outcome = "已解答" }, Ct))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "caller_required");
        await (await officer.GetAsync("/api/v1/staff/hotline-calls/stats?from=2026-13-01", Ct)).ShouldBeProblem(HttpStatusCode.BadRequest, "invalid_period");
    }

    [Fact]
    public async Task The_hotline_and_case_statistics_pages_link_to_each_other()
    {
        var app = apps[DatabaseProvider.Sqlite];
        var officer = await app.StaffClientAsync("ZJ-ZS");

        var hotline = await officer.GetStringAsync("/console/hotline", Ct);
        var stats = await officer.GetStringAsync("/console/case-stats", Ct);

        hotline.ShouldContain("记录一次通话");
        hotline.ShouldContain("疫情相关");
        hotline.ShouldContain("href=\"/console/case-stats\"");
        stats.ShouldContain("定海区总工会");
        stats.ShouldContain("SLA 达标率");
        stats.ShouldContain("href=\"/console/hotline\"");
    }

    private static object Call(string direction, string category, DateTimeOffset startedAt, int durationSeconds, string? callerMemberNumber = null, Guid? orgUnitId = null, Guid? followUpCaseId = null) =>
        new
        {
            direction, category, startedAt, durationSeconds, callerMemberNumber, orgUnitId, followUpCaseId,
            callerDescription = callerMemberNumber is null ? "男，约40岁，外卖骑手" : null,
            outcome = "已疏导情绪，告知可拨打12351随时求助",
        };

    private static DateTimeOffset At(DateOnly day, int hour, int minute) => new(day.ToDateTime(new TimeOnly(hour, minute)), Beijing);

    // A day of its own, years back, so other tests' calls do not land in the period.
    private static DateOnly SomeDay() => new(2001 + Random.Shared.Next(18), 1 + Random.Shared.Next(12), 1 + Random.Shared.Next(26));
}
