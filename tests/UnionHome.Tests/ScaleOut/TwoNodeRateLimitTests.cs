using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;
using UnionHome.Events.Data;
using UnionHome.Events.Recuperation;
using UnionHome.Platform.Api;
using UnionHome.Platform.Data;
using UnionHome.Platform.Identity;
using UnionHome.Tests.Events;
using UnionHome.Tests.Infrastructure;

namespace UnionHome.Tests.ScaleOut;

/// <summary>Rate-limit counters and cached reads shared through Redis by two nodes on one PostgreSQL database.</summary>
[Collection(PlatformCollection.Name)]
public sealed class TwoNodeRateLimitTests(Apps apps, RedisServer redis) : IClassFixture<RedisServer>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Password_guesses_alternating_between_nodes_are_refused_after_the_limit_in_total_not_per_node()
    {
        var shared = await apps.SharedByNodesAsync(redis.Connection);
        shared["RateLimits:StaffLogin:PermitLimit"] = "4";
        shared["RateLimits:StaffLogin:Window"] = "01:00:00";
        // One clock for both nodes, as NTP gives real ones: they agree on the window.
        var clock = Clocks.Thursday1000Beijing();
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
    public async Task Recuperation_bases_are_cached_in_redis_for_both_nodes_and_a_new_base_is_listed_at_once()
    {
        var shared = await apps.SharedByNodesAsync(redis.Connection);
        var clock = Clocks.Thursday1000Beijing();
        await using var nodeA = await apps.StartDedicatedAsync(DatabaseProvider.Postgres, shared, clock);
        await using var nodeB = await apps.StartDedicatedAsync(DatabaseProvider.Postgres, shared, clock);
        var officerOnA = await nodeA.StaffClientAsync("ZJ");
        var memberOnA = await EventsTestData.MemberAsync(nodeA);
        var memberOnB = await EventsTestData.MemberAsync(nodeB);

        var registered = await RegisterAsync(officerOnA, await EventsTestData.UnitIdAsync(nodeA, "ZJ-ZS"), "普陀山海员疗休养基地");
        var listedOnB = await ListAsync(memberOnB);
        await UntilInRedisAsync("unionhome:events:recuperation-bases"); // HybridCache may write its second level after answering
        var addedBehindTheCache = await AddStraightToTheDatabaseAsync(nodeA, await EventsTestData.UnitIdAsync(nodeA, "ZJ-ZS"));
        var listedOnA = await ListAsync(memberOnA);
        var secondRegistered = await RegisterAsync(officerOnA, await EventsTestData.UnitIdAsync(nodeA, "ZJ-ZS"), "岱山渔民疗休养基地");
        var listedOnAAfterRegistering = await ListAsync(memberOnA);

        // B had not listed before: it read the database and filled Redis.
        listedOnB.ShouldContain(b => b.Id == registered.Id);
        // A had not listed either, so its memory was empty: the list came from Redis, filled by B, without the row added behind it.
        listedOnA.Select(b => b.Id).ShouldBe(listedOnB.Select(b => b.Id));
        listedOnA.ShouldNotContain(b => b.Id == addedBehindTheCache);
        // Registering removed the entry on A and in Redis: the next read is the database's.
        listedOnAAfterRegistering.Select(b => b.Id).ShouldContain(secondRegistered.Id);
        listedOnAAfterRegistering.Select(b => b.Id).ShouldContain(addedBehindTheCache);
    }

    [Fact]
    public async Task A_node_whose_redis_is_unreachable_still_signs_in_lists_and_registers()
    {
        var settings = await apps.SharedByNodesAsync($"127.0.0.1:{PortNothingListensOn()},connectTimeout=200,syncTimeout=300,asyncTimeout=300,abortConnect=false");
        settings["RateLimits:StaffLogin:PermitLimit"] = "2";
        await using var node = await apps.StartDedicatedAsync(DatabaseProvider.Postgres, settings);
        var client = node.Anonymous();

        for (var i = 0; i < 4; i++)
        {
            await (await GuessAsync(client)).ShouldBeProblem(HttpStatusCode.Unauthorized, "invalid_credentials");
        }

        var officer = await node.StaffClientAsync("ZJ");
        var registered = await RegisterAsync(officer, await EventsTestData.UnitIdAsync(node, "ZJ-ZS"), "普陀山海员疗休养基地");
        (await ListAsync(officer)).ShouldContain(b => b.Id == registered.Id);
    }

    private async Task UntilInRedisAsync(string key)
    {
        await using var connection = await ConnectionMultiplexer.ConnectAsync(redis.Connection);
        for (var i = 0; i < 100 && !await connection.GetDatabase().KeyExistsAsync(key); i++)
        {
            await Task.Delay(50, Ct);
        }

        (await connection.GetDatabase().KeyExistsAsync(key)).ShouldBeTrue($"{key} never reached Redis");
    }

    [Fact]
    public async Task With_redis_unreachable_an_emergency_medical_case_still_texts_the_duty_phone()
    {
        await using var node = await apps.StartDedicatedAsync(
            DatabaseProvider.Postgres, await apps.SharedByNodesAsync($"127.0.0.1:{PortNothingListensOn()},connectTimeout=200,syncTimeout=300,asyncTimeout=300,abortConnect=false"));
        var seafarer = await Members.SeafarerAsync(node);

        var number = await HelpRequests.FileEmergencyAsync(seafarer, node);

        // The console push cannot reach Redis and is retried by the outbox; the text does not wait for it.
        List<UnionHome.Platform.Api.SmsOutboxItem> texts = [];
        for (var i = 0; i < 100 && !texts.Any(t => t.Text.Contains(number, StringComparison.Ordinal)); i++)
        {
            await Task.Delay(100, Ct);
            texts = await node.TextsToAsync(UnionHome.Cases.Demo.CasesDemoData.DutyPhone);
        }

        texts.Count(t => t.Text.Contains(number, StringComparison.Ordinal)).ShouldBe(1);
    }

    private static Task<HttpResponseMessage> GuessAsync(HttpClient client) =>
        client.PostAsJsonAsync("/api/v1/auth/staff-login", new { userName = $"guess.{Guid.NewGuid():N}"[..20], password = "Wrong-Horse-42", totpCode = "123456" }, Ct);

    private static async Task<RecuperationBaseEntry> RegisterAsync(HttpClient officer, Guid unionId, string name)
    {
        var response = await officer.PostAsJsonAsync("/api/v1/staff/recuperation-bases", new { orgUnitId = unionId, name, address = "浙江省舟山市普陀区朱家尖街道", capacity = 80 }, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        return (await response.Content.ReadFromJsonAsync<RecuperationBaseEntry>(Ct))!;
    }

    private static async Task<IReadOnlyList<RecuperationBaseEntry>> ListAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<Paged<RecuperationBaseEntry>>("/api/v1/recuperation-bases?pageSize=100", Ct))!.Items;

    /// <summary>A row written without the handler, so nothing removes the cached list: only a read of the database shows it.</summary>
    private static Task<Guid> AddStraightToTheDatabaseAsync(UnionHomeApp node, Guid unionId) => node.WithServices(async sp =>
    {
        var db = sp.GetRequiredService<AppDbContext>();
        var added = new RecuperationBase { Id = Guid.CreateVersion7(), OrgUnitId = unionId, Name = "绕过缓存的基地", Address = "浙江省舟山市定海区", Capacity = 10 };
        db.Add(added);
        await db.SaveChangesAsync(Ct);
        return added.Id;
    });

    private static int PortNothingListensOn()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
