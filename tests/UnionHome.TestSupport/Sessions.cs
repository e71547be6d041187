using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;
using UnionHome.Platform.Administration;
using UnionHome.Platform.Api;
using UnionHome.Platform.Identity;

namespace UnionHome.TestSupport;

/// <summary>Signs people in through the real endpoints, the way an app would.</summary>
public static partial class Sessions
{
    private static long nextPhone = Random.Shared.NextInt64(10_000_000, 90_000_000);

    /// <summary>A mainland number no other test uses.</summary>
    public static string NewPhone() => $"186{Interlocked.Increment(ref nextPhone):D8}";

    public static async Task<string> LatestCodeAsync(this UnionHomeApp app, string phone)
    {
        var text = (await app.TextsToAsync(phone)).First().Text;
        return CodeIn().Match(text).Value;
    }

    public static async Task<string> MemberTokenAsync(this UnionHomeApp app, string phone)
    {
        var client = app.Anonymous();
        var ct = TestContext.Current.CancellationToken;
        (await client.PostAsJsonAsync("/api/v1/auth/sms-code", new { phone }, ct)).EnsureSuccessStatusCode();
        var code = await app.LatestCodeAsync(phone);
        var login = await client.PostAsJsonAsync("/api/v1/auth/sms-login", new { phone, code }, ct);
        login.EnsureSuccessStatusCode();
        return (await login.Content.ReadFromJsonAsync<AccessTokenResponse>(ct))!.AccessToken;
    }

    /// <summary>Creates a fresh union officer at the given union with an enrolled authenticator; returns name and secret.</summary>
    public static async Task<(string UserName, string Secret)> CreateStaffWithAuthenticatorAsync(this UnionHomeApp app, string org, string role = Roles.UnionStaff)
    {
        var secret = Base32Encoding.ToString(KeyGeneration.GenerateRandomKey(20));
        var userName = $"{role}.{Guid.NewGuid():N}"[..30];
        var created = await app.WithServices(sp => sp.GetRequiredService<Accounts>().CreateUserAsync(
            new NewUser(role, userName, StaffPassword, Org: org, EnrolTotp: true, TotpSecret: secret), CancellationToken.None));
        created.Succeeded.ShouldBeTrue(created.Error?.Message);
        return (userName, secret);
    }

    /// <summary>Creates a fresh account with an enrolled authenticator and signs it in with password and code.</summary>
    public static async Task<(string Token, string UserId)> NewStaffAsync(this UnionHomeApp app, string role, string? org, string? enterprise = null)
    {
        var secret = Base32Encoding.ToString(KeyGeneration.GenerateRandomKey(20));
        var userName = $"{role}.{Guid.NewGuid():N}"[..30];
        var created = await app.WithServices(sp => sp.GetRequiredService<Accounts>().CreateUserAsync(
            new NewUser(role, userName, role == Roles.Member ? null : StaffPassword, null, org, enterprise, role == Roles.Member ? NewPhone() : null, EnrolTotp: role != Roles.Member, TotpSecret: secret),
            CancellationToken.None));
        created.Succeeded.ShouldBeTrue(created.Error?.Message);
        if (role == Roles.Member)
        {
            return (await app.MemberTokenAsync(await app.PhoneOfAsync(created.Value.User.Id)), created.Value.User.Id);
        }

        var token = await app.StaffTokenAsync(userName, StaffPassword, TotpNow(app, secret));
        return (token, created.Value.User.Id);
    }

    /// <summary>
    /// The one way tests get a signed-in staff client: a fresh account of the role at the union with that code (null for
    /// the whole tree), or a liaison of the enterprise with that credit code, signed in with password and authenticator.
    /// </summary>
    public static async Task<HttpClient> StaffClientAsync(this UnionHomeApp app, string? org, string role = Roles.UnionStaff, string? enterprise = null) =>
        app.ClientWithToken((await app.NewStaffAsync(role, org, enterprise)).Token);

    /// <summary>The texts sent to a phone, newest first, as the development SMS outbox lists them.</summary>
    public static async Task<List<SmsOutboxItem>> TextsToAsync(this UnionHomeApp app, string phone) =>
        (await app.Anonymous().GetFromJsonAsync<Paged<SmsOutboxItem>>($"/api/v1/dev/sms-outbox?phone={phone}", TestContext.Current.CancellationToken))!.Items.ToList();

    public const string StaffPassword = "Correct-Horse-42";

    /// <summary>The code an authenticator app would show now, by the application's clock.</summary>
    public static string TotpNow(UnionHomeApp app, string secret) =>
        new Totp(Base32Encoding.ToBytes(secret)).ComputeTotp(app.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);

    public static async Task<string> StaffTokenAsync(this UnionHomeApp app, string userName, string password, string? totpCode)
    {
        var response = await app.Anonymous().PostAsJsonAsync(
            "/api/v1/auth/staff-login", new { userName, password, totpCode }, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<AccessTokenResponse>(TestContext.Current.CancellationToken))!.AccessToken;
    }

    public static Task<string> PhoneOfAsync(this UnionHomeApp app, string userId) =>
        app.WithServices(async sp =>
        {
            var db = sp.GetRequiredService<UnionHome.Platform.Data.AppDbContext>();
            var cipher = sp.GetRequiredService<UnionHome.Platform.Encryption.FieldCipher>();
            var user = await db.Users.FindAsync(userId);
            return UnionHome.Platform.Validation.MobilePhone.Parse(cipher.Decrypt<UnionHome.Platform.Identity.AppUser>(user!.PhoneCipher!, nameof(user.PhoneCipher), userId)).National;
        });

    [GeneratedRegex("[0-9]{6}")]
    private static partial Regex CodeIn();
}
