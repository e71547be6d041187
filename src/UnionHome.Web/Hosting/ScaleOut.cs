using StackExchange.Redis;

namespace UnionHome.Web.Hosting;

/// <summary>
/// Several identical nodes behind one load balancer share Redis when <c>Redis:Connection</c> is set; a single node
/// without it keeps SignalR groups and its cache in its own process, as before.
/// </summary>
internal static class ScaleOut
{
    public const string ChannelPrefix = "unionhome";

    public static IServiceCollection AddScaleOut(this IServiceCollection services, IConfiguration configuration)
    {
        var redis = configuration["Redis:Connection"];
        if (string.IsNullOrWhiteSpace(redis))
        {
            return services;
        }

        // A hub only knows the connections of its own node: without the backplane an alert raised on node A
        // never reaches a console connected to node B.
        services.AddSignalR().AddStackExchangeRedis(redis, o => o.Configuration.ChannelPrefix = RedisChannel.Literal(ChannelPrefix));
        services.AddStackExchangeRedisCache(o =>
        {
            o.Configuration = redis;
            o.InstanceName = ChannelPrefix + ":";
        });
        return services;
    }
}
