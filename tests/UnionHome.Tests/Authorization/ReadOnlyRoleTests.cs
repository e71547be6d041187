using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UnionHome.Cases.Filing;
using UnionHome.Cases.Hotline;
using UnionHome.Cases.Pools;
using UnionHome.Cases.Queue;
using UnionHome.Events.Catalogue;
using UnionHome.Events.CheckIn;
using UnionHome.Events.Lottery;
using UnionHome.Events.Recuperation;
using UnionHome.Events.Requests;
using UnionHome.Membership.Approvals;
using UnionHome.Membership.Data;
using UnionHome.Membership.MyData;
using UnionHome.Membership.Transfers;
using UnionHome.Platform.Data;
using UnionHome.Platform.Errors;
using UnionHome.Platform.Identity;
using UnionHome.Platform.Organization;
using UnionHome.Tests.Infrastructure;

namespace UnionHome.Tests.Authorization;

/// <summary>
/// Reviewers and auditors are refused by the write handlers themselves, not only by the endpoints' policies: these
/// tests call the handlers directly, as a console page or a future endpoint would, bypassing every policy.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class ReadOnlyRoleTests(Apps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<DatabaseProvider, string> ReadOnlyRolesOnBothDatabases() =>
        new() { { DatabaseProvider.Sqlite, Roles.Auditor }, { DatabaseProvider.Postgres, Roles.Auditor }, { DatabaseProvider.Sqlite, Roles.Reviewer }, { DatabaseProvider.Postgres, Roles.Reviewer } };

    [Theory]
    [MemberData(nameof(ReadOnlyRolesOnBothDatabases))]
    public async Task An_application_of_the_subtree_approved_by_a_read_only_role_is_refused_and_stays_pending(DatabaseProvider provider, string role)
    {
        var app = apps[provider];
        var applied = await Members.ApplyAsync(
            app, new { name = "只读测试", idNumber = ResidentIds.New("330902"), workerType = "employee", workRegionCode = "330902" });

        var (result, status) = await app.WithServices(async sp =>
        {
            var actor = await ActorAsync(sp, role, "ZJ");
            var decided = await sp.GetRequiredService<DecideApplications>().ApproveAsync(actor, applied.Id, Ct);
            var db = sp.GetRequiredService<AppDbContext>();
            return (decided, await db.Set<MembershipApplication>().Where(a => a.Id == applied.Id).Select(a => a.Status).SingleAsync(Ct));
        });

        result.Error.ShouldBe(ScopeErrors.ReadOnly);
        status.ShouldBe(ApplicationStatus.Pending);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Every_write_handler_refuses_an_auditor_of_the_whole_province(DatabaseProvider provider)
    {
        var app = apps[provider];
        var zhoushan = await EventsTestData.UnitIdAsync(app, "ZJ-ZS");
        var anyId = Guid.CreateVersion7();

        var refusals = await app.WithServices(async sp =>
        {
            var auditor = await ActorAsync(sp, Roles.Auditor, "ZJ");
            var answers = new Dictionary<string, Error?>
            {
                ["reject application"] = (await sp.GetRequiredService<DecideApplications>().RejectAsync(auditor, anyId, "理由", Ct)).Error,
                ["reroute application"] = (await sp.GetRequiredService<DecideApplications>().RerouteAsync(auditor, anyId, zhoushan, "理由", Ct)).Error,
                ["decide transfer"] = (await sp.GetRequiredService<TransferMembership>().DecideAsync(auditor, anyId, true, null, Ct)).Error,
                ["erase personal data"] = (await sp.GetRequiredService<ProcessDeletion>().ProcessAsync(auditor, anyId, Ct)).Error,
                ["create event"] = (await sp.GetRequiredService<CreateEvent>().CreateAsync(auditor, new NewEventRequest(
                    "lecture", "只读测试讲座", null, zhoushan, null, null, null, null, null, null, null, null, null, null, null, [], null), Ct)).Error,
                ["publish event"] = (await sp.GetRequiredService<PublishEvent>().PublishAsync(auditor, anyId, Ct)).Error,
                ["commit lottery"] = (await sp.GetRequiredService<RunLottery>().CommitAsync(auditor, anyId, new LotteryCommitRequest(null), Ct)).Error,
                ["draw lottery"] = (await sp.GetRequiredService<RunLottery>().DrawAsync(auditor, anyId, new LotteryDrawRequest(null), Ct)).Error,
                ["check in"] = (await sp.GetRequiredService<CheckInMembers>().CheckInAsync(auditor, new CheckInRequest("bk1.x", null), Ct)).Error,
                ["add menu item"] = (await sp.GetRequiredService<Menu>().AddAsync(auditor, new NewMenuItemRequest(zhoushan, "training", "只读测试培训", null), Ct)).Error,
                ["withdraw menu item"] = (await sp.GetRequiredService<Menu>().WithdrawAsync(auditor, anyId, Ct)).Error,
                ["schedule session request"] = (await sp.GetRequiredService<DecideSessionRequest>().ScheduleAsync(auditor, anyId, new ScheduleRequest(null, null, null, null, null, null), Ct)).Error,
                ["decline session request"] = (await sp.GetRequiredService<DecideSessionRequest>().DeclineAsync(auditor, anyId, new DeclineRequest("理由"), Ct)).Error,
                ["register recuperation base"] = (await sp.GetRequiredService<RecuperationBases>().RegisterAsync(auditor, new NewRecuperationBaseRequest(zhoushan, "只读测试基地", "舟山", 10), Ct)).Error,
                ["log hotline call"] = (await sp.GetRequiredService<HotlineLog>().LogAsync(auditor, new NewHotlineCallRequest("inbound", null, "来电人", "other", null, 60, "已答复", null, zhoushan), Ct)).Error,
                ["go on duty"] = (await sp.GetRequiredService<GoOnDuty>().SwitchAsync(auditor, true, Ct)).Error,
            };
            return answers.Where(a => a.Value != ScopeErrors.ReadOnly).Select(a => $"{a.Key}: {a.Value?.Code ?? "accepted"}").ToList();
        });

        refusals.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_reviewer_of_the_subtree_writing_on_a_case_is_told_their_role_only_reads(DatabaseProvider provider)
    {
        var app = apps[provider];
        var member = await Members.ActiveAsync(app, Sessions.NewPhone(), ResidentIds.New("330902"), "330902");
        var filed = await member.PostAsJsonAsync("/api/v1/cases", new { category = "legal", urgency = "normal", description = "只读角色测试求助", clientRequestId = "read-only" }, Ct);
        var caseId = (await filed.Content.ReadFromJsonAsync<CaseFiled>(Ct))!.Id;
        var reviewer = await app.StaffClientAsync("ZJ", Roles.Reviewer);

        var note = await reviewer.PostAsJsonAsync($"/api/v1/cases/{caseId}/notes", new { text = "审阅人不应能写记录" }, Ct);
        var message = await reviewer.PostAsJsonAsync($"/api/v1/cases/{caseId}/messages", new { text = "审阅人不应能回复" }, Ct);

        await note.ShouldBeProblem(HttpStatusCode.Forbidden, "read_only_role");
        await message.ShouldBeProblem(HttpStatusCode.Forbidden, "read_only_role");
        (await reviewer.GetAsync($"/api/v1/cases/{caseId}", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_auditor_downloads_an_enterprises_roster_template_but_may_not_upload_its_roster(DatabaseProvider provider)
    {
        var app = apps[provider];
        var enterprise = await app.WithServices(sp => sp.GetRequiredService<AppDbContext>().Enterprises.Where(e => e.CreditCode == "91330900MA2A000035").Select(e => e.Id).SingleAsync(Ct));
        var auditor = await app.StaffClientAsync("ZJ", Roles.Auditor);
        using var roster = new MemoryStream();
        MiniExcelLibs.MiniExcel.SaveAs(roster, new[] { new Dictionary<string, object> { ["姓名"] = "只读测试", ["身份证号"] = ResidentIds.New("330902"), ["手机号"] = Sessions.NewPhone() } });

        var template = await auditor.GetAsync($"/api/v1/enterprises/{enterprise}/roster-template", Ct);
        var upload = await auditor.PostAsync(
            $"/api/v1/enterprises/{enterprise}/roster-imports", new MultipartFormDataContent { { new ByteArrayContent(roster.ToArray()), "file", "roster.xlsx" } }, Ct);

        template.StatusCode.ShouldBe(HttpStatusCode.OK);
        await upload.ShouldBeProblem(HttpStatusCode.Forbidden, "read_only_role");
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Union_staff_pass_the_read_only_check_and_meet_the_handlers_own_rules(DatabaseProvider provider)
    {
        var answer = await apps[provider].WithServices(async sp =>
            (await sp.GetRequiredService<DecideApplications>().ApproveAsync(await ActorAsync(sp, Roles.UnionStaff, "ZJ"), Guid.CreateVersion7(), Ct)).Error);

        answer!.Code.ShouldBe("application_not_found");
    }

    /// <summary>An Actor of a fresh account with one role at the union of the given code, resolved as a request would.</summary>
    private static async Task<Actor> ActorAsync(IServiceProvider services, string role, string unitCode)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var unit = await db.OrgUnits.Where(u => u.Code == unitCode).Select(u => u.Id).SingleAsync(Ct);
        return await Actor.OutsideRequestAsync(db, new Caller(Guid.CreateVersion7().ToString(), $"{role} 测试", new HashSet<string> { role }, unit, null), Ct);
    }
}
