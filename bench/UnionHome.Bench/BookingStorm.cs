using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UnionHome.Membership.Data;
using UnionHome.Platform.Data;
using UnionHome.Platform.Encryption;
using UnionHome.Platform.Identity;
using UnionHome.Platform.Identity.Tokens;
using UnionHome.Web.Hosting;

namespace UnionHome.Bench;

/// <summary>
/// Booking storm (issue 5): MEMBERS distinct members book SEATS places of one session at once over CONNECTIONS
/// connections to a running node. Members and their tokens are made with the node's own configuration (same
/// database, same keys), the event through the staff API. Then it checks the database: exactly SEATS confirmed,
/// no member twice, and times a raw conditional-update loop on the same database as the reference rate.
/// </summary>
internal static class BookingStorm
{
    public static async Task<int> RunAsync(string url, int members, int seats, int connections)
    {
        var builder = WebApplication.CreateBuilder([]);
        builder.AddUnionHome();
        await using var host = builder.Build();
        var tokens = await SeedMembersAsync(host.Services, members);

        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
        using var http = new HttpClient(handler) { BaseAddress = new Uri(url), Timeout = TimeSpan.FromMinutes(2) };
        var (eventId, sessionId) = await CreateEventAsync(http, seats);

        var latencies = new ConcurrentBag<double>();
        var statuses = new ConcurrentDictionary<HttpStatusCode, int>();
        using var gate = new SemaphoreSlim(connections);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(tokens.Select(async token =>
        {
            await gate.WaitAsync();
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/events/{eventId}/sessions/{sessionId}/bookings")
                {
                    Content = JsonContent.Create(new { clientRequestId = Guid.NewGuid().ToString() }),
                };
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                var started = Stopwatch.GetTimestamp();
                using var response = await http.SendAsync(request);
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                statuses.AddOrUpdate(response.StatusCode, 1, (_, n) => n + 1);
            }
            finally
            {
                gate.Release();
            }
        }));
        var seconds = clock.Elapsed.TotalSeconds;
        var sorted = latencies.Order().ToList();
        Console.WriteLine($"storm: {members} members, {seats} seats, {connections} connections: {seconds:F2} s, {members / seconds:F0} bookings/s, "
            + $"p50 {sorted[sorted.Count / 2]:F0} ms, p99 {sorted[(int)(sorted.Count * 0.99)]:F0} ms");
        Console.WriteLine("answers: " + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{(int)s.Key} × {s.Value}")));

        var (confirmed, waitlisted, duplicates, taken) = await CheckAsync(host.Services, sessionId);
        Console.WriteLine($"database: {confirmed} confirmed, {waitlisted} waitlisted, {duplicates} members booked twice, session taken = {taken}");
        var errors = statuses.Where(s => s.Key is not (HttpStatusCode.Created or HttpStatusCode.Accepted)).Sum(s => s.Value);
        var correct = confirmed == seats && taken == seats && duplicates == 0 && errors == 0 && confirmed + waitlisted == members;
        Console.WriteLine(correct ? "correct: exactly the seats confirmed, no duplicates, no errors" : "WRONG");

        var raw = await RawConditionalUpdatesAsync(host.Services, members, seats, connections);
        Console.WriteLine($"raw conditional update + insert loop, same database, {connections} connections: {raw:F0} tx/s; storm / raw = {members / seconds / raw:P0}");
        return correct ? 0 : 1;
    }

    private static async Task<List<string>> SeedMembersAsync(IServiceProvider services, int count) =>
        (await SeedAsync(services, count)).Select(m => m.Token).ToList();

