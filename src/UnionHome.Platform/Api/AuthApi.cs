using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using UnionHome.Platform.Errors;
using UnionHome.Platform.Identity;
using UnionHome.Platform.Identity.SmsLogin;
using UnionHome.Platform.Identity.StaffLogin;
using UnionHome.Platform.Identity.Tokens;
using UnionHome.Platform.RateLimits;

namespace UnionHome.Platform.Api;

public sealed record SmsCodeRequest(string? Phone);

public sealed record SmsLoginRequest(string? Phone, string? Code);

/// <summary>NewPassword is required, and only read, when the account must choose its own password (403 password_change_required).</summary>
public sealed record StaffLoginRequest(string? UserName, string? Password, string? TotpCode, string? NewPassword = null);

public sealed record AccessTokenResponse(string AccessToken, DateTimeOffset ExpiresAt);

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

        auth.MapPost("/sms-login", async (SmsLoginRequest request, MemberSignIn signIn, PrincipalFactory principals, AccessTokens tokens, CancellationToken ct) =>
            {
                var result = await signIn.SignInAsync(request.Phone, request.Code, ct);
                if (!result.Succeeded)
                {
                    return result.Error.ToProblem();
                }

                var token = tokens.Issue(await principals.CreateAsync(result.Value, "sms"), staff: false);
                return TypedResults.Ok(new AccessTokenResponse(token.Token, token.ExpiresAt));
            })
            .WithName("signInWithSmsCode")
            .WithSummary("Sign in with phone and code; the first sign-in registers the phone")
            .Produces<AccessTokenResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .LimitPerClientNetwork(RequestLimit.SmsLogin);

        auth.MapPost("/staff-login", async (StaffLoginRequest request, StaffSignIn signIn, PrincipalFactory principals, AccessTokens tokens, CancellationToken ct) =>
            {
                var result = await signIn.SignInAsync(request.UserName, request.Password, request.TotpCode, ct, request.NewPassword);
                if (!result.Succeeded)
                {
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
            .LimitPerClientNetwork(RequestLimit.StaffLogin);
    }

    public static string ClientAddress(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
