using Microsoft.Extensions.Caching.Distributed;
using StackExchange.Redis;
using UnionHome.Platform.RateLimits;

namespace UnionHome.Web.Hosting;

/// <summary>
/// Redis as a cache that never fails a request: while Redis is unreachable reads miss and writes and removals are
/// skipped with a warning, without waiting for the client's timeout. An entry whose removal was lost that way
/// lives until its own expiration.
/// </summary>
internal sealed partial class FailOpenCache(IDistributedCache redisCache, IConnectionMultiplexer redis, TimeProvider time, ILogger<FailOpenCache> logger) : IDistributedCache
{
    private readonly OncePerMinute warnings = new(time);

    public byte[]? Get(string key)
    {
        byte[]? value = null;
        Try(() => value = redisCache.Get(key));
        return value;
    }

    public async Task<byte[]?> GetAsync(string key, CancellationToken token = default)
    {
        byte[]? value = null;
        await TryAsync(async () => value = await redisCache.GetAsync(key, token));
        return value;
    }

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => Try(() => redisCache.Set(key, value, options));

    public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default) =>
        TryAsync(() => redisCache.SetAsync(key, value, options, token));

    public void Refresh(string key) => Try(() => redisCache.Refresh(key));

    public Task RefreshAsync(string key, CancellationToken token = default) => TryAsync(() => redisCache.RefreshAsync(key, token));

    public void Remove(string key) => Try(() => redisCache.Remove(key));

    public Task RemoveAsync(string key, CancellationToken token = default) => TryAsync(() => redisCache.RemoveAsync(key, token));

    private void Try(Action operation)
    {
        if (!redis.IsConnected)
        {
            Warn(null);
            return;
        }

        try
        {
            operation();
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            Warn(ex);
        }
    }

    private async Task TryAsync(Func<Task> operation)
    {
        if (!redis.IsConnected)
        {
            Warn(null);
            return;
        }

        try
        {
            await operation();
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            Warn(ex);
        }
    }

    private void Warn(Exception? exception)
    {
        if (warnings.IsDue())
        {
            LogUnavailable(logger, exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis is unreachable: cached reads go to the database until it returns")]
    private static partial void LogUnavailable(ILogger logger, Exception? exception);
}
