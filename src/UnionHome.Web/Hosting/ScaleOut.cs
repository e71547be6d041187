using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using UnionHome.Platform.RateLimits;

namespace UnionHome.Web.Hosting;

/// <summary>
/// Several identical nodes behind one load balancer share Redis when <c>Redis:Connection</c> is set; a single node
/// without it keeps SignalR groups, its cache and its rate-limit counters in its own process, as before.
/// </summary>
internal static class ScaleOut
{
    public const string DefaultInstanceName = "unionhome";

    public static IServiceCollection AddScaleOut(this IServiceCollection services, IConfiguration configuration)
    {
        var redis = configuration["Redis:Connection"];
        if (string.IsNullOrWhiteSpace(redis))
        {
            return services;
        }

        // Two deployments sharing one Redis (staging beside production) must not share cache entries or hub channels.
        var instance = configuration["Redis:InstanceName"] is { Length: > 0 } name ? name : DefaultInstanceName;

        // A hub only knows the connections of its own node: without the backplane an alert raised on node A
        // never reaches a console connected to node B. SignalR keeps its own connection for its subscriptions.
        services.AddSignalR().AddStackExchangeRedis(redis, o => o.Configuration.ChannelPrefix = RedisChannel.Literal(instance));

        // One connection for the cache and the counters. A node whose Redis is down still starts and serves:
        // HybridCache reads the database instead, and the counters fail open.
        services.AddSingleton<IConnectionMultiplexer>(_ =>
        {
            var options = ConfigurationOptions.Parse(redis);
            options.AbortOnConnectFail = false;
            return ConnectionMultiplexer.Connect(options);
        });
        services.AddOptions<RedisCacheOptions>().Configure<IServiceProvider>((o, sp) =>
        {
            o.InstanceName = instance + ":";
            o.ConnectionMultiplexerFactory = () => Task.FromResult(sp.GetRequiredService<IConnectionMultiplexer>());
        });
        // Made here rather than by the container, which would dispose it and with it the shared connection.
        services.AddSingleton<IDistributedCache>(sp => ActivatorUtilities.CreateInstance<FailOpenCache>(
            sp, new RedisCache(sp.GetRequiredService<IOptions<RedisCacheOptions>>())));

        // Each node counting alone would let a client through once per node: the counters live in Redis.
        services.Replace(ServiceDescriptor.Singleton<IRateCounter, RedisRateCounter>());
        return services;
    }
}
