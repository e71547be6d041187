using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;
using UnionHome.Membership.MyMembership;
using UnionHome.Platform.Identity;

namespace UnionHome.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class TransferJourneyTests(BrowserApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_member_who_takes_a_job_in_guiyang_is_received_by_the_baiyun_officer_on_the_transfers_page()
    {
        var (member, memberNumber) = await app.NewMemberOfDinghaiAsync("陶文杰");
        var requested = await member.PostAsJsonAsync("/api/v1/me/membership/transfers", new { workRegionCode = "520113" }, Ct);
        requested.StatusCode.ShouldBe(HttpStatusCode.Created, await requested.Content.ReadAsStringAsync(Ct));

        var officer = await app.NewPageAsync();
        var (userName, secret) = await app.CreateWithAuthenticatorAsync(Roles.UnionStaff, "GZ-GY-BY");
        await app.SignInAsync(officer, userName, secret, "**/console");
        await officer.WaitForSelectorAsync("[data-interactive=true]");
        await officer.GetByRole(AriaRole.Link, new() { Name = "会员关系转移" }).ClickAsync();
        await officer.WaitForURLAsync("**/console/transfers");
        var row = officer.Locator("tr", new() { HasText = memberNumber });
        await Assertions.Expect(row).ToContainTextAsync("定海区总工会");
        await Assertions.Expect(row).ToContainTextAsync("白云区总工会");
        (await row.TextContentAsync())!.ShouldNotContain("陶文杰");

        await row.GetByRole(AriaRole.Button, new() { Name = "通过" }).ClickAsync();

        await Assertions.Expect(officer.Locator(".mud-snackbar")).ToContainTextAsync("已接收");
        await Assertions.Expect(row).ToHaveCountAsync(0);
        await officer.GetByRole(AriaRole.Checkbox, new() { Name = "已接收" }).ClickAsync();
        await Assertions.Expect(officer.Locator("tr", new() { HasText = memberNumber })).ToContainTextAsync("定海区总工会");
        var membership = await member.GetFromJsonAsync<MyMembershipResponse>("/api/v1/me/membership", Ct);
        membership!.Union!.Name.ShouldBe("白云区总工会");
    }
}
