using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using UnionHome.Cases.Data;
using UnionHome.Cases.Filing;
using UnionHome.Cases.Queue;
using UnionHome.Membership.Data;
using UnionHome.Membership.Rosters;
using UnionHome.Platform.Data;
using UnionHome.Platform.Encryption;
using UnionHome.Platform.Sms.Outbox;
using UnionHome.Tests.Infrastructure;
using UnionHome.Tests.Membership;

namespace UnionHome.Tests.Encryption;

/// <summary>
/// Special-category data (PIPL art. 28) as someone holding the database file, a dump or a backup sees it: ciphertext
/// only, and a ciphertext moved to another row or column does not open there.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class SpecialCategoryDataTests(Apps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_cases_position_on_behalf_name_resolution_rating_comment_and_images_are_ciphertext_in_the_database_and_images_lose_their_exif(DatabaseProvider provider)
    {
        var app = apps[provider];
        var tag = Guid.NewGuid().ToString("N")[..8];
        var (name, comment, resolution) = ($"代{tag}", $"评价{tag}", $"办结{tag}");
        var (lat, lng) = (29.0 + Random.Shared.Next(100000, 999999) / 1e7, 122.0 + Random.Shared.Next(100000, 999999) / 1e7);
        var member = await Members.ActiveAsync(app, Sessions.NewPhone(), ResidentIds.New("330902"), "330902");
        var officer = await app.StaffClientAsync("ZJ-ZS-DH");
        var filed = await member.PostAsJsonAsync("/api/v1/cases", new
        {
            category = "injury",
            urgency = "normal",
            description = "在船上摔伤了手臂。",
            clientRequestId = Guid.NewGuid().ToString(),
            onBehalfOf = new { name, relationship = "父亲" },
            location = new { lat, lng, datum = "wgs84" },
            images = new[] { new { data = Convert.ToBase64String(JpegWithExif(tag)) } },
        }, Ct);
        filed.StatusCode.ShouldBe(HttpStatusCode.Created, await filed.Content.ReadAsStringAsync(Ct));
        var id = (await filed.Content.ReadFromJsonAsync<CaseFiled>(Ct))!.Id;
        (await officer.PostAsJsonAsync($"/api/v1/staff/cases/{id}/resolve", new { resolution }, Ct)).EnsureSuccessStatusCode();
        (await member.PostAsJsonAsync($"/api/v1/cases/{id}/rating", new { score = 4, comment }, Ct)).EnsureSuccessStatusCode();

        var cases = await RawTables.TextAsync(app, typeof(HelpCase));
        cases.ShouldNotContain(name);
        cases.ShouldNotContain(comment);
        cases.ShouldNotContain(lat.ToString("0.0000", System.Globalization.CultureInfo.InvariantCulture));
        cases.ShouldNotContain(lng.ToString("0.0000", System.Globalization.CultureInfo.InvariantCulture));
        (await RawTables.TextAsync(app, typeof(CaseEntry))).ShouldNotContain(resolution);
        var images = await RawTables.TextAsync(app, typeof(CaseImage));
        images.ShouldNotContain($"EXIF-{tag}");
        images.ShouldNotContain($"JFIF-{tag}");

        var view = (await member.GetFromJsonAsync<CaseView>($"/api/v1/cases/{id}", Ct))!;
        (view.OnBehalfOfName, view.RatingComment, view.Resolution).ShouldBe((name, comment, resolution));
        view.Location!.Lat.ShouldBe(lat);
        view.Location.Lng.ShouldBe(lng);
        var export = JsonDocument.Parse(await member.GetStringAsync("/api/v1/me/data-export", Ct)).RootElement;
        var image = Convert.FromBase64String(export.GetProperty("cases").EnumerateArray().Single(c => c.GetProperty("onBehalfOfName").GetString() == name)
            .GetProperty("images").EnumerateArray().Single().GetProperty("data").GetString()!);
        var bytes = Encoding.Latin1.GetString(image);
        bytes.ShouldNotContain($"EXIF-{tag}", customMessage: "where and with what the photo was taken stays out of what is kept");
        bytes.ShouldNotContain($"COMMENT-{tag}");
        bytes.ShouldContain($"JFIF-{tag}", customMessage: "the picture itself is kept");
        image[..2].ShouldBe(new byte[] { 0xFF, 0xD8 });
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_hotline_callers_description_and_the_outcome_are_ciphertext_in_the_database(DatabaseProvider provider)
    {
        var app = apps[provider];
        var tag = Guid.NewGuid().ToString("N")[..8];
        var officer = await app.StaffClientAsync("ZJ-ZS-DH");

        var logged = await officer.PostAsJsonAsync("/api/v1/staff/hotline-calls", new
        {
            direction = "inbound", category = "emotional", startedAt = new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.FromHours(8)), durationSeconds = 300,
            callerDescription = $"来电{tag}", outcome = $"结果{tag}",
        }, Ct);

        logged.StatusCode.ShouldBe(HttpStatusCode.Created, await logged.Content.ReadAsStringAsync(Ct));
        var calls = await RawTables.TextAsync(app, typeof(HotlineCall));
        calls.ShouldNotContain($"来电{tag}");
        calls.ShouldNotContain($"结果{tag}");
        var list = await officer.GetStringAsync("/api/v1/staff/hotline-calls?from=2026-03-01&to=2026-03-03&pageSize=100", Ct);
        list.ShouldContain($"来电{tag}");
        list.ShouldContain($"结果{tag}");
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Texts_kept_in_the_sms_outbox_are_ciphertext_in_the_database(DatabaseProvider provider)
    {
        var app = apps[provider];
        var phone = Sessions.NewPhone();
        await app.MemberTokenAsync(phone);

        var sent = (await app.TextsToAsync(phone)).First().Text;

        sent.ShouldContain("【职工之家】");
        (await RawTables.TextAsync(app, typeof(SmsOutboxMessage))).ShouldNotContain("【职工之家】");
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_roster_file_waiting_for_its_import_is_ciphertext_in_the_database(DatabaseProvider provider)
    {
        // No worker picks the upload up: it stays as it waits between upload and import.
        await using var app = await apps.StartDedicatedAsync(provider, configureServices: services =>
            services.RemoveAll<IHostedService>());
        var (liaison, enterpriseId) = await Rosters.LiaisonAsync(app);
        var tag = Guid.NewGuid().ToString("N")[..8];
        var id = ResidentIds.New("330102");

        var uploaded = await Rosters.UploadAsync(app.ClientWithToken(liaison), enterpriseId, Rosters.Workbook(["姓名", "身份证号", "手机号"], [$"骑手{tag}", id, Sessions.NewPhone()]));

        uploaded.StatusCode.ShouldBe(HttpStatusCode.Accepted, await uploaded.Content.ReadAsStringAsync(Ct));
        var stored = await RawTables.TextAsync(app, typeof(RosterImport));
        stored.ShouldNotContain("PK\u0003\u0004", customMessage: "the workbook (a zip) is not stored as it came");
        stored.ShouldNotContain("UEsDB", customMessage: "nor as base64");
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Case_notifications_only_say_there_is_a_new_reply(DatabaseProvider provider)
    {
        var app = apps[provider];
        var member = await Members.ActiveAsync(app, Sessions.NewPhone(), ResidentIds.New("330902"), "330902");
        var officer = await app.StaffClientAsync("ZJ-ZS-DH");
        var filed = (await (await member.PostAsJsonAsync("/api/v1/cases", new { category = "psychological", urgency = "normal", description = "夜里睡不着，心里很压抑。", clientRequestId = Guid.NewGuid().ToString() }, Ct))
            .Content.ReadFromJsonAsync<CaseFiled>(Ct))!;

        var earlier = (await InboxAsync(member)).Count;
        (await officer.PostAsJsonAsync($"/api/v1/cases/{filed.Id}/messages", new { text = "我们已安排心理咨询师联系您。" }, Ct)).EnsureSuccessStatusCode();
        (await officer.PostAsJsonAsync($"/api/v1/staff/cases/{filed.Id}/resolve", new { resolution = "已完成心理疏导。" }, Ct)).EnsureSuccessStatusCode();

        var inbox = (await InboxAsync(member)).Skip(earlier).ToList();
        inbox.Count.ShouldBe(2);
        inbox.ShouldAllBe(n => n.Title == "您的求助有新回复");
        inbox.ShouldAllBe(n => !n.Body.Contains(filed.Number) && !n.Body.Contains("办结") && !n.Body.Contains("心理"));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_ciphertext_copied_onto_another_case_or_column_does_not_open_there(DatabaseProvider provider)
    {
        var app = apps[provider];
        var member = await Members.ActiveAsync(app, Sessions.NewPhone(), ResidentIds.New("330902"), "330902");
        var secret = $"确诊抑郁症{Guid.NewGuid():N}";
        var first = await FileAsync(member, secret);
        var second = await FileAsync(member, "船东拖欠工资。");
        var stolen = (await RawTables.GetAsync(app, typeof(HelpCase), nameof(HelpCase.DescriptionCipher), first))!;

        (await RawTables.SetAsync(app, typeof(HelpCase), nameof(HelpCase.DescriptionCipher), second, stolen)).ShouldBe(1);
        var read = await member.GetAsync($"/api/v1/cases/{second}", Ct);

        read.StatusCode.ShouldNotBe(HttpStatusCode.OK);
        (await read.Content.ReadAsStringAsync(Ct)).ShouldNotContain(secret);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Reencrypt_binds_a_value_written_before_rows_were_bound_to_its_row_and_it_stays_readable(DatabaseProvider provider)
    {
        var keys = Deployment.Keys();
        await using var app = await apps.StartDedicatedAsync(provider, keys);
        var member = await Members.ActiveAsync(app, Sessions.NewPhone(), ResidentIds.New("330902"), "330902");
        var id = await FileAsync(member, "船东拖欠工资。");
        var legacy = EarlierCiphertexts.Unbound("t1", Convert.FromBase64String(keys["Encryption:Keys:t1"]!), "三个月没发工资了。");
        await RawTables.SetAsync(app, typeof(HelpCase), nameof(HelpCase.DescriptionCipher), id, legacy);
        (await member.GetFromJsonAsync<CaseView>($"/api/v1/cases/{id}", Ct))!.Description.ShouldBe("三个月没发工资了。", "a value from before keeps opening");

        var exit = await UnionHome.Web.Cli.AdminCommands.RunAsync(app.Services, "reencrypt", [], TextWriter.Null, TextWriter.Null);

        exit.ShouldBe(0);
        var bound = (await RawTables.GetAsync(app, typeof(HelpCase), nameof(HelpCase.DescriptionCipher), id))!;
        bound.ShouldNotBe(legacy);
        (await member.GetFromJsonAsync<CaseView>($"/api/v1/cases/{id}", Ct))!.Description.ShouldBe("三个月没发工资了。");
        var other = await FileAsync(member, "另一件事。");
        await RawTables.SetAsync(app, typeof(HelpCase), nameof(HelpCase.DescriptionCipher), other, bound);
        (await member.GetAsync($"/api/v1/cases/{other}", Ct)).StatusCode.ShouldNotBe(HttpStatusCode.OK, "once migrated it is bound to its row");
    }

    private static async Task<List<(string Title, string Body)>> InboxAsync(HttpClient member) =>
        JsonDocument.Parse(await member.GetStringAsync("/api/v1/me/data-export", Ct)).RootElement.GetProperty("notifications").EnumerateArray()
            .Select(n => (Title: n.GetProperty("title").GetString()!, Body: n.GetProperty("body").GetString()!)).ToList();

    private static async Task<Guid> FileAsync(HttpClient member, string description)
    {
        var filed = await member.PostAsJsonAsync("/api/v1/cases", new { category = "legal", urgency = "normal", description, clientRequestId = Guid.NewGuid().ToString() }, Ct);
        filed.StatusCode.ShouldBe(HttpStatusCode.Created);
        return (await filed.Content.ReadFromJsonAsync<CaseFiled>(Ct))!.Id;
    }

    /// <summary>A JPEG as a phone writes it: JFIF header, an EXIF block (where, when, which phone) and a comment before the scan.</summary>
    private static byte[] JpegWithExif(string tag)
    {
        var bytes = new List<byte> { 0xFF, 0xD8 };
        Segment(0xE0, [.. "JFIF\0"u8, 1, 1, 0, 0, 1, 0, 1, 0, 0, .. Encoding.ASCII.GetBytes($"JFIF-{tag}")]);
        Segment(0xE1, [.. "Exif\0\0"u8, .. Encoding.ASCII.GetBytes($"EXIF-{tag} GPS 29.98N 122.20E")]);
        Segment(0xFE, Encoding.ASCII.GetBytes($"COMMENT-{tag}"));
        Segment(0xDA, [1, 1, 0, 0, 0x3F, 0]);
        bytes.AddRange([0x12, 0x34, 0x56, 0xFF, 0xD9]);
        return [.. bytes];

        void Segment(byte marker, byte[] payload)
        {
            bytes.AddRange([0xFF, marker, (byte)((payload.Length + 2) >> 8), (byte)(payload.Length + 2)]);
            bytes.AddRange(payload);
        }
    }
}
