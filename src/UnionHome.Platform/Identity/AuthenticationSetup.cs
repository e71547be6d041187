using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using UnionHome.Platform.Identity.Tokens;

namespace UnionHome.Platform.Identity;

public static class AuthenticationSchemes
{
    /// <summary>Picks bearer, staff cookie or member cookie for each request.</summary>
    public const string Default = "UnionHome";
    public const string Member = "Member";
    public const string Staff = "Staff";
    public const string Bearer = JwtBearerDefaults.AuthenticationScheme;

    public const string MemberCookie = "uh.member";
    public const string StaffCookie = "uh.staff";

    public static readonly TimeSpan StaffIdleTimeout = TimeSpan.FromMinutes(30);
    public static readonly TimeSpan StaffAbsoluteTimeout = TimeSpan.FromHours(12);
}

internal static class AuthenticationSetup
{
    public static void AddPlatformAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication(AuthenticationSchemes.Default)
            .AddPolicyScheme(AuthenticationSchemes.Default, "Bearer or cookie", o => o.ForwardDefaultSelector = SelectScheme)
            .AddCookie(AuthenticationSchemes.Member, o =>
            {
                Harden(o, AuthenticationSchemes.MemberCookie, "/login");
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.ExpireTimeSpan = TimeSpan.FromDays(14);
                // Max-Age counts on the phone's own clock; Expires, a date by ours, is dropped at once by a phone set weeks ahead.
                o.Cookie.MaxAge = o.ExpireTimeSpan;
                o.Events.OnValidatePrincipal = EndSessionWhenStampChanged;
            })
            .AddCookie(AuthenticationSchemes.Staff, o =>
            {
                Harden(o, AuthenticationSchemes.StaffCookie, "/staff/login");
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.ExpireTimeSpan = AuthenticationSchemes.StaffIdleTimeout;
                o.Events.OnValidatePrincipal = EndStaffSessionAfterTwelveHours;
            })
            .AddJwtBearer(o => o.Events = new JwtBearerEvents { OnTokenValidated = RefuseTokenWhenStampChanged });

        services.AddOptions<JwtBearerOptions>(AuthenticationSchemes.Bearer)
            .Configure<AccessTokens>((o, tokens) =>
            {
                o.MapInboundClaims = false;
                o.TokenValidationParameters = tokens.ValidationParameters();
            });
    }

    private static string SelectScheme(HttpContext http)
    {
        if (http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticationSchemes.Bearer;
        }

        // The console belongs to staff: an anonymous visitor there is sent to the staff sign-in.
        return http.Request.Cookies.ContainsKey(AuthenticationSchemes.StaffCookie) || http.Request.Path.StartsWithSegments("/console")
            ? AuthenticationSchemes.Staff
            : AuthenticationSchemes.Member;
    }

    private static void Harden(CookieAuthenticationOptions o, string name, string loginPath)
    {
        o.Cookie.Name = name;
        o.Cookie.HttpOnly = true;
        o.Cookie.SecurePolicy = CookieSecurePolicy.Always;
        o.SlidingExpiration = true;
        o.LoginPath = loginPath;
        o.AccessDeniedPath = loginPath;
        o.Events.OnRedirectToLogin = ctx => ApiGetsStatus(ctx, StatusCodes.Status401Unauthorized);
        o.Events.OnRedirectToAccessDenied = ctx => ApiGetsStatus(ctx, StatusCodes.Status403Forbidden);
    }

    private static Task ApiGetsStatus(RedirectContext<CookieAuthenticationOptions> ctx, int status)
    {
        // Programs, not people, call the API and the live hubs: they get a status, not a sign-in page.
        if (ctx.Request.Path.StartsWithSegments("/api") || ctx.Request.Path.StartsWithSegments("/hubs"))
        {
            ctx.Response.StatusCode = status;
        }
        else
        {
            ctx.Response.Redirect(ctx.RedirectUri);
        }

        return Task.CompletedTask;
    }

    private static async Task EndSessionWhenStampChanged(CookieValidatePrincipalContext ctx)
    {
        var stamps = ctx.HttpContext.RequestServices.GetRequiredService<SecurityStamps>();
        if (ctx.Principal is null || !await stamps.IsCurrentAsync(ctx.Principal, ctx.HttpContext.RequestAborted))
        {
            ctx.RejectPrincipal();
            await ctx.HttpContext.SignOutAsync(ctx.Scheme.Name);
        }
    }

    private static async Task RefuseTokenWhenStampChanged(TokenValidatedContext ctx)
    {
        var stamps = ctx.HttpContext.RequestServices.GetRequiredService<SecurityStamps>();
        if (ctx.Principal is null || !await stamps.IsCurrentAsync(ctx.Principal, ctx.HttpContext.RequestAborted))
        {
            ctx.Fail("The account's sessions have ended.");
        }
    }

    private static async Task EndStaffSessionAfterTwelveHours(CookieValidatePrincipalContext ctx)
    {
        var authTime = ctx.Principal?.FindFirst(PlatformClaims.AuthTime)?.Value;
        var time = ctx.HttpContext.RequestServices.GetRequiredService<TimeProvider>();
        if (authTime is null
            || time.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(long.Parse(authTime, CultureInfo.InvariantCulture)) > AuthenticationSchemes.StaffAbsoluteTimeout)
        {
            ctx.RejectPrincipal();
            await ctx.HttpContext.SignOutAsync(AuthenticationSchemes.Staff);
            return;
        }

        await EndSessionWhenStampChanged(ctx);
    }
}
