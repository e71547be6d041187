using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using UnionHome.Platform.Identity;

namespace UnionHome.Web.Hosting;

/// <summary>
/// A console circuit outlives the request that opened it, so once a minute it re-checks what the cookie checks:
/// a staff session ends after 30 idle minutes and 12 hours after sign-in, and a disabled, erased or re-stamped
/// account (new unit, logout) loses the console at once.
/// </summary>
internal sealed class StaffCircuitRevalidation(ILoggerFactory loggers, IServiceScopeFactory scopes, CircuitActivity activity, TimeProvider time)
    : RevalidatingServerAuthenticationStateProvider(loggers)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(1);

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState state, CancellationToken cancellationToken)
    {
        var principal = state.User;
        if (principal.Identity?.IsAuthenticated != true)
        {
            return true;
        }

        if (time.GetUtcNow() - activity.LastSeen > AuthenticationSchemes.StaffIdleTimeout)
        {
            return false;
        }

        if (!long.TryParse(principal.FindFirstValue(PlatformClaims.AuthTime), NumberStyles.Integer, CultureInfo.InvariantCulture, out var authTime)
            || time.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(authTime) > AuthenticationSchemes.StaffAbsoluteTimeout)
        {
            return false;
        }

        // Only a disabled, erased or re-stamped account loses the console; failed sign-ins elsewhere never end it.
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SecurityStamps>().IsCurrentAsync(principal, cancellationToken);
    }
}
