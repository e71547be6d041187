using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OtpNet;
using UnionHome.Platform.Administration;
using UnionHome.Platform.Identity;
using UnionHome.Web.Demo;

namespace UnionHome.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class MembershipJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task A_rider_applies_online_the_district_union_approves_and_the_rider_shows_the_e_card()
    {
        var rider = await app.NewPageAsync();
        await app.SignInByPhoneAsync(rider, "13600136000");
        await rider.GotoAsync("/join");
        await rider.FillAsync("#name", "王五");
        await rider.FillAsync("#id-number", "11010519491231002x");
        await rider.SelectOptionAsync("#worker-type", "gig");
        await rider.FillAsync("#region", "贵阳市白云区");
        await rider.ClickAsync("form.card button[type=submit]");
        await Assertions.Expect(rider.Locator("[role=status]")).ToContainTextAsync("白云区总工会");

        var officer = await app.NewPageAsync();
        var (userName, secret) = await app.CreateWithAuthenticatorAsync(Roles.UnionStaff, "GZ-GY-BY");
        await app.SignInAsync(officer, userName, secret, "**/console");
        await officer.GotoAsync("/console/applications");
        await officer.WaitForSelectorAsync("[data-interactive=true]");
        var row = officer.Locator("tr", new() { HasText = "王五" });
        await row.GetByRole(AriaRole.Button, new() { Name = "通过" }).ClickAsync();
        await Assertions.Expect(officer.Locator(".mud-snackbar")).ToContainTextAsync("已通过");

        await rider.GotoAsync("/me/card");
        await Assertions.Expect(rider.Locator(".member-number")).ToHaveTextAsync(new Regex("^520113\\d{10}$"));
        await Assertions.Expect(rider.Locator(".qr svg")).ToBeVisibleAsync();
        (await rider.TextContentAsync("main"))!.ShouldContain("白云区总工会");
    }
}
