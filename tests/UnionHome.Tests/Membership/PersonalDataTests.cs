using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using UnionHome.Membership.MyData;
using UnionHome.Membership.MyMembership;
using UnionHome.Platform.Api;
using UnionHome.Platform.Data;
using UnionHome.Platform.Identity;
using UnionHome.Tests.Infrastructure;
using UnionHome.Tests.PersonalData;

namespace UnionHome.Tests.Membership;

[Collection(PlatformCollection.Name)]
public sealed class PersonalDataTests(Apps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_member_downloads_everything_held_about_them_and_the_download_is_audited(DatabaseProvider provider)
    {
        var app = apps[provider];
        var phone = Sessions.NewPhone();
        var id = ResidentIds.New();
        var member = await Members.ActiveAsync(app, phone, id, "330902");
        for (var i = 0; i < 50 && (await member.GetFromJsonAsync<Paged<InboxItem>>("/api/v1/me/inbox", Ct))!.Items.Count < 2; i++)
        {
            await Task.Delay(100, Ct);
        }

        var export = (await member.GetFromJsonAsync<DataExport>("/api/v1/me/data-export", Ct))!;

        export.Account.Phone.ShouldBe($"+86{phone}");
        export.Membership!.IdNumber.ShouldBe(id);
        export.Applications.ShouldHaveSingleItem().IdNumber.ShouldBe(id);
        export.Notifications.ShouldContain(n => n.Title == "欢迎来到职工之家");
        var workbook = await member.GetByteArrayAsync("/api/v1/me/data-export?format=xlsx", Ct);
        MiniExcel.GetSheetNames(new MemoryStream(workbook)).ShouldBe(["账号", "消息", "短信", "会籍", "入会申请", "会籍转接", "求助", "热线来电", "活动报名", "点单申请", "查阅记录"]);
        var audited = await app.WithServices(sp => sp.GetRequiredService<AppDbContext>().AuditEntries.CountAsync(e => e.Details == "personal-data-export" && e.Target == "user:" + export.Account.UserId, Ct));
        audited.ShouldBe(2);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_member_corrects_their_phone_after_proving_the_new_number(DatabaseProvider provider)
    {
        var app = apps[provider];
        var member = await Members.ActiveAsync(app, Sessions.NewPhone(), ResidentIds.New(), "330902");
        var newPhone = Sessions.NewPhone();
        await (await member.PostAsJsonAsync("/api/v1/me/phone", new { phone = newPhone, code = "123456" }, Ct)).ShouldBeProblem(HttpStatusCode.Unauthorized, "sms_code_invalid");
        await app.Anonymous().PostAsJsonAsync("/api/v1/auth/sms-code", new { phone = newPhone }, Ct);

        var corrected = await member.PostAsJsonAsync("/api/v1/me/phone", new { phone = newPhone, code = await app.LatestCodeAsync(newPhone) }, Ct);

        corrected.StatusCode.ShouldBe(HttpStatusCode.OK);
        var before = (await member.GetFromJsonAsync<MeResponse>("/api/v1/me", Ct))!.UserId;
        app.Time!.Advance(TimeSpan.FromSeconds(61));
        var after = (await app.ClientWithToken(await app.MemberTokenAsync(newPhone)).GetFromJsonAsync<MeResponse>("/api/v1/me", Ct))!.UserId;
        after.ShouldBe(before);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_erased_member_keeps_only_what_statistics_need(DatabaseProvider provider)
    {
        var app = apps[provider];
        var phone = Sessions.NewPhone();
        var member = await Members.ActiveAsync(app, phone, ResidentIds.New(), "330902");
        var userId = (await member.GetFromJsonAsync<MeResponse>("/api/v1/me", Ct))!.UserId;
        var request = (await (await member.PostAsJsonAsync("/api/v1/me/deletion-request", new { reason = "不再使用" }, Ct)).Content.ReadFromJsonAsync<DeletionRequestSummary>(Ct))!;
        await (await member.PostAsJsonAsync("/api/v1/me/deletion-request", new { reason = "again" }, Ct)).ShouldBeProblem(HttpStatusCode.Conflict, "deletion_pending");

        var guiyang = await app.StaffClientAsync("GZ");
        await (await guiyang.PostAsync($"/api/v1/staff/deletion-requests/{request.Id}/process", null, Ct)).ShouldBeProblem(HttpStatusCode.NotFound, "deletion_request_not_found");
        var zhoushan = await app.StaffClientAsync("ZJ-ZS");
        (await zhoushan.GetFromJsonAsync<Paged<DeletionRequestSummary>>("/api/v1/staff/deletion-requests?pageSize=100", Ct))!.Items.ShouldContain(r => r.Id == request.Id);
        (await zhoushan.PostAsync($"/api/v1/staff/deletion-requests/{request.Id}/process", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var erased = await app.WithServices(sp => sp.GetRequiredService<AppDbContext>().Set<UnionHome.Membership.Data.Member>().AsNoTracking().SingleAsync(m => m.UserId == userId, Ct));
        erased.Name.ShouldBe("已注销");
        erased.ResidentIdCipher.ShouldBeEmpty();
        erased.PhoneCipher.ShouldBeNull();
        erased.Status.ShouldBe(UnionHome.Membership.Data.MemberStatus.Erased);
        erased.OrgUnitId.ShouldNotBeNull();
        erased.WorkRegionCode.ShouldBe("330902");
        app.Time!.Advance(TimeSpan.FromSeconds(61));
        var reborn = (await app.ClientWithToken(await app.MemberTokenAsync(phone)).GetFromJsonAsync<MeResponse>("/api/v1/me", Ct))!;
        reborn.UserId.ShouldNotBe(userId);
    }

    [Fact]
    public async Task Erasure_closes_a_pending_transfer_so_nothing_brings_the_person_back()
    {
        var app = apps[DatabaseProvider.Sqlite];
        var member = await Members.ActiveAsync(app, Sessions.NewPhone(), ResidentIds.New(), "330902");
        var transfer = (await (await member.PostAsJsonAsync("/api/v1/me/membership/transfers", new { workRegionCode = "520113" }, Ct)).Content.ReadFromJsonAsync<UnionHome.Membership.Transfers.TransferAccepted>(Ct))!;
        var request = (await (await member.PostAsJsonAsync("/api/v1/me/deletion-request", new { }, Ct)).Content.ReadFromJsonAsync<DeletionRequestSummary>(Ct))!;
        var (admin, _) = await app.NewStaffAsync(Roles.Admin, null);
        (await app.ClientWithToken(admin).PostAsync($"/api/v1/staff/deletion-requests/{request.Id}/process", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var approve = await app.ClientWithToken(admin).PostAsync($"/api/v1/staff/transfers/{transfer.Id}/approve", null, Ct);

        await approve.ShouldBeProblem(HttpStatusCode.Conflict, "transfer_decided");
    }

    [Fact]
    public async Task An_auditor_reads_the_queue_but_cannot_decide()
    {
        var app = apps[DatabaseProvider.Sqlite];
        var applied = await Members.ApplyAsync(app, new { name = "周八", idNumber = ResidentIds.New(), workerType = "employee", workRegionCode = "330902" });
        var (auditor, _) = await app.NewStaffAsync(Roles.Auditor, "ZJ");

        (await app.ClientWithToken(auditor).GetAsync("/api/v1/staff/applications", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await app.ClientWithToken(auditor).PostAsync($"/api/v1/staff/applications/{applied.Id}/approve", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
