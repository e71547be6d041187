using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using StackExchange.Redis;
using UnionHome.Platform.Data;
using UnionHome.Platform.Encryption;
using UnionHome.Platform.Identity;
using UnionHome.Tests.Infrastructure;

namespace UnionHome.Tests.ScaleOut;

/// <summary>Rate-limit counters shared through Redis by two nodes on one PostgreSQL database.</summary>
[Collection(PlatformCollection.Name)]
public sealed class TwoNodeRateLimitTests(Apps apps, RedisServer redis) : IClassFixture<RedisServer>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Password_guesses_alternating_between_nodes_are_refused_after_the_limit_in_total_not_per_node()
    {
        var shared = await SharedSettingsAsync(redis.Connection);
        shared["RateLimits:StaffLogin:PermitLimit"] = "4";
        shared["RateLimits:StaffLogin:Window"] = "01:00:00";
        // One clock for both nodes, as NTP gives real ones: they agree on the window.
        var clock = Apps.NewClockOnTheHour();
        await using var nodeA = await apps.StartDedicatedAsync(DatabaseProvider.Postgres, shared, clock);
        await using var nodeB = await apps.StartDedicatedAsync(DatabaseProvider.Postgres, shared, clock);
        HttpClient[] nodes = [nodeA.Anonymous(), nodeB.Anonymous()];

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            statuses.Add((await GuessAsync(nodes[i % 2])).StatusCode);
        }

        statuses.ShouldBe([.. Enumerable.Repeat(HttpStatusCode.Unauthorized, 4), HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests]);
        await (await GuessAsync(nodes[0])).ShouldBeProblem(HttpStatusCode.TooManyRequests, "rate_limited");
        // Under the documented prefix, keyed by a hash of the network: no address in the clear.
        await using var connection = await ConnectionMultiplexer.ConnectAsync(redis.Connection);
        var counters = connection.GetServers().Single().Keys(pattern: "unionhome:rl:staff-login:*").Select(k => k.ToString()).ToList();
        counters.ShouldNotBeEmpty();
        counters.ShouldAllBe(k => Regex.IsMatch(k, "^unionhome:rl:staff-login:[0-9a-f]{64}:[0-9]+$"));
    }

    [Fact]
    public async Task A_node_whose_redis_is_unreachable_still_signs_in()
    {
        var settings = await SharedSettingsAsync($"127.0.0.1:{PortNothingListensOn()},connectTimeout=200,syncTimeout=300,asyncTimeout=300,abortConnect=false");
        settings["RateLimits:StaffLogin:PermitLimit"] = "2";
        await using var node = await apps.StartDedicatedAsync(DatabaseProvider.Postgres, settings);
        var client = node.Anonymous();

        for (var i = 0; i < 4; i++)
        {
            await (await GuessAsync(client)).ShouldBeProblem(HttpStatusCode.Unauthorized, "invalid_credentials");
        }

        var (token, _) = await node.NewStaffAsync(Roles.UnionStaff, "ZJ");
        token.ShouldNotBeEmpty();
    }

    private static Task<HttpResponseMessage> GuessAsync(HttpClient client) =>
        client.PostAsJsonAsync("/api/v1/auth/staff-login", new { userName = $"guess.{Guid.NewGuid():N}"[..20], password = "Wrong-Horse-42", totpCode = "123456" }, Ct);

    private async Task<Dictionary<string, string?>> SharedSettingsAsync(string redisConnection) => new()
    {
        ["ConnectionStrings:UnionHome"] = await apps.Postgres.CreateDatabaseAsync(),
        ["Redis:Connection"] = redisConnection,
        ["Encryption:ActiveKeyId"] = "t1",
        ["Encryption:Keys:t1"] = PlatformKeys.NewKey(),
        ["Encryption:BlindIndexKey"] = PlatformKeys.NewKey(),
        ["Auth:TokenSigningKey"] = PlatformKeys.NewKey(),
    };

    private static int PortNothingListensOn()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
