using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using UnionHome.Platform.Api;
using UnionHome.Platform.Errors;

namespace UnionHome.Platform.RateLimits;

internal static class ClientNetworkLimitFilter
{
    /// <summary>Refuses the endpoint with 429 and Retry-After once the caller's network passes the named limit.</summary>
    public static RouteHandlerBuilder LimitPerClientNetwork(this RouteHandlerBuilder builder, RequestLimit limit) =>
        builder
            .AddEndpointFilter(async (context, next) =>
            {
                var http = context.HttpContext;
                var limits = http.RequestServices.GetRequiredService<ClientNetworkLimits>();
                if (await limits.HitAsync(limit, AuthApi.ClientAddress(http), http.RequestAborted) is not { } refusal)
                {
                    return await next(context);
                }

                http.Response.Headers.RetryAfter = RetryAfterSeconds(refusal.RetryAfter).ToString(CultureInfo.InvariantCulture);
                return refusal.Error.ToProblem();
            })
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

    public static long RetryAfterSeconds(TimeSpan wait) => Math.Max(1, (long)Math.Ceiling(wait.TotalSeconds));
}
