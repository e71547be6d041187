using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using UnionHome.Cases.Data;
using UnionHome.Cases.Filing;
using UnionHome.Cases.Hotline;
using UnionHome.Membership.Data;
using UnionHome.Membership.Joining;
using UnionHome.Platform.Api;
using UnionHome.Platform.Data;
using UnionHome.Platform.Identity;
using UnionHome.Platform.Retention;
using UnionHome.Tests.Infrastructure;
using UnionHome.Tests.Membership;

namespace UnionHome.Tests.PersonalData;

/// <summary>
/// Each kind of record is kept for its period and then deleted or anonymised by a sweep every node runs: SMS texts 30
/// days, rejected applications a year, roster uploads 90 days, resolved cases and hotline calls three years.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class RetentionTests(Apps apps)
{
    private static readonly TimeSpan ThreeYears = TimeSpan.FromDays(3 * 365);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_sweep_removes_exactly_what_is_past_its_period_and_nothing_else(DatabaseProvider provider)
    {
        var clock = Clocks.Thursday3December1000Beijing();
        var sweepAt = clock.GetUtcNow() + ThreeYears + TimeSpan.FromDays(1);
        await using var app = await apps.StartDedicatedAsync(provider, new() { ["Retention:Enabled"] = "false", ["Cases:SweepEnabled"] = "false" }, clock);

        // Each kind gets one record a day past its period and one a day short of it, counted back from the sweep.
        var member = await Members.ActiveAsync(app, Sessions.NewPhone(), ResidentIds.New("330902"), "330902");
        var resolvedLongAgo = await ResolvedCaseAsync(app, member);
        var stillOpen = await FileCaseAsync(member);
        MoveTo(clock, sweepAt - ThreeYears + TimeSpan.FromDays(1));
        var resolvedRecently = await ResolvedCaseAsync(app, member);
        MoveTo(clock, sweepAt - TimeSpan.FromDays(366));
        var rejectedLongAgo = await RejectedApplicationAsync(app);
        MoveTo(clock, sweepAt - TimeSpan.FromDays(364));
        var rejectedRecently = await RejectedApplicationAsync(app);
        MoveTo(clock, sweepAt - TimeSpan.FromDays(91));
        var uploadedLongAgo = await RosterWithABadRowAsync(app);
        MoveTo(clock, sweepAt - TimeSpan.FromDays(89));
        var uploadedRecently = await RosterWithABadRowAsync(app);
        MoveTo(clock, sweepAt - TimeSpan.FromDays(31));
        var textedLongAgo = await TextedPhoneAsync(app);
        MoveTo(clock, sweepAt - TimeSpan.FromDays(29));
        var textedRecently = await TextedPhoneAsync(app);
        MoveTo(clock, sweepAt);
        var calledLongAgo = await LoggedCallAsync(app, sweepAt - ThreeYears - TimeSpan.FromDays(1));
        var calledRecently = await LoggedCallAsync(app, sweepAt - ThreeYears + TimeSpan.FromDays(1));
        var before = await DueAsync(app, sweepAt);
        (await TextsToAsync(app, textedLongAgo)).ShouldBe(1, "with Retention:Enabled=false no node sweeps by itself");

        var swept = await app.Services.GetRequiredService<RetentionSweeper>().SweepAsync(Ct);

        var after = await DueAsync(app, sweepAt);
        foreach (var (kind, due) in before.Counts)
        {
            (swept[kind], after.Counts[kind], after.Kept[kind]).ShouldBe((due, 0, before.Kept[kind]), kind);
        }

        await app.WithServices(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var cases = await db.Set<HelpCase>().AsNoTracking().Where(c => new[] { resolvedLongAgo, stillOpen, resolvedRecently }.Contains(c.Id)).ToDictionaryAsync(c => c.Id, Ct);
            (cases[resolvedLongAgo].DescriptionCipher, cases[resolvedLongAgo].ShipName, cases[resolvedLongAgo].Category, cases[resolvedLongAgo].Rating).ShouldBe(("", null, CaseCategory.Wage, 4));
            cases[stillOpen].DescriptionCipher.ShouldNotBeEmpty();
            cases[resolvedRecently].DescriptionCipher.ShouldNotBeEmpty();
            (await db.Set<CaseEntry>().CountAsync(e => e.CaseId == resolvedLongAgo && e.BodyCipher != null, Ct)).ShouldBe(0);
            (await db.Set<CaseEntry>().CountAsync(e => e.CaseId == resolvedRecently && e.BodyCipher != null, Ct)).ShouldBeGreaterThan(0);
            var applications = await db.Set<MembershipApplication>().AsNoTracking().Where(a => a.Id == rejectedLongAgo || a.Id == rejectedRecently).ToDictionaryAsync(a => a.Id, Ct);
            (applications[rejectedLongAgo].Name, applications[rejectedLongAgo].ResidentIdCipher, applications[rejectedLongAgo].WorkRegionCode).ShouldBe(("已删除", "", "330902"));
            applications[rejectedRecently].ResidentIdCipher.ShouldNotBeEmpty();
            (await db.Set<RosterImport>().AnyAsync(i => i.Id == uploadedLongAgo, Ct)).ShouldBeFalse();
            (await db.Set<RosterImportIssue>().AnyAsync(i => i.ImportId == uploadedLongAgo, Ct)).ShouldBeFalse();
            (await db.Set<RosterImportIssue>().AnyAsync(i => i.ImportId == uploadedRecently, Ct)).ShouldBeTrue();
            var calls = await db.Set<HotlineCall>().AsNoTracking().Where(c => c.Id == calledLongAgo || c.Id == calledRecently).ToDictionaryAsync(c => c.Id, Ct);
            (calls[calledLongAgo].OutcomeCipher, calls[calledLongAgo].CallerDescriptionCipher, calls[calledLongAgo].Category, calls[calledLongAgo].DurationSeconds).ShouldBe(("", null, "work", 300));
            calls[calledRecently].OutcomeCipher.ShouldNotBeEmpty();
            (await db.AuditEntries.Where(e => e.Action == "retention.applied").Select(e => e.Target).Distinct().ToListAsync(Ct))
                .ShouldBe(["retention:ClosedCases", "retention:HotlineCalls", "retention:RejectedApplications", "retention:RosterUploads", "retention:SmsOutbox"], ignoreOrder: true);
            return 0;
        });
        (await TextsToAsync(app, textedLongAgo)).ShouldBe(0);
        (await TextsToAsync(app, textedRecently)).ShouldBe(1);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Two_sweeps_running_at_once_process_each_record_once(DatabaseProvider provider)
    {
        var clock = Clocks.Thursday3December1000Beijing();
        // A small batch makes the two sweeps take turns many times within one pass.
        var settings = new Dictionary<string, string?> { ["Retention:Enabled"] = "false", ["Retention:BatchSize"] = "3", ["Cases:SweepEnabled"] = "false" };
        if (provider == DatabaseProvider.Postgres)
        {
            foreach (var (key, value) in Deployment.Keys())
            {
                settings[key] = value;
            }

            settings["ConnectionStrings:UnionHome"] = await apps.Postgres.CreateDatabaseAsync();
        }

        // PostgreSQL: two nodes on one database. SQLite serves one node: two sweeps of it at once.
        await using var nodeA = await apps.StartDedicatedAsync(provider, settings, clock);
        await using var nodeB = provider == DatabaseProvider.Postgres ? await apps.StartDedicatedAsync(provider, settings, clock) : null;
        var member = await Members.ActiveAsync(nodeA, Sessions.NewPhone(), ResidentIds.New("330902"), "330902");
        for (var i = 0; i < 5; i++)
        {
            await ResolvedCaseAsync(nodeA, member);
        }

        for (var i = 0; i < 12; i++)
        {
            await TextedPhoneAsync(nodeB ?? nodeA);
        }

        MoveTo(clock, clock.GetUtcNow() + ThreeYears + TimeSpan.FromDays(1));
        var due = (await DueAsync(nodeA, clock.GetUtcNow())).Counts;
        due["ClosedCases"].ShouldBeGreaterThanOrEqualTo(5);
        due["SmsOutbox"].ShouldBeGreaterThanOrEqualTo(12);

        var swept = await Task.WhenAll(
            nodeA.Services.GetRequiredService<RetentionSweeper>().SweepAsync(Ct),
            (nodeB ?? nodeA).Services.GetRequiredService<RetentionSweeper>().SweepAsync(Ct));

        foreach (var (kind, count) in due)
        {
            (swept[0][kind] + swept[1][kind]).ShouldBe(count, kind);
        }

        (await DueAsync(nodeA, clock.GetUtcNow())).Counts.Values.ShouldAllBe(n => n == 0);
        var audited = await nodeA.WithServices(sp => sp.GetRequiredService<AppDbContext>().AuditEntries.AsNoTracking()
            .Where(e => e.Action == "retention.applied").Select(e => new { e.Target, e.Details }).ToListAsync(Ct));
        foreach (var (kind, count) in due)
        {
            audited.Where(e => e.Target == $"retention:{kind}").Sum(e => int.Parse(e.Details!.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(count, kind);
        }
    }

    [Fact]
    public async Task A_node_sweeps_by_itself_once_its_interval_has_passed()
    {
        var clock = Clocks.Thursday3December1000Beijing();
        await using var app = await apps.StartDedicatedAsync(DatabaseProvider.Sqlite, new() { ["Retention:Interval"] = "1.00:00:00" }, clock);
        var phone = await TextedPhoneAsync(app);

        clock.Advance(TimeSpan.FromDays(31));

        for (var i = 0; i < 100 && await TextsToAsync(app, phone) > 0; i++)
        {
            await Task.Delay(50, Ct);
        }

        (await TextsToAsync(app, phone)).ShouldBe(0);
    }

    [Fact]
    public async Task A_period_set_for_a_kind_of_record_that_does_not_exist_stops_the_node_at_start()
    {
        var failed = await Should.ThrowAsync<Exception>(() => apps.StartDedicatedAsync(DatabaseProvider.Sqlite, new() { ["Retention:Periods:SmsOutbx"] = "7.00:00:00" }));

        failed.ToString().ShouldContain("Retention:Periods:SmsOutbx");
    }

    /// <summary>Every rule's due records as the rules define them, and how many records of each kind the sweep must leave.</summary>
    private static Task<(Dictionary<string, int> Counts, Dictionary<string, int> Kept)> DueAsync(UnionHomeApp app, DateTimeOffset at) =>
        app.WithServices(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var now = at.UtcDateTime;
            DateTime Before(int days) => now - TimeSpan.FromDays(days);
            var (sms, applications, rosters, cases) = (Before(30), Before(365), Before(90), Before(3 * 365));
            var counts = new Dictionary<string, int>
            {
                ["SmsOutbox"] = await db.SmsOutbox.CountAsync(m => m.SentAt < sms, Ct),
                ["RejectedApplications"] = await db.Set<MembershipApplication>().CountAsync(a => a.Status == ApplicationStatus.Rejected && a.ResidentIdCipher != "" && (a.DecidedAt ?? a.SubmittedAt) < applications, Ct),
                ["RosterUploads"] = await db.Set<RosterImport>().CountAsync(i => i.CreatedAt < rosters, Ct),
                ["ClosedCases"] = await db.Set<HelpCase>().CountAsync(c => c.Status == CaseStatus.Resolved && c.ResolvedAt < cases && c.DescriptionCipher != "", Ct),
                ["HotlineCalls"] = await db.Set<HotlineCall>().CountAsync(c => c.StartedAt < cases && (c.OutcomeCipher != "" || c.CallerDescriptionCipher != null || c.CallerMemberId != null), Ct),
            };
            var kept = new Dictionary<string, int>
            {
                ["SmsOutbox"] = await db.SmsOutbox.CountAsync(m => m.SentAt >= sms, Ct),
                ["RejectedApplications"] = await db.Set<MembershipApplication>().CountAsync(a => a.ResidentIdCipher != "" && !(a.Status == ApplicationStatus.Rejected && (a.DecidedAt ?? a.SubmittedAt) < applications), Ct),
                ["RosterUploads"] = await db.Set<RosterImport>().CountAsync(i => i.CreatedAt >= rosters, Ct),
                ["ClosedCases"] = await db.Set<HelpCase>().CountAsync(c => c.DescriptionCipher != "" && !(c.Status == CaseStatus.Resolved && c.ResolvedAt < cases), Ct),
                ["HotlineCalls"] = await db.Set<HotlineCall>().CountAsync(c => c.StartedAt >= cases && c.OutcomeCipher != "", Ct),
            };
            return (counts, kept);
        });

    private static async Task<Guid> FileCaseAsync(HttpClient member)
    {
        var filed = await member.PostAsJsonAsync("/api/v1/cases", new
        {
            category = "wage", urgency = "normal", description = $"老板拖欠三个月工资，合同也没签 {Guid.NewGuid():N}", clientRequestId = Guid.NewGuid().ToString(), shipName = "浙岱渔03188",
        }, Ct);
        filed.StatusCode.ShouldBe(HttpStatusCode.Created, await filed.Content.ReadAsStringAsync(Ct));
        return (await filed.Content.ReadFromJsonAsync<CaseFiled>(Ct))!.Id;
    }

    /// <summary>A wage case the member filed, the district answered and resolved, and the member rated 4.</summary>
    private static async Task<Guid> ResolvedCaseAsync(UnionHomeApp app, HttpClient member)
    {
        var id = await FileCaseAsync(member);
        var officer = await app.StaffClientAsync("ZJ-ZS-DH");
        (await officer.PostAsJsonAsync($"/api/v1/cases/{id}/messages", new { text = "已联系劳动监察大队，请保存好考勤记录。" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await officer.PostAsJsonAsync($"/api/v1/staff/cases/{id}/resolve", new { resolution = "经协调，船东已补发全部工资。" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await member.PostAsJsonAsync($"/api/v1/cases/{id}/rating", new { score = 4, comment = "处理及时" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        return id;
    }

    private static async Task<Guid> RejectedApplicationAsync(UnionHomeApp app)
    {
        var applied = await Members.ApplyAsync(app, new { name = "冯晓", idNumber = ResidentIds.New("330902"), workerType = "employee", workRegionCode = "330902" });
        var admin = await app.StaffClientAsync(null, Roles.Admin);
        (await admin.PostAsJsonAsync($"/api/v1/staff/applications/{applied.Id}/reject", new { reason = "非本区域职工，请向工作地工会申请" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        return applied.Id;
    }

    private static async Task<Guid> RosterWithABadRowAsync(UnionHomeApp app)
    {
        var (liaison, enterpriseId) = await Rosters.LiaisonAsync(app);
        var roster = Rosters.Workbook(["姓名", "身份证号", "手机号"], ["骑手甲", ResidentIds.New("330102"), Sessions.NewPhone()], ["骑手乙", ResidentIds.New("330102"), "1234"]);
        var progress = await Rosters.ImportAsync(app, liaison, enterpriseId, roster);
        (progress.Status, progress.Rejected).ShouldBe(("completed", 1));
        return progress.Id;
    }

    private static async Task<string> TextedPhoneAsync(UnionHomeApp app)
    {
        var phone = Sessions.NewPhone();
        (await app.Anonymous().PostAsJsonAsync("/api/v1/auth/sms-code", new { phone }, Ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        return phone;
    }

    private static async Task<Guid> LoggedCallAsync(UnionHomeApp app, DateTimeOffset startedAt)
    {
        var officer = await app.StaffClientAsync("ZJ-ZS-DH");
        var logged = await officer.PostAsJsonAsync("/api/v1/staff/hotline-calls", new
        {
            direction = "inbound", category = "work", callerDescription = "女，约30岁，电子厂流水线工人", startedAt, durationSeconds = 300, outcome = "反映加班费计算问题，已转法律援助",
        }, Ct);
        logged.StatusCode.ShouldBe(HttpStatusCode.Created, await logged.Content.ReadAsStringAsync(Ct));
        return (await logged.Content.ReadFromJsonAsync<HotlineCallView>(Ct))!.Id;
    }

    private static async Task<int> TextsToAsync(UnionHomeApp app, string phone) =>
        (await app.Anonymous().GetFromJsonAsync<Paged<SmsOutboxItem>>($"/api/v1/dev/sms-outbox?phone={phone}", Ct))!.Items.Count;

    private static void MoveTo(FakeTimeProvider clock, DateTimeOffset instant) => clock.Advance(instant - clock.GetUtcNow());
}
