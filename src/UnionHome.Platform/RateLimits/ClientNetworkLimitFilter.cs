using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using UnionHome.Platform.Api;
using UnionHome.Platform.Errors;
using UnionHome.Platform.Identity;

namespace UnionHome.Platform.RateLimits;

public static class ClientNetworkLimitFilter
{
    /// <summary>Refuses the endpoint with 429 and Retry-After once the caller's network passes the named limit.</summary>
    public static RouteHandlerBuilder LimitPerClientNetwork(this RouteHandlerBuilder builder, RequestLimit limit) =>
        builder.Limit((limits, http) => limits.HitAsync(limit, AuthApi.ClientAddress(http), http.RequestAborted));

    /// <summary>Refuses the endpoint with 429 and Retry-After once the signed-in account passes the named limit; anonymous callers pass.</summary>
    public static RouteHandlerBuilder LimitPerAccount(this RouteHandlerBuilder builder, RequestLimit limit) =>
        builder.Limit((limits, http) => Caller.From(http.User) is { } caller
            ? limits.HitAccountAsync(limit, caller.UserId, http.RequestAborted)
            : Task.FromResult<Refusal?>(null));

    public static long RetryAfterSeconds(TimeSpan wait) => Math.Max(1, (long)Math.Ceiling(wait.TotalSeconds));

    private static RouteHandlerBuilder Limit(this RouteHandlerBuilder builder, Func<ClientNetworkLimits, HttpContext, Task<Refusal?>> hit) =>
        builder
            .AddEndpointFilter(async (context, next) =>
            {
                var http = context.HttpContext;
                if (await hit(http.RequestServices.GetRequiredService<ClientNetworkLimits>(), http) is not { } refusal)
                {
                    return await next(context);
                }

                http.Response.Headers.RetryAfter = RetryAfterSeconds(refusal.RetryAfter).ToString(CultureInfo.InvariantCulture);
                return refusal.Error.ToProblem();
            })
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
}
