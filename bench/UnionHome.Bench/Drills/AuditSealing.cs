using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UnionHome.Platform.Audit;
using UnionHome.Platform.Data;
using UnionHome.Web.Hosting;

namespace UnionHome.Bench.Drills;

/// <summary>
/// Audited writes through nginx to both nodes (a staff officer revealing a phone: one audit entry each) for a fixed
/// time, while the nodes' sealers seal them; then how fast entries were written and sealed, the largest backlog, and
/// verify-audit over the whole log (issue 13, item 2).
/// </summary>
internal static class AuditSealing
{
    public static async Task<int> RunAsync(string url, int connections, TimeSpan duration)
    {
        var builder = WebApplication.CreateBuilder([]);
        builder.AddUnionHome();
        await using var host = builder.Build();
        using var http = Http.Client(url, connections);
        var officer = await Http.StaffTokenAsync(http, "zs.staff");
        var (target, before) = await QueryAsync(host.Services, async db =>
            (await db.Users.Where(u => u.UserName == "m.seafarer").Select(u => u.Id).SingleAsync(),
             await db.Set<AuditCheckpoint>().MaxAsync(c => (long?)c.TreeSize) ?? 0));

        var written = 0;
        var failures = 0;
        var backlog = 0;
        var clock = Stopwatch.StartNew();
        using var watching = new CancellationTokenSource();
        var watcher = Task.Run(async () =>
        {
            while (!watching.IsCancellationRequested)
            {
                backlog = Math.Max(backlog, await QueryAsync(host.Services, db => db.Set<AuditPending>().CountAsync()));
                await Task.Delay(200);
            }
        });
        await Task.WhenAll(Enumerable.Range(0, connections).Select(async _ =>
        {
            while (clock.Elapsed < duration)
            {
                using var request = Http.Request(HttpMethod.Get, $"/api/v1/users/{target}/phone", officer);
                using var response = await http.SendAsync(request);
                Interlocked.Increment(ref response.StatusCode == HttpStatusCode.OK ? ref written : ref failures);
            }
        }));
        var writing = clock.Elapsed.TotalSeconds;

        while (await QueryAsync(host.Services, db => db.Set<AuditPending>().CountAsync()) > 0 && clock.Elapsed < duration * 4)
        {
            await Task.Delay(100);
        }

        var sealedIn = clock.Elapsed.TotalSeconds;
        await watching.CancelAsync();
        await watcher;
        var after = await QueryAsync(host.Services, db => db.Set<AuditCheckpoint>().MaxAsync(c => (long?)c.TreeSize)) ?? 0;
        var checkpoints = await QueryAsync(host.Services, db => db.Set<AuditCheckpoint>().CountAsync(c => c.TreeSize > before));
        var capacity = await SealingCapacityAsync(host.Services, 20_000);
        var verification = await QueryAsync(host.Services, db => ActivatorUtilities.CreateInstance<AuditVerifier>(host.Services, db).VerifyAsync(CancellationToken.None));

        Console.WriteLine($"audited writes: {written} in {writing:F1} s = {written / writing:F0}/s over {connections} connections, {failures} failures");
        Console.WriteLine($"sealed: {after - before} entries under {checkpoints} checkpoints, the last {sealedIn - writing:F1} s after the writes ended = {(after - before) / sealedIn:F0}/s; largest backlog {backlog}");
        Console.WriteLine($"sealing capacity: {capacity.Entries} entries queued at once (written straight into the database) sealed in {capacity.Seconds:F2} s = {capacity.Entries / capacity.Seconds:F0}/s");
        Console.WriteLine(verification.Intact
            ? $"verify-audit: intact, {verification.EntriesChecked} entries, {verification.CheckpointsChecked} checkpoints, {verification.WaitingToBeSealed} waiting"
            : $"verify-audit: {verification.Problems.Count} problems, first: {verification.Problems[0]}");
        return failures == 0 && verification.Intact ? 0 : 1;
    }

    /// <summary>
    /// What the sealers can take, apart from how fast HTTP requests write: a burst of entries inserted by one
    /// statement (as many audited writes at once would leave them), timed until the queue is empty again.
    /// </summary>
    private static async Task<(int Entries, double Seconds)> SealingCapacityAsync(IServiceProvider services, int entries)
    {
        await QueryAsync(services, async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO platform.audit_log ("Id", "At", "ActorId", "ActorName", "Action", "Target")
                SELECT gen_random_uuid(), date_trunc('milliseconds', now()), 'bench', '压测', 'bench.sealing', 'item:' || g FROM generate_series(1, {entries}) g
                """);
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO platform.audit_pending ("EntryId")
                SELECT e."Id" FROM platform.audit_log e
                WHERE e."Action" = 'bench.sealing' AND NOT EXISTS (SELECT 1 FROM platform.audit_leaves l WHERE l."EntryId" = e."Id")
                  AND NOT EXISTS (SELECT 1 FROM platform.audit_pending p WHERE p."EntryId" = e."Id")
                """);
            await transaction.CommitAsync();
            return true;
        });
        var clock = Stopwatch.StartNew();
        while (await QueryAsync(services, db => db.Set<AuditPending>().CountAsync()) > 0 && clock.Elapsed < TimeSpan.FromMinutes(5))
        {
            await Task.Delay(50);
        }

        return (entries, clock.Elapsed.TotalSeconds);
    }

    private static async Task<T> QueryAsync<T>(IServiceProvider services, Func<AppDbContext, Task<T>> query)
    {
        await using var scope = services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }
}
