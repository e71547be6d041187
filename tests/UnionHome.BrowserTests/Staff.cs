using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OtpNet;
using UnionHome.Platform.Administration;
using UnionHome.Web.Demo;

namespace UnionHome.BrowserTests;

/// <summary>Staff accounts with a known authenticator secret, and their sign-in through the real form.</summary>
internal static class Staff
{
    public static async Task<(string UserName, string Secret)> CreateWithAuthenticatorAsync(this BrowserApp app, string role, string? org = null, string? enterprise = null)
    {
        var secret = Base32Encoding.ToString(KeyGeneration.GenerateRandomKey(20));
        var userName = $"{role}.{Guid.NewGuid():N}"[..24];
        await using var scope = app.Services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<Accounts>().CreateUserAsync(
            new NewUser(role, userName, DemoSeeder.StaffPassword, Org: org, EnterpriseCreditCode: enterprise, EnrolTotp: true, TotpSecret: secret), CancellationToken.None);
        created.Succeeded.ShouldBeTrue();
        return (userName, secret);
    }

    /// <summary>The code an authenticator app would show now, by the application's clock.</summary>
    public static string TotpCode(this BrowserApp app, string secret) => new Totp(Base32Encoding.ToBytes(secret)).ComputeTotp(app.Time.GetUtcNow().UtcDateTime);

    public static async Task SignInAsync(this BrowserApp app, IPage page, string userName, string secret, string landsOn)
    {
        await page.GotoAsync("/staff/login");
        await page.FillAsync("#user", userName);
        await page.FillAsync("#password", DemoSeeder.StaffPassword);
        await page.FillAsync("#totp", app.TotpCode(secret));
        await page.SubmitAndWaitForAsync("form.card button[type=submit]", landsOn);
    }
}
