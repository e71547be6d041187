using UnionHome.Platform.Encryption;

namespace UnionHome.Tests.Infrastructure;

/// <summary>Settings several nodes of one deployment share, for tests that start more than one node on one database.</summary>
public static class Deployment
{
    /// <summary>The keys: every node must read what another encrypted, indexed or signed.</summary>
    public static Dictionary<string, string?> Keys() => new()
    {
        ["Encryption:ActiveKeyId"] = "t1",
        ["Encryption:Keys:t1"] = PlatformKeys.NewKey(),
        ["Encryption:BlindIndexKey"] = PlatformKeys.NewKey(),
        ["Auth:TokenSigningKey"] = PlatformKeys.NewKey(),
        ["Audit:SigningKey"] = UnionHome.Platform.Audit.AuditSigningKey.NewKey(),
    };

    /// <summary>The keys, a fresh PostgreSQL database and one Redis, as the nodes behind the load balancer have them.</summary>
    public static async Task<Dictionary<string, string?>> SharedByNodesAsync(this Apps apps, string redisConnection) =>
        new(Keys())
        {
            ["ConnectionStrings:UnionHome"] = await apps.Postgres.CreateDatabaseAsync(),
            ["Redis:Connection"] = redisConnection,
        };
}
