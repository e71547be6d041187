using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace UnionHome.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed partial class MemberJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task A_worker_signs_in_with_the_code_from_the_sms_outbox_and_lands_on_their_page()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/login");

        await page.FillAsync("#phone", "138 0013 8000");
        await page.ClickAsync("form.card button[type=submit]");
        await page.WaitForSelectorAsync("#code");
        var code = await LatestCodeAsync("13800138000");
        await page.FillAsync("#code", code);

        await page.SubmitAndWaitForAsync("form.card button[type=submit]", "**/me");
        (await page.TextContentAsync("main"))!.ShouldContain("海员 李海军");
        (await page.TextContentAsync("main"))!.ShouldContain("舟山市海员工会");
    }

    [Fact]
    public async Task A_wrong_code_is_explained_in_chinese_and_the_worker_can_try_again()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/login");
        await page.FillAsync("#phone", "13900139000");
        await page.ClickAsync("form.card button[type=submit]");
        await page.WaitForSelectorAsync("#code");
        var code = await LatestCodeAsync("13900139000");

        await page.FillAsync("#code", code == "000000" ? "111111" : "000000");
        await page.ClickAsync("form.card button[type=submit]");

        (await page.TextContentAsync("[role=alert]"))!.ShouldBe("验证码错误");
        await page.FillAsync("#code", code);
        await page.SubmitAndWaitForAsync("form.card button[type=submit]", "**/me");
    }

    [Fact]
    public async Task Member_pages_have_no_serious_or_critical_accessibility_violations()
    {
        var page = await app.NewPageAsync();
        var findings = new List<string>();
        foreach (var path in new[] { "/", "/login", "/staff/login" })
        {
            await page.GotoAsync(path);
            findings.AddRange(await SeriousViolationsAsync(page, path));
        }

        await page.GotoAsync("/login");
        await page.FillAsync("#phone", "13700137000");
        await page.ClickAsync("form.card button[type=submit]");
        await page.WaitForSelectorAsync("#code");
        findings.AddRange(await SeriousViolationsAsync(page, "/login (code step)"));
        await page.FillAsync("#code", await LatestCodeAsync("13700137000"));
        await page.SubmitAndWaitForAsync("form.card button[type=submit]", "**/me");
        findings.AddRange(await SeriousViolationsAsync(page, "/me"));
        foreach (var path in new[] { "/me/data", "/me/card", "/join" })
        {
            await page.GotoAsync(path);
            findings.AddRange(await SeriousViolationsAsync(page, path));
        }

        findings.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_english_switch_translates_the_member_pages()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/login");

        await page.ClickAsync("a.lang");

        (await page.TextContentAsync("h1"))!.ShouldBe("Sign in with your phone");
        (await page.GetAttributeAsync("html", "lang")).ShouldBe("en");
    }

    [Fact]
    public async Task Landing_and_login_pages_weigh_under_30_KB_compressed()
    {
        var total = 0L;
        foreach (var path in new[] { "/", "/login" })
        {
            var html = await CompressedSizeAsync(path);
            var page = await app.Http.GetStringAsync(path, TestContext.Current.CancellationToken);
            var assets = StylesheetOrScript().Matches(page).Select(m => m.Groups[1].Value).ToList();
            assets.ShouldNotContain(a => a.Contains("blazor.web.js", StringComparison.Ordinal), "member pages must not need the Blazor script");
            long assetBytes = 0;
            foreach (var asset in assets)
            {
                assetBytes += await CompressedSizeAsync(asset);
            }

            total += html + assetBytes;
        }

        total.ShouldBeLessThan(30 * 1024);
    }

    private async Task<long> CompressedSizeAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptEncoding.ParseAdd("br, gzip");
        using var response = await app.Http.SendAsync(request, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)).LongLength;
    }

    private async Task<string> LatestCodeAsync(string phone)
    {
        var messages = await app.Http.GetFromJsonAsync<OutboxPage>($"/api/v1/dev/sms-outbox?phone={phone}", TestContext.Current.CancellationToken);
        return SixDigits().Match(messages!.Items.First().Text).Value;
    }

    private static async Task<IEnumerable<string>> SeriousViolationsAsync(IPage page, string where)
    {
        var result = await page.RunAxe();
        return result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{where}: {v.Id} ({v.Impact}) {string.Join(", ", v.Nodes.Select(n => n.Html))}");
    }

    private sealed record OutboxItem(string PhoneMasked, string Text);


    private sealed record OutboxPage(List<OutboxItem> Items);

    [GeneratedRegex("[0-9]{6}")]
    private static partial Regex SixDigits();

    [GeneratedRegex("(?:href|src)=\"(/[^\"]+\\.(?:css|js))\"")]
    private static partial Regex StylesheetOrScript();
}
