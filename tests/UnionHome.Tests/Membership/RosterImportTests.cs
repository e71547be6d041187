using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using UnionHome.Membership.Rosters;
using UnionHome.Platform.Api;
using UnionHome.Platform.Data;
using UnionHome.Platform.Identity;
using UnionHome.Tests.Infrastructure;

namespace UnionHome.Tests.Membership;

[Collection(PlatformCollection.Name)]
public sealed class RosterImportTests(Apps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_messy_roster_imports_its_good_rows_and_reports_every_bad_one_in_chinese(DatabaseProvider provider)
    {
        var app = apps[provider];
        var (liaison, enterpriseId) = await Rosters.LiaisonAsync(app);
        var (good1, good2, good3, duplicate) = (ResidentIds.New("330102"), ResidentIds.New("330102"), ResidentIds.New("330102"), ResidentIds.New("330102"));
        var roster = Rosters.Workbook(
            ["杭州湖滨即时配送有限公司 入会名册", null, null, null],
            [null, null, null, null],
            ["姓名", "身份证号", "手机号", "职工类型"],
            ["骑手甲", good1, Sessions.NewPhone(), "新就业形态劳动者"],
            ["骑手乙", FullWidth(good2[..^1]) + good2[^1..].ToLowerInvariant(), Sessions.NewPhone(), "新就业形态劳动者"],
            ["骑手丙", $" {good3[..6]} {good3[6..14]} {good3[14..]} ", Sessions.NewPhone(), "新就业形态劳动者"],
            [null, null, null, null],
            ["骑手丁", 110105194912310021d, Sessions.NewPhone(), "新就业形态劳动者"],
            ["骑手戊", "1.10105E+17", Sessions.NewPhone(), "新就业形态劳动者"],
            ["骑手己", duplicate, Sessions.NewPhone(), "新就业形态劳动者"],
            ["骑手己", duplicate, Sessions.NewPhone(), "新就业形态劳动者"],
            ["骑手庚", ResidentIds.New("330102"), "1234", "新就业形态劳动者"]);

        var progress = await Rosters.ImportAsync(app, liaison, enterpriseId, roster);

        progress.Status.ShouldBe("completed");
        progress.Total.ShouldBe(8);
        progress.Processed.ShouldBe(8);
        progress.Imported.ShouldBe(4);
        progress.Rejected.ShouldBe(4);
        var report = await ReportAsync(app, liaison, progress.Id);
        report.ShouldContain(r => r.Row == 8 && r.Reason.Contains("存成了数字", StringComparison.Ordinal));
        report.ShouldContain(r => r.Row == 9 && r.Reason.Contains("科学计数法", StringComparison.Ordinal));
        report.ShouldContain(r => r.Row == 11 && r.Reason.Contains("重复", StringComparison.Ordinal));
        report.ShouldContain(r => r.Row == 12 && r.Column == "手机号");

        var officer = await app.StaffClientAsync("ZJ-HZ-SC");
        var queue = await officer.GetFromJsonAsync<Paged<UnionHome.Membership.Approvals.ApplicationSummary>>("/api/v1/staff/applications?pageSize=100", Ct);
        queue!.Items.Where(a => a.Source == "rosterImport" && a.Name.StartsWith("骑手", StringComparison.Ordinal)).ShouldAllBe(a => a.RoutedTo.Name == "湖滨街道新就业形态联合工会");
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Uploading_the_same_roster_again_adds_nobody_twice(DatabaseProvider provider)
    {
        var app = apps[provider];
        var (liaison, enterpriseId) = await Rosters.LiaisonAsync(app);
        var roster = Rosters.Workbook(["姓名", "身份证号", "手机号"], ["工人甲", ResidentIds.New("330102"), Sessions.NewPhone()], ["工人乙", ResidentIds.New("330102"), Sessions.NewPhone()]);

        (await Rosters.ImportAsync(app, liaison, enterpriseId, roster)).Imported.ShouldBe(2);
        var again = await Rosters.ImportAsync(app, liaison, enterpriseId, roster);

        again.Imported.ShouldBe(0);
        again.Rejected.ShouldBe(2);
        (await ReportAsync(app, liaison, again.Id)).ShouldAllBe(r => r.Reason.Contains("审核中", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_roster_of_an_enterprise_with_its_own_union_is_approved_at_once()
    {
        var app = apps[DatabaseProvider.Sqlite];
        var enterpriseId = await app.WithServices(sp => sp.GetRequiredService<AppDbContext>().Enterprises.Where(e => e.CreditCode == "91330900MA2A000035").Select(e => e.Id).SingleAsync(Ct));
        var (liaison, _) = await app.NewStaffAsync(Roles.EnterpriseLiaison, null, enterprise: "91330900MA2A000035");
        var roster = Rosters.Workbook(["姓名", "身份证号", "手机号", "职工类型", "工作地"], ["船员甲", ResidentIds.New(), Sessions.NewPhone(), "海员", "舟山市定海区"]);

        var progress = await Rosters.ImportAsync(app, liaison, enterpriseId, roster);

        progress.Imported.ShouldBe(1);
        var member = await app.WithServices(sp => sp.GetRequiredService<AppDbContext>().Set<UnionHome.Membership.Data.Member>().SingleAsync(m => m.Name == "船员甲", Ct));
        member.MemberNumber.ShouldStartWith("330902");
    }

    [Theory]
    [InlineData("not an excel file", "roster_not_xlsx")]
    [InlineData("", "roster_missing")]
    public async Task A_file_that_is_not_an_xlsx_is_refused_before_reading(string content, string code)
    {
        var app = apps[DatabaseProvider.Sqlite];
        var (liaison, enterpriseId) = await Rosters.LiaisonAsync(app);

        var response = await UploadAsync(app, liaison, enterpriseId, System.Text.Encoding.UTF8.GetBytes(content));

        await response.ShouldBeProblem(HttpStatusCode.BadRequest, code);
    }

    [Fact]
    public void A_zip_that_unpacks_to_far_more_than_it_weighs_is_refused()
    {
        using var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntry("xl/workbook.xml");
            using var bomb = zip.CreateEntry("xl/worksheets/sheet1.xml", System.IO.Compression.CompressionLevel.SmallestSize).Open();
            bomb.Write(new byte[50 * 1024 * 1024]);
        }

        RosterFile.Check(stream.ToArray())!.Code.ShouldBe("roster_suspicious");
    }

    [Fact]
    public void The_size_a_sheet_declares_is_read_without_its_rows_and_a_sheet_without_one_says_so()
    {
        var roster = Rosters.Workbook(["名册", null, null], ["姓名", "身份证号", "手机号"], ["甲", ResidentIds.New(), Sessions.NewPhone()], ["乙", ResidentIds.New(), Sessions.NewPhone()]);

        RosterDimension.DeclaredLastRow(roster).ShouldBe(4);
        RosterDimension.DeclaredLastRow(WithoutDimension(roster)).ShouldBeNull();
    }

    [Fact]
    public async Task A_roster_that_does_not_declare_its_size_still_reports_its_total()
    {
        var app = apps[DatabaseProvider.Sqlite];
        var (liaison, enterpriseId) = await Rosters.LiaisonAsync(app);
        var roster = WithoutDimension(Rosters.Workbook(["姓名", "身份证号", "手机号"], ["工人丙", ResidentIds.New("330102"), Sessions.NewPhone()], [null, null, null], ["工人丁", ResidentIds.New("330102"), Sessions.NewPhone()]));

        var progress = await Rosters.ImportAsync(app, liaison, enterpriseId, roster);

        (progress.Status, progress.Total, progress.Imported).ShouldBe(("completed", 2, 2));
    }

    [Fact]
    public async Task The_template_has_chinese_headers_and_text_formatted_id_cells()
    {
        var app = apps[DatabaseProvider.Sqlite];
        var (liaison, enterpriseId) = await Rosters.LiaisonAsync(app);

        var bytes = await app.ClientWithToken(liaison).GetByteArrayAsync($"/api/v1/enterprises/{enterpriseId}/roster-template", Ct);

        var header = (IDictionary<string, object>)new MemoryStream(bytes).Query(useHeaderRow: false).First();
        header.Values.ShouldBe(["姓名", "身份证号", "手机号", "职工类型", "工作地"]);
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(bytes));
        using var styles = new StreamReader(zip.GetEntry("xl/styles.xml")!.Open());
        (await styles.ReadToEndAsync(Ct)).ShouldContain("formatCode=\"@\"");
    }

    [Fact]
    public async Task A_liaison_of_another_enterprise_cannot_import_into_this_one()
    {
        var app = apps[DatabaseProvider.Sqlite];
        var (_, enterpriseId) = await Rosters.LiaisonAsync(app);
        var (stranger, _) = await app.NewStaffAsync(Roles.EnterpriseLiaison, null, enterprise: "91520113MA6E000020");

        var response = await UploadAsync(app, stranger, enterpriseId, Rosters.Workbook(["姓名", "身份证号", "手机号"]));

        await response.ShouldBeProblem(HttpStatusCode.NotFound, "enterprise_not_found");
    }

    private static Task<HttpResponseMessage> UploadAsync(UnionHomeApp app, string token, Guid enterpriseId, byte[] roster) =>
        Rosters.UploadAsync(app.ClientWithToken(token), enterpriseId, roster);

    private static async Task<List<RosterIssueRow>> ReportAsync(UnionHomeApp app, string token, Guid importId)
    {
        var bytes = await app.ClientWithToken(token).GetByteArrayAsync($"/api/v1/roster-imports/{importId}/report", Ct);
        return new MemoryStream(bytes).Query(useHeaderRow: true).Cast<IDictionary<string, object>>()
            .Select(r => new RosterIssueRow(Convert.ToInt32(r["行号"], System.Globalization.CultureInfo.InvariantCulture), (string)r["列"], r["填写内容"] as string ?? "", (string)r["原因"]))
            .ToList();
    }

    private static byte[] WithoutDimension(byte[] workbook)
    {
        using var stream = new MemoryStream();
        stream.Write(workbook);
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Update, leaveOpen: true))
        {
            var sheet = zip.GetEntry("xl/worksheets/sheet1.xml")!;
            string xml;
            using (var reader = new StreamReader(sheet.Open()))
            {
                xml = reader.ReadToEnd();
            }

            sheet.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml").Open());
            writer.Write(System.Text.RegularExpressions.Regex.Replace(xml, "<(\\w+:)?dimension [^>]*/>", ""));
        }

        return stream.ToArray();
    }

    private static string FullWidth(string digits) => string.Concat(digits.Select(c => char.IsAsciiDigit(c) ? (char)(c - '0' + '０') : c));

    private sealed record RosterIssueRow(int Row, string Column, string Value, string Reason);
}