    /// <summary>Active seafarer members of 海员工会 with accounts, each with a member bearer token.</summary>
    internal static async Task<List<BenchMember>> SeedAsync(IServiceProvider services, int count)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var cipher = scope.ServiceProvider.GetRequiredService<FieldCipher>();
        var blindIndex = scope.ServiceProvider.GetRequiredService<BlindIndex>();
        var issuer = scope.ServiceProvider.GetRequiredService<AccessTokens>();
        var union = await db.OrgUnits.AsNoTracking().SingleAsync(u => u.Code == "ZJ-ZS-HY");
        // Runs against one database follow each other: numbering continues after the members earlier runs seeded.
        var offset = await db.Set<Member>().CountAsync(m => m.MemberNumber.StartsWith("BENCH"));
        var users = new List<AppUser>();
        var members = new List<Member>();
        var now = DateTime.UtcNow;
        foreach (var (person, i) in Roster.People(count, "330902", offset).Select((p, i) => (p, offset + i)))
        {
            var phone = $"+86147{i:D8}";
            var userId = Guid.CreateVersion7().ToString();
            var memberId = Guid.CreateVersion7();
            var user = new AppUser
            {
                Id = userId, UserName = $"storm-{i}", NormalizedUserName = $"STORM-{i}", DisplayName = "压测会员",
                PhoneCipher = cipher.Encrypt<AppUser>(phone, nameof(AppUser.PhoneCipher), userId), PhoneIndex = blindIndex.Compute(BlindIndex.Purposes.Phone, phone), CreatedAt = now, SecurityStamp = Guid.NewGuid().ToString("N"),
            };
            users.Add(user);
            members.Add(new Member
            {
                Id = memberId, UserId = user.Id, MemberNumber = $"BENCH{i:D8}", Name = "压测会员",
                ResidentIdCipher = cipher.Encrypt<Member>(person.Id, nameof(Member.ResidentIdCipher), memberId), ResidentIdIndex = blindIndex.Compute(BlindIndex.Purposes.ResidentId, person.Id), ResidentIdMasked = "330***********000X",
                PhoneCipher = cipher.Encrypt<Member>(phone, nameof(Member.PhoneCipher), memberId), WorkerType = WorkerType.Seafarer, WorkRegionCode = "330902", OrgUnitId = union.Id, Status = MemberStatus.Active, JoinedAt = now, ApplicationId = Guid.NewGuid(),
            });
        }

        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await db.InsertAllAsync(users, CancellationToken.None);
            await db.InsertAllAsync(members, CancellationToken.None);
            await transaction.CommitAsync();
        }

        var principal = scope.ServiceProvider.GetRequiredService<PrincipalFactory>();
        var tokens = new List<BenchMember>(count);
        foreach (var (user, i) in users.Select((u, i) => (u, offset + i)))
        {
            tokens.Add(new BenchMember(user.Id, $"+86147{i:D8}", issuer.Issue(await principal.CreateAsync(user, "sms"), staff: false).Token));
        }

        Console.WriteLine($"seeded {count} members with accounts and tokens");
        return tokens;
    }

    internal static async Task<(Guid EventId, Guid SessionId)> CreateEventAsync(HttpClient http, int seats)
    {
        var token = await Drills.Http.StaffTokenAsync(http, "zs.staff");
        var now = DateTimeOffset.UtcNow;
        var me = await Send(http, token!, HttpMethod.Get, "/api/v1/me", null);
        var body = new
        {
            kind = "trip", title = "压测：疗休养抢位", organizerOrgUnitId = me.GetProperty("orgUnitId").GetGuid(), mode = "firstCome",
            registrationOpensAt = now.AddMinutes(-1), registrationClosesAt = now.AddDays(1),
            sessions = new[] { new { startsAt = now.AddDays(2), endsAt = now.AddDays(4), place = "舟山朱家尖职工疗休养基地", capacity = seats } },
        };
        var created = await Send(http, token!, HttpMethod.Post, "/api/v1/staff/events", body);
        var id = created.GetProperty("id").GetGuid();
        await Send(http, token!, HttpMethod.Post, $"/api/v1/staff/events/{id}/publish", new { });
        return (id, created.GetProperty("sessions")[0].GetProperty("id").GetGuid());
    }

    internal static async Task<JsonElement> Send(HttpClient http, string token, HttpMethod method, string path, object? body)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{method} {path}: {(int)response.StatusCode} {text}");
        }

        return JsonDocument.Parse(text).RootElement.Clone();
    }

    internal static async Task<(int Confirmed, int Waitlisted, int Duplicates, int Taken)> CheckAsync(IServiceProvider services, Guid sessionId)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var bookings = TableNaming.QualifiedName("events", "bookings", db.Provider);
        var sessions = TableNaming.QualifiedName("events", "sessions", db.Provider);
        var id = db.Provider == DatabaseProvider.Postgres ? $"'{sessionId}'" : $"'{sessionId.ToString().ToUpperInvariant()}'";
        return (
            await ScalarAsync(db, $"SELECT COUNT(*) FROM {bookings} WHERE \"SessionId\" = {id} AND \"Status\" = 'Confirmed'"),
            await ScalarAsync(db, $"SELECT COUNT(*) FROM {bookings} WHERE \"SessionId\" = {id} AND \"Status\" = 'Waitlisted'"),
            await ScalarAsync(db, $"SELECT COUNT(*) FROM (SELECT \"UserId\" FROM {bookings} WHERE \"SessionId\" = {id} GROUP BY \"UserId\" HAVING COUNT(*) > 1) d"),
            await ScalarAsync(db, $"SELECT \"Taken\" FROM {sessions} WHERE \"Id\" = {id}"));
    }

    internal static async Task<int> ScalarAsync(AppDbContext db, string sql)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The floor the booking path is compared with: on the same database, CONNECTIONS connections each run
    /// "UPDATE seats SET taken = taken + 1 WHERE taken &lt; capacity" and an insert of the booking row, in one
    /// transaction, MEMBERS times in all, with no HTTP, no auth, no eligibility, no EF.
    /// On PostgreSQL the same transaction is also run by pgbench (see booking-storm.sh) for an outside reference.
    /// </summary>
    private static async Task<double> RawConditionalUpdatesAsync(IServiceProvider services, int transactions, int seats, int connections)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var postgres = db.Provider == DatabaseProvider.Postgres;
        var connectionString = db.Database.GetConnectionString()!;
        await using (var setup = Open(postgres, connectionString))
        {
            await setup.OpenAsync();
            await Exec(setup, "DROP TABLE IF EXISTS bench_seats; DROP TABLE IF EXISTS bench_bookings;"
                + $"CREATE TABLE bench_seats (id integer PRIMARY KEY, taken integer NOT NULL, capacity integer NOT NULL); INSERT INTO bench_seats VALUES (1, 0, {seats});"
                + "CREATE TABLE bench_bookings (id text PRIMARY KEY, member integer NOT NULL, confirmed integer NOT NULL);");
        }

        var next = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, connections).Select(async _ =>
        {
            await using var connection = Open(postgres, connectionString);
            await connection.OpenAsync();
            if (!postgres)
            {
                await Exec(connection, "PRAGMA busy_timeout=10000; PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;");
            }

            int member;
            while ((member = Interlocked.Increment(ref next)) <= transactions)
            {
                await using var transaction = await connection.BeginTransactionAsync();
                await using var update = connection.CreateCommand();
                update.Transaction = transaction;
                update.CommandText = "UPDATE bench_seats SET taken = taken + 1 WHERE id = 1 AND taken < capacity";
                var won = await update.ExecuteNonQueryAsync();
                await using var insert = connection.CreateCommand();
                insert.Transaction = transaction;
                insert.CommandText = $"INSERT INTO bench_bookings VALUES ('{Guid.NewGuid()}', {member}, {won})";
                await insert.ExecuteNonQueryAsync();
                await transaction.CommitAsync();
            }
        }));
        return transactions / clock.Elapsed.TotalSeconds;
    }

    private static DbConnection Open(bool postgres, string connectionString) =>
        postgres ? new Npgsql.NpgsqlConnection(connectionString) : new Microsoft.Data.Sqlite.SqliteConnection(connectionString);

    private static async Task Exec(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}

internal sealed record BenchMember(string UserId, string Phone, string Token);
