using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OtpNet;
using UnionHome.Platform.Administration;
using UnionHome.Platform.Identity;
using UnionHome.Web.Demo;

namespace UnionHome.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class StaffJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task A_union_officer_signs_in_with_password_and_authenticator_code_and_sees_only_their_subtree()
    {
        var page = await app.NewPageAsync();

        await app.SignInAsync(page, "hy.staff", DemoSeeder.DemoTotpSecret, "**/console");

        await page.GotoAsync("/console/org-units");
        var table = page.Locator("table");
        await Assertions.Expect(table).ToContainTextAsync("舟山市海员工会");
        (await table.TextContentAsync())!.ShouldNotContain("白云区总工会");
        (await table.TextContentAsync())!.ShouldNotContain("浙江省总工会");
    }

    [Fact]
    public async Task A_new_officer_enrols_an_authenticator_from_the_qr_page_then_reaches_the_console()
    {
        var userName = $"new.{Guid.NewGuid():N}"[..16];
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var created = await scope.ServiceProvider.GetRequiredService<Accounts>().CreateUserAsync(
                new NewUser(Roles.UnionStaff, userName, DemoSeeder.StaffPassword, Org: "GZ-GY-BY"), CancellationToken.None);
            created.Succeeded.ShouldBeTrue();
        }

        var page = await app.NewPageAsync();
        await page.GotoAsync("/staff/login");
        await page.FillAsync("#user", userName);
        await page.FillAsync("#password", DemoSeeder.StaffPassword);
        await page.ClickAsync("form.card button[type=submit]");

        await Assertions.Expect(page.Locator(".qr svg")).ToBeVisibleAsync();
        var secret = (await page.TextContentAsync("code.secret"))!.Trim();
        await page.FillAsync("#enrol-code", app.TotpCode(secret));

        await page.SubmitAndWaitForAsync("section.card button[type=submit]", "**/console");
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("白云区总工会");
    }

    [Fact]
    public async Task The_console_sends_an_anonymous_visitor_to_the_staff_sign_in()
    {
        var page = await app.NewPageAsync();

        await page.GotoAsync("/console/org-units");

        await page.WaitForURLAsync("**/staff/login**");
    }

}
