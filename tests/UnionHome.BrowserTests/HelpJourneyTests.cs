using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace UnionHome.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class HelpJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task A_seafarer_files_a_request_offline_and_it_arrives_once_when_the_link_returns()
    {
        var ct = TestContext.Current.CancellationToken;
        var phone = $"134{Random.Shared.Next(10_000_000, 99_999_999)}";
        var (member, _) = await app.NewMemberOfDinghaiAsync("郑海", phone);
        var page = await app.NewPageAsync();
        await app.SignInByPhoneAsync(page, phone);

        await page.GotoAsync("/help");
        // The service worker is installed and the page kept: it opens again without a connection.
        await page.WaitForSelectorAsync("html[data-offline-ready=true]", new() { State = WaitForSelectorState.Attached });
        await page.Context.SetOfflineAsync(true);
        await page.SelectOptionAsync("#category", "wage");
        await page.FillAsync("#description", "船东拖欠三个月工资，现在在海上没有信号。");
        await page.FillAsync("#ship", "浙岱渔03188");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交求助" }).ClickAsync();
        await Assertions.Expect(page.Locator("#help-outbox li.pending")).ToContainTextAsync("待发送");

        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#help-outbox li.pending")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#help-outbox li.pending")).ToContainTextAsync("船东拖欠三个月工资");

        await page.Context.SetOfflineAsync(false);
        await Assertions.Expect(page.Locator("#help-sent li.sent")).ToContainTextAsync("已提交");
        await Assertions.Expect(page.Locator("#help-outbox li.pending")).ToHaveCountAsync(0);

        var mine = (await member.GetFromJsonAsync<JsonElement>("/api/v1/me/cases", ct)).GetProperty("items").EnumerateArray().ToList();
        mine.Count.ShouldBe(1);
        mine[0].GetProperty("category").GetString().ShouldBe("wage");
        var number = mine[0].GetProperty("number").GetString()!;
        await Assertions.Expect(page.Locator("#help-sent li.sent")).ToContainTextAsync(number);

        await page.GotoAsync("/me/cases");
        await Assertions.Expect(page.Locator("article.case")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("article.case .status")).ToHaveTextAsync("待受理");
    }
}
