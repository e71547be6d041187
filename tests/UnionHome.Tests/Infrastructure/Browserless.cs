using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace UnionHome.Tests.Infrastructure;

/// <summary>Posts the real staff sign-in form, antiforgery token and all, with a cookie-keeping client.</summary>
public static partial class Browserless
{
    public static HttpClient CookieClient(this UnionHomeApp app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = true });

    public static async Task<HttpResponseMessage> PostStaffSignInFormAsync(this HttpClient client, string userName, string password, string? totp)
    {
        var ct = TestContext.Current.CancellationToken;
        var page = await client.GetStringAsync("/staff/login", ct);
        return await client.PostAsync("/staff/login", StaffSignInForm(page, userName, password, totp), ct);
    }

    /// <summary>The sign-in form as a browser posts it, with the antiforgery token of the page it was read from.</summary>
    public static FormUrlEncodedContent StaffSignInForm(string page, string userName, string password, string? totp) =>
        new(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(AntiforgeryToken().Match(page).Groups[1].Value),
            ["_handler"] = "staff-sign-in",
            ["Credentials.UserName"] = userName,
            ["Credentials.Password"] = password,
            ["Credentials.TotpCode"] = totp ?? "",
        });

    /// <summary>Any form of a page as a browser posts it: the named handler, the fields and the page's antiforgery token.</summary>
    public static FormUrlEncodedContent FormOf(string page, string handler, params (string Name, string Value)[] fields) =>
        new(new Dictionary<string, string>(fields.Select(f => KeyValuePair.Create(f.Name, f.Value)))
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(AntiforgeryToken().Match(page).Groups[1].Value),
            ["_handler"] = handler,
        });

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
