using System.Globalization;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace UnionHome.Platform.RateLimits;

/// <summary>
/// The counters of every node in one Redis, so that a limit holds across nodes. Unreachable Redis fails open with a
/// warning: the limits the database holds (codes per phone and per network, the account lockout) still apply.
/// </summary>
internal sealed partial class RedisRateCounter(IConnectionMultiplexer redis, TimeProvider time, ILogger<RedisRateCounter> logger) : IRateCounter
{
    public const string KeyPrefix = "unionhome:rl:";

    // One round trip: the first hit of a window gives its key a life, so no key outlives its window for long.
    private const string Increment = """
        local hits = redis.call('INCR', KEYS[1])
        if hits == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
        return hits
        """;

    private readonly OncePerMinute warnings = new(time);

    public async Task<WindowCount> HitAsync(string key, TimeSpan window, CancellationToken cancellationToken)
    {
        var current = FixedWindow.Containing(time.GetUtcNow(), window);
        var unknown = new WindowCount(0, current.End);

        // A disconnected multiplexer queues commands until its timeout: a sign-in must not wait for that.
        if (!redis.IsConnected)
        {
            Warn(null);
            return unknown;
        }

        try
        {
            var windowKey = $"{KeyPrefix}{key}:{current.Start.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}";
            var hits = await redis.GetDatabase().ScriptEvaluateAsync(Increment, [windowKey], [(long)window.TotalMilliseconds]);
            return new WindowCount((long)hits, current.End);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            Warn(ex);
            return unknown;
        }
    }

    private void Warn(Exception? exception)
    {
        if (warnings.IsDue())
        {
            LogUnavailable(logger, exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis is unreachable: request rate limits are not counted until it returns (the database limits still hold)")]
    private static partial void LogUnavailable(ILogger logger, Exception? exception);
}
