using System.Net;
using System.Net.Http.Json;
using UnionHome.Cases.Filing;
using UnionHome.Cases.Stats;
using UnionHome.Platform.Data;
using UnionHome.Platform.Identity;
using UnionHome.Tests.Infrastructure;
using UnionHome.Tests.Membership;

namespace UnionHome.Tests.Cases;

[Collection(PlatformCollection.Name)]
public sealed class CaseStatisticsTests(Apps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Statistics_count_cases_by_status_with_SLA_compliance_median_first_response_and_satisfaction(DatabaseProvider provider)
    {
        // The sweep would escalate the unanswered case to the city and move it out of the district's figures.
        await using var app = await apps.StartDedicatedAsync(provider, new() { ["Cases:SweepEnabled"] = "false" }, Clocks.Thursday1000Beijing());
        // The demo's cases were filed at start-up: two days on, this test's cases have days of their own.
        app.Time!.Advance(TimeSpan.FromDays(2));
        var member = await Members.ActiveAsync(app, Sessions.NewPhone(), ResidentIds.New("330902"), "330902");
        var filedOn = DateOnly.FromDateTime(app.Time!.GetUtcNow().UtcDateTime.AddHours(8));
        var answered = await FileAsync(member, "船东拖欠三个月工资。");
        var stillOpen = await FileAsync(member, "劳动合同到期不续签也不给补偿。");
        var unanswered = await FileAsync(member, "工伤认定迟迟没有结果。");

        app.Time.Advance(TimeSpan.FromMinutes(10));
        var officer = await app.StaffClientAsync("ZJ-ZS-DH");
        (await officer.PostAsJsonAsync($"/api/v1/cases/{answered}/messages", new { text = "您好，已联系船东核实。" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await officer.PostAsJsonAsync($"/api/v1/staff/cases/{answered}/resolve", new { resolution = "船东已补发工资。" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await member.PostAsJsonAsync($"/api/v1/cases/{answered}/rating", new { score = 5, comment = "很及时" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        app.Time.Advance(TimeSpan.FromMinutes(20));
        // Staff tokens last half an hour: take a fresh one after moving the clock.
        officer = await app.StaffClientAsync("ZJ-ZS-DH");
        (await officer.PostAsJsonAsync($"/api/v1/cases/{stillOpen}/messages", new { text = "请提供劳动合同复印件。" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        // A month on, the third case's first-response deadline has long passed.
        app.Time.Advance(TimeSpan.FromDays(30));

        var city = await app.StaffClientAsync("ZJ-ZS");
        var report = (await city.GetFromJsonAsync<CaseStatsReport>($"/api/v1/staff/cases/stats?from={filedOn.AddDays(-1):yyyy-MM-dd}&to={filedOn.AddDays(1):yyyy-MM-dd}", Ct))!;

        report.Unit.OrgUnitName.ShouldBe("舟山市总工会");
        var expected = (Open: 1, InProgress: 1, Waiting: 0, Resolved: 1, Total: 3, Sla: (decimal?)66.7m, Median: (double?)20.0, Rated: 1, Average: (decimal?)5.0m, Satisfied: (decimal?)100.0m);
        Figures(report.Unit).ShouldBe(expected);
        var district = report.Children.Single(c => c.OrgUnitName == "定海区总工会");
        Figures(district).ShouldBe(expected);
        report.Children.Where(c => c.OrgUnitName != "定海区总工会").ShouldAllBe(c => c.Total == 0 && c.SlaCompliancePercent == null && c.MedianFirstResponseMinutes == null);

        var dinghai = (await city.GetFromJsonAsync<CaseStatsReport>($"/api/v1/staff/cases/stats?from={filedOn:yyyy-MM-dd}&to={filedOn.AddDays(1):yyyy-MM-dd}&orgUnitId={district.OrgUnitId}", Ct))!;
        (dinghai.Unit.OrgUnitName, dinghai.Unit.Total).ShouldBe(("定海区总工会", 3));
        var baiyun = await EventsTestData.UnitIdAsync(app, "GZ-GY-BY");
        await (await city.GetAsync($"/api/v1/staff/cases/stats?orgUnitId={baiyun}", Ct)).ShouldBeProblem(HttpStatusCode.NotFound, "org_unit_not_found");
        var before = (await city.GetFromJsonAsync<CaseStatsReport>($"/api/v1/staff/cases/stats?from={filedOn.AddDays(-1):yyyy-MM-dd}&to={filedOn:yyyy-MM-dd}", Ct))!;
        before.Unit.Total.ShouldBe(0);
        unanswered.ShouldNotBe(Guid.Empty);
    }

    [Fact]
    public void The_median_of_an_even_count_is_the_mean_of_the_middle_two()
    {
        CaseStatistics.Median([30, 10, 12.5, 100]).ShouldBe(21.3);
        CaseStatistics.Median([7]).ShouldBe(7);
        CaseStatistics.Median([]).ShouldBeNull();
    }

    private static (int, int, int, int, int, decimal?, double?, int, decimal?, decimal?) Figures(CaseFigures f) =>
        (f.Open, f.InProgress, f.Waiting, f.Resolved, f.Total, f.SlaCompliancePercent, f.MedianFirstResponseMinutes, f.Rated, f.SatisfactionAverage, f.SatisfiedPercent);

    private static async Task<Guid> FileAsync(HttpClient member, string description)
    {
        var filed = await member.PostAsJsonAsync("/api/v1/cases", new { category = "legal", urgency = "normal", description, clientRequestId = Guid.NewGuid().ToString() }, Ct);
        filed.StatusCode.ShouldBe(HttpStatusCode.Created);
        return (await filed.Content.ReadFromJsonAsync<CaseFiled>(Ct))!.Id;
    }
}
