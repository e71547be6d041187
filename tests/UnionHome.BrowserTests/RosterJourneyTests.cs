using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MiniExcelLibs;
using OtpNet;
using UnionHome.Platform.Administration;
using UnionHome.Platform.Identity;
using UnionHome.Web.Demo;

namespace UnionHome.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class RosterJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task A_liaison_uploads_a_roster_watches_it_progress_and_gets_the_report()
    {
        var (userName, secret) = await app.CreateWithAuthenticatorAsync(Roles.EnterpriseLiaison, enterprise: "91520113MA6E000020");
        var page = await app.NewPageAsync();
        await app.SignInAsync(page, userName, secret, "**/enterprise/roster");

        var roster = Path.Combine(Path.GetTempPath(), $"roster-{Guid.NewGuid():N}.xlsx");
        MiniExcel.SaveAs(roster, new[]
        {
            new Dictionary<string, object> { ["姓名"] = "骑手赵", ["身份证号"] = ValidId("52011319900101123"), ["手机号"] = "13512345678", ["职工类型"] = "新就业形态劳动者" },
            new Dictionary<string, object> { ["姓名"] = "骑手钱", ["身份证号"] = "1.10105E+17", ["手机号"] = "13512345679", ["职工类型"] = "新就业形态劳动者" },
        });
        await page.SetInputFilesAsync("#roster-file", roster);
        await page.ClickAsync("form.card button[type=submit]");

        var import = page.Locator("li[data-import]").First;
        await Assertions.Expect(import).ToHaveAttributeAsync("data-status", "completed", new() { Timeout = 30_000 });
        await Assertions.Expect(import.Locator(".progress")).ToContainTextAsync("已处理 2 / 2 行");
        var download = await page.RunAndWaitForDownloadAsync(() => import.Locator("a[download]").ClickAsync());
        await using var saved = File.OpenRead(await download.PathAsync());
        var rows = saved.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        rows.Count.ShouldBe(1, string.Join(" | ", rows.Select(r => string.Join(",", r.Values))));
        var report = rows[0];
        ((string)report["原因"]).ShouldContain("科学计数法");
        File.Delete(roster);
    }

    private static string ValidId(string body17) => body17 + UnionHome.Platform.Validation.ResidentIdNumber.CheckCharacterFor(body17);
}
