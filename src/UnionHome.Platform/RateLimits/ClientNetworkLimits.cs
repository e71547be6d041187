using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using UnionHome.Platform.Api;
using UnionHome.Platform.Encryption;
using UnionHome.Platform.Errors;
using UnionHome.Platform.Identity.SmsLogin;

namespace UnionHome.Platform.RateLimits;

internal static class RateLimitErrors
{
    public static readonly Error TooManyRequests = Error.TooManyRequests("rate_limited", "当前网络请求过于频繁，请稍后再试");
    public static readonly Error TooManyFromAccount = Error.TooManyRequests("account_rate_limited", "您的操作过于频繁，请稍后再试");
}

/// <summary>A request over its network's limit: the error to show and how long until the window ends.</summary>
public readonly record struct Refusal(Error Error, TimeSpan RetryAfter);

/// <summary>Counts requests per client network (an IPv4 address or an IPv6 /64), or per signed-in account, against the named limits.</summary>
public sealed class ClientNetworkLimits(IRateCounter counter, BlindIndex blindIndex, IOptionsMonitor<RateLimitOptions> options, TimeProvider time)
{
    /// <summary>Counts this request; a refusal once the network has passed the limit in the current window.</summary>
    public async Task<Refusal?> HitAsync(RequestLimit limit, string clientAddress, CancellationToken cancellationToken)
    {
        var rule = limit.Rule(options.CurrentValue);
        if (rule.PermitLimit <= 0)
        {
            return null;
        }

        // Addresses are personal data: counters, in memory or in Redis, see only a keyed hash of the network.
        var network = blindIndex.Compute(BlindIndex.Purposes.IpAddress, ClientNetwork.KeyOf(clientAddress));
        return await HitAsync($"{limit.Name}:{network}", rule, RateLimitErrors.TooManyRequests, cancellationToken);
    }

    /// <summary>Counts this request against the account's own allowance, wherever it comes from.</summary>
    public async Task<Refusal?> HitAccountAsync(RequestLimit limit, string userId, CancellationToken cancellationToken)
    {
        var rule = limit.Rule(options.CurrentValue);
        return rule.PermitLimit <= 0 ? null : await HitAsync($"{limit.Name}:{userId}", rule, RateLimitErrors.TooManyFromAccount, cancellationToken);
    }

    /// <summary>For a page that does what a limited endpoint does: the account's limit first, then its network's, as the endpoint filters count.</summary>
    public async Task<Refusal?> HitAccountAndNetworkAsync(RequestLimit perAccount, RequestLimit perNetwork, string userId, HttpContext http) =>
        await HitAccountAsync(perAccount, userId, http.RequestAborted) ?? await HitAsync(perNetwork, AuthApi.ClientAddress(http), http.RequestAborted);

    private async Task<Refusal?> HitAsync(string key, RateLimitRule rule, Error error, CancellationToken cancellationToken)
    {
        var count = await counter.HitAsync(key, rule.Window, cancellationToken);
        return count.Hits > rule.PermitLimit ? new Refusal(error, count.WindowEnds - time.GetUtcNow()) : null;
    }
}
