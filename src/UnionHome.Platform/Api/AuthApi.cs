using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using UnionHome.Platform.Errors;
using UnionHome.Platform.Identity;
using UnionHome.Platform.Identity.SmsLogin;
using UnionHome.Platform.Identity.StaffLogin;
using UnionHome.Platform.Identity.Tokens;
using UnionHome.Platform.Organization;
using UnionHome.Platform.RateLimits;

namespace UnionHome.Platform.Api;

public sealed record SmsCodeRequest(string? Phone);

public sealed record SmsLoginRequest(string? Phone, string? Code);

/// <summary>NewPassword is required, and only read, when the account must choose its own password (403 password_change_required).</summary>
public sealed record StaffLoginRequest(string? UserName, string? Password, string? TotpCode, string? NewPassword = null);

/// <param name="RefreshToken">Members only: spend it at /api/v1/auth/refresh for the next pair; each is good once.</param>
public sealed record AccessTokenResponse(string AccessToken, DateTimeOffset ExpiresAt, string? RefreshToken = null);

public sealed record RefreshRequest(string? RefreshToken);

internal static class AuthApi
{
    public static void MapAuthApi(this IEndpointRouteBuilder routes)
    {
        var auth = routes.MapGroup("/api/v1/auth").WithTags("Auth").AllowAnonymous();

        auth.MapPost("/sms-code", async (SmsCodeRequest request, SmsCodes codes, HttpContext http, CancellationToken ct) =>
                (await codes.SendAsync(request.Phone, ClientAddress(http), ct)).ToHttpResult(_ => TypedResults.NoContent()))
            .WithName("sendSmsLoginCode")
            .WithSummary("Send a 6-digit login code to a mainland mobile number")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .LimitPerClientNetwork(RequestLimit.SmsCode);

        auth.MapPost("/sms-login", async (SmsLoginRequest request, MemberSignIn signIn, PrincipalFactory principals, AccessTokens tokens, RefreshTokens refresh, CancellationToken ct) =>
            {
                var result = await signIn.SignInAsync(request.Phone, request.Code, ct);
                if (!result.Succeeded)
                {
                    return result.Error.ToProblem();
                }

                var token = tokens.Issue(await principals.CreateAsync(result.Value, "sms"), staff: false);
                return TypedResults.Ok(new AccessTokenResponse(token.Token, token.ExpiresAt, await refresh.IssueAsync(result.Value.Id, ct)));
            })
            .WithName("signInWithSmsCode")
            .WithSummary("Sign in with phone and code; the first sign-in registers the phone")
            .Produces<AccessTokenResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .LimitPerClientNetwork(RequestLimit.SmsLogin);

        auth.MapPost("/refresh", async (RefreshRequest request, RefreshTokens refresh, PrincipalFactory principals, AccessTokens tokens, CancellationToken ct) =>
            {
                var rotated = await refresh.RotateAsync(request.RefreshToken, ct);
                if (!rotated.Succeeded)
                {
                    return rotated.Error.ToProblem();
                }

                var token = tokens.Issue(await principals.CreateAsync(rotated.Value.User, "refresh"), staff: false);
                return TypedResults.Ok(new AccessTokenResponse(token.Token, token.ExpiresAt, rotated.Value.RefreshToken));
            })
            .WithName("refreshMemberToken")
            .WithSummary("A new access token and refresh token for a member's refresh token; each refresh token is good once")
            .Produces<AccessTokenResponse>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .LimitPerClientNetwork(RequestLimit.SmsLogin);

        routes.MapPost("/api/v1/auth/logout", async (Actor actor, SecurityStamps stamps, CancellationToken ct) =>
            {
                await stamps.BumpAsync(actor.UserId, ct);
                return TypedResults.NoContent();
            })
            .WithTags("Auth")
            .RequireAuthorization()
            .WithName("signOut")
            .WithSummary("End every session of the caller's account: cookies, access tokens and refresh tokens")
            .Produces(StatusCodes.Status204NoContent);

        auth.MapPost("/staff-login", async (StaffLoginRequest request, StaffSignIn signIn, PrincipalFactory principals, AccessTokens tokens, HttpContext http, CancellationToken ct) =>
            {
                var result = await signIn.SignInAsync(request.UserName, request.Password, request.TotpCode, ClientAddress(http), ct, request.NewPassword);
                if (!result.Succeeded)
                {
                    if (signIn.RetryAfter is { } wait)
                    {
                        http.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    }

                    return result.Error.ToProblem();
                }

                var token = tokens.Issue(await principals.CreateAsync(result.Value, "staff"), staff: true);
                return TypedResults.Ok(new AccessTokenResponse(token.Token, token.ExpiresAt));
            })
            .WithName("signInAsStaff")
            .WithSummary("Staff sign-in with password and authenticator code; a password an administrator set must be replaced with newPassword")
            .Produces<AccessTokenResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .LimitPerClientNetwork(RequestLimit.StaffLogin);
    }

    public static string ClientAddress(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
