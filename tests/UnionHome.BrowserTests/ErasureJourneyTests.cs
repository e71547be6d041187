using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;
using UnionHome.Platform.Identity;

namespace UnionHome.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class ErasureJourneyTests(BrowserApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_officer_erases_a_member_only_after_confirming_and_an_auditor_cannot_erase_at_all()
    {
        var (member, _) = await app.NewMemberOfDinghaiAsync("柏雪");
        var reason = $"不再使用本平台 {Random.Shared.Next(1000, 9999)}";
        var requested = await member.PostAsJsonAsync("/api/v1/me/deletion-request", new { reason }, Ct);
        requested.StatusCode.ShouldBe(HttpStatusCode.Created, await requested.Content.ReadAsStringAsync(Ct));

        var auditor = await app.NewPageAsync();
        var (auditorName, auditorSecret) = await app.CreateWithAuthenticatorAsync(Roles.Auditor, "ZJ-ZS-DH");
        await app.SignInAsync(auditor, auditorName, auditorSecret, "**/console");
        await auditor.GotoAsync("/console/deletion-requests");
        await auditor.WaitForSelectorAsync("[data-interactive=true]");
        await Assertions.Expect(auditor.Locator("tr", new() { HasText = reason })).ToContainTextAsync("柏雪");
        await Assertions.Expect(auditor.GetByRole(AriaRole.Button, new() { Name = "注销并删除" })).ToHaveCountAsync(0);

        var officer = await app.NewPageAsync();
        var (userName, secret) = await app.CreateWithAuthenticatorAsync(Roles.UnionStaff, "ZJ-ZS-DH");
        await app.SignInAsync(officer, userName, secret, "**/console");
        await officer.GotoAsync("/console/deletion-requests");
        await officer.WaitForSelectorAsync("[data-interactive=true]");
        var row = officer.Locator("tr", new() { HasText = reason });
        await row.GetByRole(AriaRole.Button, new() { Name = "注销并删除" }).ClickAsync();
        await officer.GetByRole(AriaRole.Button, new() { Name = "取消" }).ClickAsync();
        await Assertions.Expect(row).ToContainTextAsync("柏雪");

        await row.GetByRole(AriaRole.Button, new() { Name = "注销并删除" }).ClickAsync();
        await Assertions.Expect(officer.Locator(".mud-dialog")).ToContainTextAsync("柏雪");
        await officer.GetByRole(AriaRole.Button, new() { Name = "确认注销" }).ClickAsync();

        await Assertions.Expect(officer.Locator(".mud-snackbar")).ToContainTextAsync("已注销");
        await Assertions.Expect(row).ToHaveCountAsync(0);
        await officer.GetByRole(AriaRole.Checkbox, new() { Name = "已处理" }).ClickAsync();
        await Assertions.Expect(officer.Locator("tr", new() { HasText = reason })).ToContainTextAsync("已注销");
    }
}
