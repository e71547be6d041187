using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MiniExcelLibs;
using UnionHome.Cases.Data;
using UnionHome.Cases.Filing;
using UnionHome.Cases.Hotline;
using UnionHome.Events.Data;
using UnionHome.Membership.MyData;
using UnionHome.Membership.MyMembership;
using UnionHome.Platform.Api;
using UnionHome.Platform.Data;
using UnionHome.Platform.Identity;
using UnionHome.Platform.PersonalData;
using UnionHome.Platform.Sms;
using UnionHome.Tests.Events;
using UnionHome.Tests.Infrastructure;
using UnionHome.Tests.Membership;

namespace UnionHome.Tests.PersonalData;

/// <summary>A member's copy of their data and their erasure reach every module: membership, events, cases, the inbox and the texts.</summary>
[Collection(PlatformCollection.Name)]
public sealed class PersonalDataAcrossModulesTests(Apps apps)
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_members_export_holds_their_cases_decrypted_their_bookings_calls_inbox_and_texts(DatabaseProvider provider)
    {
        var app = apps[provider];
        var person = await PersonWithRecordsAsync(app);

        var json = await person.Member.GetStringAsync("/api/v1/me/data-export", Ct);

        System.Text.Json.JsonDocument.Parse(json).RootElement.EnumerateObject().Select(p => p.Name).ShouldBe(
            ["account", "notifications", "smsMessages", "membership", "applications", "transfers", "cases", "hotlineCalls", "bookings", "sessionRequests", "accessLog"]);
        var export = System.Text.Json.JsonSerializer.Deserialize<DataExport>(json, System.Text.Json.JsonSerializerOptions.Web)!;

        var filed = export.Cases.ShouldHaveSingleItem();
        (filed.Number, filed.Category, filed.Description, filed.ShipName, filed.Latitude).ShouldBe((person.CaseNumber, "medical", person.Description, "浙岱渔03188", 29.98));
        filed.Timeline.ShouldContain(m => m.From == "本人" && m.Text == person.MemberMessage);
        filed.Timeline.ShouldContain(m => m.From == "工会工作人员" && m.Text == person.StaffReply);
        filed.Timeline.ShouldNotContain(m => m.Text == person.StaffNote);
        filed.Images.ShouldHaveSingleItem().Data.ShouldBe(Convert.ToBase64String(Png));
        export.HotlineCalls.ShouldHaveSingleItem().Outcome.ShouldBe(person.HotlineOutcome);
        var booking = export.Bookings.ShouldHaveSingleItem();
        (booking.Event, booking.Status, booking.LotteryTicket).ShouldBe((person.EventTitle, "confirmed", null));
        export.Notifications.ShouldContain(n => n.Title == "您的求助有新回复");
        // What staff wrote about the person's health stays in the encrypted timeline, never in the plain inbox.
        export.Notifications.ShouldNotContain(n => n.Body.Contains(person.StaffReply, StringComparison.Ordinal));
        export.SmsMessages.ShouldNotBeEmpty();
        export.SmsMessages.ShouldAllBe(m => m.PhoneMasked == export.SmsMessages[0].PhoneMasked);
        export.Account.Phone.ShouldBe($"+86{person.Phone}");
        export.AccessLog.ShouldContain(a => a.Action == "cases.hotline_call_logged");
        var workbook = await person.Member.GetByteArrayAsync("/api/v1/me/data-export?format=xlsx", Ct);
        var sheets = MiniExcel.GetSheetNames(new MemoryStream(workbook));
        sheets.ShouldBe(["账号", "消息", "短信", "会籍", "入会申请", "会籍转接", "求助", "热线来电", "活动报名", "点单申请", "查阅记录"]);
        var caseRow = new MemoryStream(workbook).Query(useHeaderRow: true, sheetName: "求助").Cast<IDictionary<string, object>>().ShouldHaveSingleItem();
        caseRow["求助内容"].ShouldBe(person.Description);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Erasure_anonymises_the_members_cases_bookings_calls_inbox_and_texts_and_leaves_no_case_text_in_the_database(DatabaseProvider provider)
    {
        var app = apps[provider];
        var person = await PersonWithRecordsAsync(app);
        var before = await StoredAsync(app, person);
        before.DescriptionCipher.ShouldNotBeEmpty();
        before.EntryCiphers.Count.ShouldBe(3);

        (await ProcessDeletionAsync(app, person)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var after = await StoredAsync(app, person);
        after.DescriptionCipher.ShouldBeEmpty();
        after.EntryCiphers.ShouldBeEmpty();
        (after.Case.Status, after.Case.PositionCipher, after.Case.ShipName, after.Case.Category, after.Case.OrgUnitId).ShouldBe((CaseStatus.Resolved, null, null, CaseCategory.Medical, before.Case.OrgUnitId));
        after.Images.ShouldBe(0);
        after.Call.OutcomeCipher.ShouldBeEmpty();
        after.Call.Category.ShouldBe("health");
        (after.Booking.Status, after.Booking.CancelReason).ShouldBe((BookingStatus.Cancelled, CancelReasons.Erased));
        after.SessionTaken.ShouldBe(before.SessionTaken - 1);
        after.Notifications.ShouldBe(0);
        (await app.Anonymous().GetFromJsonAsync<Paged<SmsOutboxItem>>($"/api/v1/dev/sms-outbox?phone={person.Phone}", Ct))!.Items.ShouldBeEmpty();
        await app.WithServices(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var ciphertexts = before.EntryCiphers.Append(before.DescriptionCipher).ToList();
            (await db.Set<HelpCase>().CountAsync(c => ciphertexts.Contains(c.DescriptionCipher), Ct)).ShouldBe(0);
            (await db.Set<CaseEntry>().CountAsync(e => ciphertexts.Contains(e.BodyCipher!), Ct)).ShouldBe(0);
            (await db.Notifications.CountAsync(n => n.Body.Contains(person.StaffReply), Ct)).ShouldBe(0);
            (await db.AuditEntries.CountAsync(e => e.Target == $"case:{person.CaseId}", Ct)).ShouldBeGreaterThan(0);
            (await db.AuditEntries.CountAsync(e => e.Details != null && e.Details.Contains(person.Description), Ct)).ShouldBe(0);
            return 0;
        });
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_module_failing_during_erasure_leaves_nothing_erased_and_the_request_pending(DatabaseProvider provider)
    {
        await using var app = await apps.StartDedicatedAsync(provider, time: Clocks.Thursday3December1000Beijing(), configureServices: services => services.AddScoped<IPersonalDataContributor, FailingContributor>());
        var person = await PersonWithRecordsAsync(app);
        var before = await StoredAsync(app, person);

        var failed = await ProcessDeletionAsync(app, person);

        failed.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        var after = await StoredAsync(app, person);
        after.DescriptionCipher.ShouldBe(before.DescriptionCipher);
        after.EntryCiphers.ShouldBe(before.EntryCiphers, ignoreOrder: true);
        (after.Case.Status, after.Images, after.Call.OutcomeCipher).ShouldBe((before.Case.Status, 1, before.Call.OutcomeCipher));
        (after.Booking.Status, after.SessionTaken, after.Notifications).ShouldBe((BookingStatus.Confirmed, before.SessionTaken, before.Notifications));
        (after.DisplayName, after.MemberName).ShouldBe((before.DisplayName, before.MemberName));
        (await app.Anonymous().GetFromJsonAsync<Paged<SmsOutboxItem>>($"/api/v1/dev/sms-outbox?phone={person.Phone}", Ct))!.Items.ShouldNotBeEmpty();
        var officer = await app.StaffClientAsync("ZJ-ZS");
        (await officer.GetFromJsonAsync<Paged<DeletionRequestSummary>>("/api/v1/staff/deletion-requests?pageSize=100", Ct))!.Items.ShouldContain(r => r.Id == person.DeletionRequestId);
    }

    /// <summary>
    /// A seafarer's medical case with a position, an image, their message, a staff reply and an internal note; a hotline call
    /// logged under their member number; a confirmed place on an event next week; and a pending request to be erased.
    /// </summary>
    internal static async Task<Person> PersonWithRecordsAsync(UnionHomeApp app)
    {
        var phone = Sessions.NewPhone();
        var member = await Members.ActiveAsync(app, phone, ResidentIds.New("330902"), "330902");
        var userId = (await member.GetFromJsonAsync<MeResponse>("/api/v1/me", Ct))!.UserId;
        var description = $"右手被绞盘压伤，肿胀发紫，怀疑骨折 {Guid.NewGuid():N}";
        var filed = await member.PostAsJsonAsync("/api/v1/cases", new
        {
            category = "medical", urgency = "normal", description, clientRequestId = Guid.NewGuid().ToString(),
            location = new { lat = 29.98, lng = 122.2, datum = "wgs84" }, shipName = "浙岱渔03188", images = new[] { new { data = Convert.ToBase64String(Png) } },
        }, Ct);
        filed.StatusCode.ShouldBe(HttpStatusCode.Created, await filed.Content.ReadAsStringAsync(Ct));
        var @case = (await filed.Content.ReadFromJsonAsync<CaseFiled>(Ct))!;
        var memberMessage = $"补充：已用木板固定 {Guid.NewGuid():N}";
        (await member.PostAsJsonAsync($"/api/v1/cases/{@case.Id}/messages", new { text = memberMessage }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var officer = await app.StaffClientAsync("ZJ-ZS-DH");
        var staffReply = $"请保持患肢抬高，靠港后到舟山医院骨科就诊 {Guid.NewGuid():N}";
        (await officer.PostAsJsonAsync($"/api/v1/cases/{@case.Id}/messages", new { text = staffReply }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var staffNote = $"已联系船东，船东同意提前靠港 {Guid.NewGuid():N}";
        (await officer.PostAsJsonAsync($"/api/v1/staff/cases/{@case.Id}/notes", new { text = staffNote }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var number = (await member.GetFromJsonAsync<MyMembershipResponse>("/api/v1/me/membership", Ct))!.MemberNumber;
        var outcome = $"来电询问工伤认定，已告知所需材料 {Guid.NewGuid():N}";
        var logged = await officer.PostAsJsonAsync("/api/v1/staff/hotline-calls", new
        {
            direction = "inbound", category = "health", callerMemberNumber = number, startedAt = app.Time!.GetUtcNow().AddMinutes(-10), durationSeconds = 240, outcome,
        }, Ct);
        logged.StatusCode.ShouldBe(HttpStatusCode.Created, await logged.Content.ReadAsStringAsync(Ct));
        var call = (await logged.Content.ReadFromJsonAsync<HotlineCallView>(Ct))!;

        var e = await EventsTestData.PublishedEventAsync(app, capacity: 3);
        var booked = (await EventsTestData.BookAsync(member, e)).Booking!;
        var request = await member.PostAsJsonAsync("/api/v1/me/deletion-request", new { reason = "不再使用" }, Ct);
        request.StatusCode.ShouldBe(HttpStatusCode.Created, await request.Content.ReadAsStringAsync(Ct));
        var deletion = (await request.Content.ReadFromJsonAsync<DeletionRequestSummary>(Ct))!;
        return new Person(member, phone, userId, @case.Id, @case.Number, description, memberMessage, staffReply, staffNote, call.Id, outcome, booked.Id, e.Sessions[0].Id, e.Title, deletion.Id);
    }

    private static async Task<HttpResponseMessage> ProcessDeletionAsync(UnionHomeApp app, Person person)
    {
        var officer = await app.StaffClientAsync("ZJ-ZS");
        return await officer.PostAsync($"/api/v1/staff/deletion-requests/{person.DeletionRequestId}/process", null, Ct);
    }

    /// <summary>The rows as stored: ciphertexts, not what any page shows.</summary>
    private static Task<Stored> StoredAsync(UnionHomeApp app, Person person) =>
        app.WithServices(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var c = await db.Set<HelpCase>().AsNoTracking().SingleAsync(x => x.Id == person.CaseId, Ct);
            var entries = await db.Set<CaseEntry>().AsNoTracking().Where(x => x.CaseId == person.CaseId && x.BodyCipher != null).Select(x => x.BodyCipher!).ToListAsync(Ct);
            var images = await db.Set<CaseImage>().CountAsync(i => i.CaseId == person.CaseId, Ct);
            var call = await db.Set<HotlineCall>().AsNoTracking().SingleAsync(x => x.Id == person.HotlineCallId, Ct);
            var booking = await db.Set<Booking>().AsNoTracking().SingleAsync(b => b.Id == person.BookingId, Ct);
            var taken = await db.Set<EventSession>().Where(s => s.Id == person.SessionId).Select(s => s.Taken).SingleAsync(Ct);
            var notifications = await db.Notifications.CountAsync(n => n.UserId == person.UserId, Ct);
            var displayName = await db.Users.Where(u => u.Id == person.UserId).Select(u => u.DisplayName).SingleAsync(Ct);
            var memberName = await db.Set<UnionHome.Membership.Data.Member>().Where(m => m.UserId == person.UserId).Select(m => m.Name).SingleAsync(Ct);
            return new Stored(c, c.DescriptionCipher, entries, images, call, booking, taken, notifications, displayName, memberName);
        });

    internal sealed record Person(
        HttpClient Member, string Phone, string UserId, Guid CaseId, string CaseNumber, string Description, string MemberMessage, string StaffReply, string StaffNote,
        Guid HotlineCallId, string HotlineOutcome, Guid BookingId, Guid SessionId, string EventTitle, Guid DeletionRequestId);

    private sealed record Stored(
        HelpCase Case, string DescriptionCipher, List<string> EntryCiphers, int Images, HotlineCall Call, Booking Booking, int SessionTaken, int Notifications,
        string DisplayName, string MemberName);

    /// <summary>A module whose erasure breaks after every other module has written its part.</summary>
    private sealed class FailingContributor : IPersonalDataContributor
    {
        public Task<PersonalDataPart> ExportAsync(string userId, CancellationToken cancellationToken) => Task.FromResult(PersonalDataPart.Of());

        public Task EraseAsync(string userId, CancellationToken cancellationToken) => throw new InvalidOperationException("The module's storage refused the erasure.");
    }
}
