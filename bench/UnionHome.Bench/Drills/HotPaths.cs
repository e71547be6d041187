using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UnionHome.Platform.Data;
using UnionHome.Platform.Encryption;
using UnionHome.Platform.Validation;
using UnionHome.Web.Hosting;

namespace UnionHome.Bench.Drills;

/// <summary>
/// Throughput of the hot paths (issue 6 drills) against one base address: a node directly, or nginx in front of
/// two. Kestrel's bare "hello" (the bench's own hello mode, a separate process) is measured in the same run and is
/// the reference every rate is divided by. The load driver shares the machine's cores with everything it measures.
/// </summary>
internal static partial class HotPaths
{
    private sealed record Rate(string Path, int Requests, double PerSecond, string Latency, int Failures);

    public static async Task<int> RunAsync(string url, string helloUrl, string label, int members, int connections, TimeSpan duration)
    {
        var builder = WebApplication.CreateBuilder([]);
        builder.AddUnionHome();
        await using var host = builder.Build();
        var people = await BookingStorm.SeedAsync(host.Services, members);
        using var http = Http.Client(url, connections);
        using var hello = Http.Client(helloUrl, connections);
        var rates = new List<Rate>();

        rates.Add(await ForAsync("Kestrel hello (reference)", hello, connections, duration, _ => Http.Request(HttpMethod.Get, "/", null), HttpStatusCode.OK));

        var reader = people[0].Token;
        rates.Add(await ForAsync("cached read GET /api/v1/recuperation-bases", http, connections, duration, _ => Http.Request(HttpMethod.Get, "/api/v1/recuperation-bases", reader), HttpStatusCode.OK));

        var station = await Http.StaffTokenAsync(http, "hb.station");
        var cards = new List<string>();
        foreach (var person in people.Take(200))
        {
            using var card = Http.Request(HttpMethod.Get, "/api/v1/me/card", person.Token);
            using var response = await http.SendAsync(card);
            cards.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!);
        }

        rates.Add(await ForAsync("card verify POST /api/v1/cards/verify", http, connections, duration, i => Http.Request(HttpMethod.Post, "/api/v1/cards/verify", station, new { token = cards[i % cards.Count] }), HttpStatusCode.OK));

        var phones = Enumerable.Range(0, members).Select(i => $"136{Random.Shared.Next(1000, 9999):D4}{i:D4}").Distinct().ToList();
        rates.Add(await EachAsync("SMS code POST /api/v1/auth/sms-code", http, connections, phones.Count, i => Http.Request(HttpMethod.Post, "/api/v1/auth/sms-code", null, new { phone = phones[i] }), HttpStatusCode.NoContent));
        var codes = await CodesAsync(host.Services, phones);
        rates.Add(await EachAsync("SMS login POST /api/v1/auth/sms-login", http, connections, phones.Count, i => Http.Request(HttpMethod.Post, "/api/v1/auth/sms-login", null, new { phone = phones[i], code = codes[i] }), HttpStatusCode.OK));

        var (eventId, sessionId) = await BookingStorm.CreateEventAsync(http, members / 2);
        rates.Add(await EachAsync("booking POST /api/v1/events/…/bookings", http, connections, people.Count, i => Http.Request(HttpMethod.Post, $"/api/v1/events/{eventId}/sessions/{sessionId}/bookings", people[i].Token, new { clientRequestId = Guid.NewGuid().ToString() }), HttpStatusCode.Created, HttpStatusCode.Accepted));

        rates.Add(await EachAsync("case filing POST /api/v1/cases", http, connections, people.Count, i => Http.Request(HttpMethod.Post, "/api/v1/cases", people[i].Token, new
        {
            category = "legal", urgency = "normal", description = "压测：工资拖欠两个月，请工会帮忙协调。", clientRequestId = Guid.NewGuid().ToString(),
        }), HttpStatusCode.Created));

        var reference = rates[0].PerSecond;
        Console.WriteLine();
        Console.WriteLine($"| {label} ({url}, {connections} connections) | requests | per second | latency | failures | ÷ hello |");
        Console.WriteLine("|---|---|---|---|---|---|");
        foreach (var rate in rates)
        {
            Console.WriteLine($"| {rate.Path} | {rate.Requests} | {rate.PerSecond:F0} | {rate.Latency} | {rate.Failures} | {rate.PerSecond / reference:P1} |");
        }

        return rates.Sum(r => r.Failures) == 0 ? 0 : 1;
    }

    /// <summary>The same kind of request over and over for a fixed time.</summary>
    private static Task<Rate> ForAsync(string path, HttpClient http, int connections, TimeSpan duration, Func<int, HttpRequestMessage> make, params HttpStatusCode[] expected) =>
        LoadAsync(path, http, connections, int.MaxValue, duration, make, expected);

    /// <summary>Each of COUNT distinct requests once (a login code, a booking, a case per person).</summary>
    private static Task<Rate> EachAsync(string path, HttpClient http, int connections, int count, Func<int, HttpRequestMessage> make, params HttpStatusCode[] expected) =>
        LoadAsync(path, http, connections, count, TimeSpan.FromMinutes(10), make, expected);

    private static async Task<Rate> LoadAsync(string path, HttpClient http, int connections, int count, TimeSpan duration, Func<int, HttpRequestMessage> make, HttpStatusCode[] expected)
    {
        // A short warm-up so first-call JIT and pool growth are not measured.
        for (var i = 0; i < 20 && count == int.MaxValue; i++)
        {
            using var warm = make(i);
            using var _ = await http.SendAsync(warm);
        }

        var latencies = new ConcurrentBag<double>();
        var failures = 0;
        var firstFailure = "";
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, connections).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count && clock.Elapsed < duration)
            {
                using var request = make(i);
                var started = Stopwatch.GetTimestamp();
                using var response = await http.SendAsync(request);
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (!expected.Contains(response.StatusCode) && Interlocked.Increment(ref failures) == 1)
                {
                    firstFailure = $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
                }
            }
        }));
        var seconds = clock.Elapsed.TotalSeconds;
        var rate = new Rate(path, latencies.Count, latencies.Count / seconds, Http.Describe(latencies), failures);
        Console.WriteLine($"{path}: {rate.Requests} in {seconds:F1} s = {rate.PerSecond:F0}/s, {rate.Latency}, {failures} failures {firstFailure}");
        return rate;
    }

    /// <summary>The codes the outbox SMS sender kept, read from the database the nodes share.</summary>
    private static async Task<List<string>> CodesAsync(IServiceProvider services, List<string> phones)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var blindIndex = scope.ServiceProvider.GetRequiredService<BlindIndex>();
        var indexes = phones.Select(p => MobilePhone.TryParse(p, out var phone, out _) ? blindIndex.Compute(BlindIndex.Purposes.Phone, phone.Value) : "").ToList();
        var cipher = scope.ServiceProvider.GetRequiredService<FieldCipher>();
        var texts = (await db.SmsOutbox.AsNoTracking().Where(m => indexes.Contains(m.PhoneIndex)).ToListAsync())
            .GroupBy(m => m.PhoneIndex).ToDictionary(g => g.Key, g => g.MaxBy(m => m.SentAt)!.PlainText(cipher));
        return indexes.Select(i => SixDigits().Match(texts[i]).Value).ToList();
    }

    [GeneratedRegex("[0-9]{6}")]
    private static partial Regex SixDigits();
}
