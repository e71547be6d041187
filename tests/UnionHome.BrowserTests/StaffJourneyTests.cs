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
    public async Task A_new_officer_binds_an_authenticator_through_the_administrators_link_then_reaches_the_console()
    {
        var userName = $"new.{Guid.NewGuid():N}"[..16];
        string link;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var services = scope.ServiceProvider;
            var created = await services.GetRequiredService<Accounts>().CreateUserAsync(
                new NewUser(Roles.UnionStaff, userName, DemoSeeder.StaffPassword, Org: "GZ-GY-BY"), CancellationToken.None);
            created.Succeeded.ShouldBeTrue();
            var db = services.GetRequiredService<UnionHome.Platform.Data.AppDbContext>();
            var admin = db.Users.Single(u => u.UserName == "admin");
            var actor = await UnionHome.Platform.Organization.Actor.OutsideRequestAsync(db, new Caller(admin.Id, "admin", new HashSet<string> { Roles.Admin }, null, null), CancellationToken.None);
            link = (await services.GetRequiredService<UnionHome.Platform.Identity.StaffLogin.TotpEnrolmentLinks>().IssueAsync(actor, created.Value.User.Id, CancellationToken.None)).Value.Path;
        }

        var page = await app.NewPageAsync();
        await page.GotoAsync(link);
        await Assertions.Expect(page.Locator(".qr svg")).ToBeVisibleAsync();
        var secret = (await page.TextContentAsync("code.secret"))!.Trim();
        await page.FillAsync("#password", DemoSeeder.StaffPassword);
        await page.FillAsync("#enrol-code", app.TotpCode(secret));
        await page.ClickAsync("section.card button[type=submit]");
        await Assertions.Expect(page.Locator("p[role=status]")).ToContainTextAsync("身份验证器已绑定");

        app.Time.Advance(TimeSpan.FromSeconds(30));
        await app.SignInAsync(page, userName, secret, "**/console");
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
