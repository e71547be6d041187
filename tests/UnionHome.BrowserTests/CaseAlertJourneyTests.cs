using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;
using UnionHome.Platform.Identity;

namespace UnionHome.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class CaseAlertJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task An_on_duty_officer_sees_the_alert_of_a_members_urgent_case_within_seconds()
    {
        var ct = TestContext.Current.CancellationToken;
        var (member, _) = await app.NewMemberOfDinghaiAsync("韩潮");
        var (userName, secret) = await app.CreateWithAuthenticatorAsync(Roles.UnionStaff, "ZJ-ZS-DH");

        var officer = await app.NewPageAsync();
        await app.SignInAsync(officer, userName, secret, "**/console");
        await officer.GotoAsync("/console/cases");
        await officer.WaitForSelectorAsync("[data-interactive=true]");
        await officer.Locator("#on-duty").ClickAsync();
        await Assertions.Expect(officer.Locator(".case-alerts")).ToHaveAttributeAsync("data-listening", "true", new() { Timeout = 10_000 });

        var filed = await member.PostAsJsonAsync("/api/v1/cases", new
        {
            category = "injury",
            urgency = "urgent",
            description = "码头装卸时被吊货砸伤脚，老板不让报工伤。",
            clientRequestId = Guid.NewGuid().ToString(),
        }, ct);
        filed.StatusCode.ShouldBe(HttpStatusCode.Created, await filed.Content.ReadAsStringAsync(ct));

        await Assertions.Expect(officer.Locator(".case-alerts")).ToHaveAttributeAsync("data-count", "1", new() { Timeout = 5_000 });
        await Assertions.Expect(officer.Locator(".case-alerts .mud-badge")).ToContainTextAsync("1");
        var number = (await filed.Content.ReadFromJsonAsync<UnionHome.Cases.Filing.CaseFiled>(ct))!.Number;
        await Assertions.Expect(officer.Locator("tr", new() { HasText = number })).ToContainTextAsync("加急");
    }
}
