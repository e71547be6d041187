using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Localization;
using UnionHome.Platform.Identity;
using UnionHome.Web.Components.Member;

namespace UnionHome.Web.Hosting;

internal static class AccountEndpoints
{
    public static void MapSignInEndpoints(this IEndpointRouteBuilder routes)
    {
        // A form post with an antiforgery token: signing out cannot be triggered by a link on another site.
        routes.MapPost("/account/logout", async (HttpContext http, SecurityStamps stamps) =>
            {
                // A copy of the cookie must not outlive the sign-out: the account's stamp changes.
                if (Caller.From(http.User) is { } caller)
                {
                    await stamps.BumpAsync(caller.UserId, http.RequestAborted);
                }

                await http.SignOutAsync(AuthenticationSchemes.Member);
                await http.SignOutAsync(AuthenticationSchemes.Staff);
                return TypedResults.LocalRedirect("/");
            })
            .ExcludeFromDescription()
            .DisableAntiforgery()
            .AddEndpointFilter(async (ctx, next) =>
            {
                var antiforgery = ctx.HttpContext.RequestServices.GetRequiredService<Microsoft.AspNetCore.Antiforgery.IAntiforgery>();
                return await antiforgery.IsRequestValidAsync(ctx.HttpContext) ? await next(ctx) : TypedResults.BadRequest();
            });
    }

    public static void MapCultureSwitch(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/culture", (string? name, string? returnUrl, HttpContext http) =>
            {
                var culture = UnionHomeHost.Cultures.FirstOrDefault(c => c.Name == name) ?? UnionHomeHost.Cultures[0];
                http.Response.Cookies.Append(
                    CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                    new CookieOptions { MaxAge = TimeSpan.FromDays(365), HttpOnly = true, Secure = true, SameSite = SameSiteMode.Lax, IsEssential = true });
                return TypedResults.LocalRedirect(Login.LocalReturnUrl(returnUrl) ?? "/");
            })
            .ExcludeFromDescription();
}
