using Microsoft.Extensions.Options;
using UnionHome.Platform.Encryption;
using UnionHome.Platform.Errors;
using UnionHome.Platform.Identity.SmsLogin;

namespace UnionHome.Platform.RateLimits;

internal static class RateLimitErrors
{
    public static readonly Error TooManyRequests = Error.TooManyRequests("rate_limited", "当前网络请求过于频繁，请稍后再试");
}

/// <summary>A request over its network's limit: the error to show and how long until the window ends.</summary>
public readonly record struct Refusal(Error Error, TimeSpan RetryAfter);

/// <summary>Counts requests per client network (an IPv4 address or an IPv6 /64) against the named limits.</summary>
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
        var count = await counter.HitAsync($"{limit.Name}:{network}", rule.Window, cancellationToken);
        return count.Hits > rule.PermitLimit ? new Refusal(RateLimitErrors.TooManyRequests, count.WindowEnds - time.GetUtcNow()) : null;
    }
}
