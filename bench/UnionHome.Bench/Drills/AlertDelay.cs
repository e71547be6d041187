using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.SignalR.Client;
using UnionHome.Web.Hosting;

namespace UnionHome.Bench.Drills;

/// <summary>
/// Live alert across nodes (issue 6 drills): an on-duty officer's console is connected to node B; members file
/// urgent cases on node A, one after another. The delay is measured from the moment the filing request leaves the
/// member's phone to the moment the alert arrives on the console, so it includes the filing itself, the outbox
/// dispatch and the Redis backplane hop.
/// </summary>
internal static class AlertDelay
{
    public static async Task<int> RunAsync(string nodeA, string nodeB, int count)
    {
        var builder = WebApplication.CreateBuilder([]);
        builder.AddUnionHome();
        await using var host = builder.Build();
        var members = await BookingStorm.SeedAsync(host.Services, count + 1);
        using var httpA = Http.Client(nodeA, 4);
        using var httpB = Http.Client(nodeB, 4);

        // hy.staff works at 海员工会, where the seeded seafarers' urgent cases are routed.
        var officer = await Http.StaffTokenAsync(httpB, "hy.staff");
        using (var duty = Http.Request(HttpMethod.Post, "/api/v1/staff/duty", officer, new { onDuty = true }))
        {
            (await httpB.SendAsync(duty)).EnsureSuccessStatusCode();
        }

        var arrived = new ConcurrentDictionary<Guid, long>();
        var waiters = new ConcurrentDictionary<Guid, TaskCompletionSource>();
        await using var console = new HubConnectionBuilder()
            .WithUrl(new Uri(new Uri(nodeB), "/hubs/console"), o => o.AccessTokenProvider = () => Task.FromResult<string?>(officer))
            .Build();
        console.On<JsonElement>("caseOpened", alert =>
        {
            var id = alert.GetProperty("caseId").GetGuid();
            arrived.TryAdd(id, Stopwatch.GetTimestamp());
            waiters.GetOrAdd(id, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
        });
        await console.StartAsync();

        var delays = new List<double>();
        var missing = 0;
        var units = new HashSet<string>();
        foreach (var (member, i) in members.Select((m, i) => (m, i)))
        {
            var sent = Stopwatch.GetTimestamp();
            using var request = Http.Request(HttpMethod.Post, "/api/v1/cases", member.Token, new
            {
                category = "medical", urgency = "urgent", description = $"压测：船员突发高烧，需要远程问诊（第{i}次）。",
                clientRequestId = Guid.NewGuid().ToString(), location = new { lat = 29.98, lng = 122.2, datum = "wgs84" }, shipName = "浙岱渔03188",
            });
            using var response = await httpA.SendAsync(request);
            if (response.StatusCode != HttpStatusCode.Created)
            {
                throw new InvalidOperationException($"filing: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }

            var filed = await response.Content.ReadFromJsonAsync<JsonElement>();
            var id = filed.GetProperty("id").GetGuid();
            units.Add(filed.GetProperty("routedTo").ToString());
            var waiter = waiters.GetOrAdd(id, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
            if (await Task.WhenAny(waiter.Task, Task.Delay(TimeSpan.FromSeconds(10))) != waiter.Task)
            {
                missing++;
                continue;
            }

            if (i > 0)
            {
                delays.Add(Stopwatch.GetElapsedTime(sent, arrived[id]).TotalMilliseconds); // the first is a warm-up
            }

            await Task.Delay(Random.Shared.Next(20, 80));
        }

        delays.Sort();
        Console.WriteLine($"alert delay, filed on {nodeA}, console on {nodeB}, {delays.Count} urgent cases: median {Http.Percentile(delays, 0.5):F1} ms, "
            + $"p99 {Http.Percentile(delays, 0.99):F1} ms, max {delays[^1]:F1} ms; {missing} alerts missing after 10 s");
        Console.WriteLine("routed to: " + string.Join("; ", units));
        return missing == 0 ? 0 : 1;
    }
}
