using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UnionHome.Platform.Data;
using UnionHome.Web.Hosting;

namespace UnionHome.Bench.Drills;

/// <summary>How the storm is disturbed once FaultAfter answers have come back.</summary>
internal sealed record Fault(int? KillPid, string? RestartCommand, int FaultAfter);

/// <summary>
/// The booking storm as phones behave on a bad network (issue 6 drills): every member keeps one clientRequestId and
/// retries it, with back-off, after a dropped connection, a 5xx or a timeout, until answered. Optionally one node is
/// killed with SIGKILL, or the database restarted, in the middle. Afterwards it checks the database (exactly the
/// seats confirmed, nobody twice, every answer backed by its row) and asks every request once more: the answer must
/// be the original one.
/// </summary>
internal static class ResilientStorm
{
    private sealed record Answer(HttpStatusCode Status, Guid BookingId, string BookingStatus);

    private sealed record Attempt(double StartedMs, double EndedMs, string Outcome);

    public static async Task<int> RunAsync(string url, int members, int seats, int connections, Fault? fault)
    {
        var builder = WebApplication.CreateBuilder([]);
        builder.AddUnionHome();
        await using var host = builder.Build();
        var people = await BookingStorm.SeedAsync(host.Services, members);
        using var http = Http.Client(url, connections, TimeSpan.FromSeconds(20));
        var (eventId, sessionId) = await BookingStorm.CreateEventAsync(http, seats);
        var path = $"/api/v1/events/{eventId}/sessions/{sessionId}/bookings";

        var requestIds = people.ToDictionary(p => p.UserId, _ => Guid.NewGuid().ToString());
        var answers = new ConcurrentDictionary<string, Answer>();
        var attempts = new ConcurrentBag<Attempt>();
        var retried = 0;
        var lastTryStarted = new ConcurrentDictionary<string, DateTime>(); // members who retried: when their answered try began
        var answered = 0;
        var faultAt = new TaskCompletionSource();
        var clock = Stopwatch.StartNew();
        var faultTask = fault is null ? Task.FromResult<(double, double)>((0, 0)) : InjectAsync(fault, faultAt.Task, clock);

        using var gate = new SemaphoreSlim(connections);
        await Task.WhenAll(people.Select(async person =>
        {
            await gate.WaitAsync();
            try
            {
                var deadline = clock.Elapsed + TimeSpan.FromSeconds(90);
                for (var attempt = 1; clock.Elapsed < deadline; attempt++)
                {
                    var started = clock.Elapsed.TotalMilliseconds;
                    if (attempt > 1)
                    {
                        lastTryStarted[person.UserId] = DateTime.UtcNow;
                    }

                    string outcome;
                    try
                    {
                        using var request = Http.Request(HttpMethod.Post, path, person.Token, new { clientRequestId = requestIds[person.UserId] });
                        using var response = await http.SendAsync(request);
                        outcome = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
                        if (response.StatusCode is HttpStatusCode.Created or HttpStatusCode.Accepted)
                        {
                            answers[person.UserId] = await ReadAsync(response);
                            attempts.Add(new Attempt(started, clock.Elapsed.TotalMilliseconds, "ok"));
                            if (Interlocked.Increment(ref answered) == (fault?.FaultAfter ?? -1))
                            {
                                faultAt.TrySetResult();
                            }

                            return;
                        }

                        if (!Http.Retryable(response.StatusCode))
                        {
                            Console.WriteLine($"refused: {outcome} {await response.Content.ReadAsStringAsync()}");
                            attempts.Add(new Attempt(started, clock.Elapsed.TotalMilliseconds, outcome));
                            return;
                        }
                    }
                    catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                    {
                        outcome = ex is TaskCanceledException ? "timeout" : "connection";
                    }

                    attempts.Add(new Attempt(started, clock.Elapsed.TotalMilliseconds, outcome));
                    if (attempt == 1)
                    {
                        Interlocked.Increment(ref retried);
                    }

                    await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(1000, 50 * (1 << Math.Min(attempt, 5))) + Random.Shared.Next(50)));
                }
            }
            finally
            {
                gate.Release();
            }
        }));
        var seconds = clock.Elapsed.TotalSeconds;
        faultAt.TrySetResult();
        var (faultStarted, faultEnded) = await faultTask;

        var ok = attempts.Where(a => a.Outcome == "ok").Select(a => a.EndedMs - a.StartedMs).ToList();
        Console.WriteLine($"storm: {members} members, {seats} seats, {connections} connections through {url}: {seconds:F1} s, {answers.Count / seconds:F0} answered/s, {Http.Describe(ok)}");
        Console.WriteLine($"attempts: {attempts.Count}; outcomes: " + string.Join(", ", attempts.GroupBy(a => a.Outcome).OrderBy(g => g.Key).Select(g => $"{g.Key} × {g.Count()}")));
        Console.WriteLine($"members who had to retry: {retried}; members never answered: {members - answers.Count}");
        if (fault is not null)
        {
            Report(attempts.ToList(), faultStarted, faultEnded, fault);
        }

        return await VerifyAsync(host.Services, http, path, people, requestIds, answers, lastTryStarted, sessionId, seats) ? 0 : 1;
    }

    private static async Task<Answer> ReadAsync(HttpResponseMessage response)
    {
        var booking = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return new Answer(response.StatusCode, booking.GetProperty("id").GetGuid(), booking.GetProperty("status").GetString()!);
    }

    private static async Task<(double Started, double Ended)> InjectAsync(Fault fault, Task due, Stopwatch clock)
    {
        await due;
        var started = clock.Elapsed.TotalMilliseconds;
        if (fault.KillPid is { } pid)
        {
            using var victim = Process.GetProcessById(pid);
            victim.Kill(); // SIGKILL: no graceful shutdown, in-flight requests and transactions are cut
            Console.WriteLine($"fault: node pid {pid} killed with SIGKILL at {started / 1000:F2} s");
            return (started, started);
        }

        using var restart = Process.Start("/bin/bash", ["-c", fault.RestartCommand!]);
        await restart.WaitForExitAsync();
        var ended = clock.Elapsed.TotalMilliseconds;
        Console.WriteLine($"fault: `{fault.RestartCommand}` ran from {started / 1000:F2} s to {ended / 1000:F2} s (exit {restart.ExitCode}); the database accepts connections again at its end");
        return (started, ended);
    }

    /// <summary>Failures around the fault, and how long after the database (or the surviving node) was back the errors stopped.</summary>
    private static void Report(List<Attempt> attempts, double faultStarted, double faultEnded, Fault fault)
    {
        var failed = attempts.Where(a => a.Outcome != "ok" && a.EndedMs >= faultStarted).OrderBy(a => a.EndedMs).ToList();
        if (failed.Count == 0)
        {
            Console.WriteLine("after the fault: no failed attempt at all");
            return;
        }

        var lastFailure = failed[^1].EndedMs;
        var firstOkAfter = attempts.Where(a => a.Outcome == "ok" && a.StartedMs >= faultEnded).Select(a => a.EndedMs).DefaultIfEmpty(double.NaN).Min();
        Console.WriteLine($"after the fault: {failed.Count} failed attempts, the last ending {(lastFailure - faultEnded) / 1000:F2} s after "
            + (fault.KillPid is null ? "the database was back" : "the kill")
            + $"; first booking started after it answered at +{(firstOkAfter - faultEnded) / 1000:F2} s");
        Console.WriteLine("second by second (ok / failed attempts ending in it):");
        var from = (int)(faultStarted / 1000) - 1;
        var to = (int)(lastFailure / 1000) + 2;
        for (var s = from; s <= to; s++)
        {
            var inSecond = attempts.Where(a => (int)(a.EndedMs / 1000) == s).ToList();
            Console.WriteLine($"  {s,3} s: {inSecond.Count(a => a.Outcome == "ok"),5} / {inSecond.Count(a => a.Outcome != "ok"),4}");
        }
    }

    private static async Task<bool> VerifyAsync(
        IServiceProvider services, HttpClient http, string path, List<BenchMember> people, Dictionary<string, string> requestIds,
        ConcurrentDictionary<string, Answer> answers, ConcurrentDictionary<string, DateTime> lastTryStarted, Guid sessionId, int seats)
    {
        Npgsql.NpgsqlConnection.ClearAllPools(); // the driver's own pooled connections did not survive a database restart
        var (confirmed, waitlisted, duplicates, taken) = await BookingStorm.CheckAsync(services, sessionId);
        Console.WriteLine($"database: {confirmed} confirmed, {waitlisted} waitlisted, {duplicates} members booked twice, session taken = {taken}");

        var stored = new Dictionary<string, (Guid Id, string Status, DateTime CreatedAt)>();
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await db.Database.OpenConnectionAsync();
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = $"SELECT \"UserId\", \"Id\", \"Status\", \"CreatedAt\" FROM {TableNaming.QualifiedName("events", "bookings", db.Provider)} WHERE \"SessionId\" = '{sessionId}'";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                stored[reader.GetString(0)] = (reader.GetGuid(1), reader.GetString(2), reader.GetDateTime(3));
            }
        }

        var lostConfirmations = answers.Count(a => a.Value.BookingStatus == "confirmed" && !(stored.TryGetValue(a.Key, out var s) && s.Id == a.Value.BookingId && s.Status == "Confirmed"));
        var unanswered = people.Count(p => !answers.ContainsKey(p.UserId));
        var mismatched = answers.Count(a => !stored.TryGetValue(a.Key, out var s) || s.Id != a.Value.BookingId);
        Console.WriteLine($"answers: {answers.Count(a => a.Value.BookingStatus == "confirmed")} told confirmed, {lostConfirmations} of them without a confirmed row; "
            + $"{mismatched} answers naming another booking than the stored one; {unanswered} unanswered");

        // A retry whose booking is older than the try that got the answer: the lost attempt had committed before the
        // failure, and the retry was answered from the stored result rather than booking again.
        var committedBeforeFailure = lastTryStarted.Count(t => stored.TryGetValue(t.Key, out var s) && s.CreatedAt < t.Value);
        Console.WriteLine($"of the {lastTryStarted.Count} members who retried, {committedBeforeFailure} had been booked by the attempt that failed and were answered from it");

        // Every request once more, same clientRequestId: the node must give the first answer back.
        var differing = 0;
        using var gate = new SemaphoreSlim(32);
        await Task.WhenAll(people.Where(p => answers.ContainsKey(p.UserId)).Select(async person =>
        {
            await gate.WaitAsync();
            try
            {
                using var request = Http.Request(HttpMethod.Post, path, person.Token, new { clientRequestId = requestIds[person.UserId] });
                using var response = await http.SendAsync(request);
                var again = response.StatusCode is HttpStatusCode.Created or HttpStatusCode.Accepted ? await ReadAsync(response) : null;
                if (again != answers[person.UserId])
                {
                    Interlocked.Increment(ref differing);
                }
            }
            finally
            {
                gate.Release();
            }
        }));
        Console.WriteLine($"replayed every answered request with its clientRequestId: {differing} answered differently from the first time");

        var correct = confirmed == seats && taken == seats && duplicates == 0 && confirmed + waitlisted == people.Count
            && lostConfirmations == 0 && mismatched == 0 && unanswered == 0 && differing == 0;
        Console.WriteLine(correct
            ? "correct: exactly the seats confirmed, 0 oversold, 0 duplicates, 0 lost confirmations, every retry answered with the original result"
            : "WRONG");
        return correct;
    }
}
