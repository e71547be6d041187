using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using MiniExcelLibs;
using Npgsql;
using NpgsqlTypes;
using UnionHome.Bench.Drills;

// Benchmarks and drills, chosen by the first argument: "storm" (BookingStorm.cs), the issue 6 drills in Drills/
// (resilient-storm, alert-delay, sms-limit, hot-paths, audit-sealing, hello, sample). Without one: the roster import
// benchmark: writes an N-row roster, uploads it to a running node as a liaison, follows the
// import to the end, and reports wall time and the node's peak RSS. With --copy it also times a raw Npgsql
// binary COPY of the same rows into a scratch table, the floor the import is compared with.
//   dotnet run -c Release --project bench/UnionHome.Bench -- --url URL --pid PID --rows 100000 [--copy CONNSTR]
var options = args.Select((a, i) => (a, i)).Where(x => x.a.StartsWith("--", StringComparison.Ordinal))
    .ToDictionary(x => x.a[2..], x => x.i + 1 < args.Length && !args[x.i + 1].StartsWith("--", StringComparison.Ordinal) ? args[x.i + 1] : "");
var url = options.GetValueOrDefault("url", "http://127.0.0.1:5080");
int Option(string name, int fallback) => options.TryGetValue(name, out var value) ? int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) : fallback;
switch (args.FirstOrDefault())
{
    case "storm":
        return await UnionHome.Bench.BookingStorm.RunAsync(url, Option("members", 5000), Option("seats", 500), Option("connections", 64));
    case "resilient-storm": // issue 6: through nginx, optionally with --kill-pid PID or --restart COMMAND after --fault-after N answers
        var fault = options.ContainsKey("kill-pid") || options.ContainsKey("restart")
            ? new Fault(options.ContainsKey("kill-pid") ? Option("kill-pid", 0) : null, options.GetValueOrDefault("restart"), Option("fault-after", 1500))
            : null;
        return await ResilientStorm.RunAsync(url, Option("members", 5000), Option("seats", 500), Option("connections", 64), fault);
    case "alert-delay":
        return await AlertDelay.RunAsync(options["node-a"], options["node-b"], Option("cases", 200));
    case "sms-limit":
        return await SmsLimitAcrossNodes.RunAsync(options["node-a"], options["node-b"], Option("phones", 50), Option("burst", 20));
    case "hot-paths":
        return await HotPaths.RunAsync(url, options["hello"], options.GetValueOrDefault("label", "node"), Option("members", 2000), Option("connections", 32), TimeSpan.FromSeconds(Option("seconds", 10)));
    case "audit-sealing": // issue 13: audited writes through nginx while the nodes seal them
        return await AuditSealing.RunAsync(url, Option("connections", 64), TimeSpan.FromSeconds(Option("seconds", 20)));
    case "hello":
        return await Hello.RunAsync(options.GetValueOrDefault("urls", "http://127.0.0.1:5199"));
    case "sample":
        return await BackupSample.RunAsync(Option("count", 50));
}

var rows = int.Parse(options.GetValueOrDefault("rows", "100000"), System.Globalization.CultureInfo.InvariantCulture);
var pid = options.TryGetValue("pid", out var p) ? int.Parse(p, System.Globalization.CultureInfo.InvariantCulture) : (int?)null;

var people = Roster.People(rows).ToList();
var file = Path.Combine(Path.GetTempPath(), $"roster-{rows}.xlsx");
var written = Stopwatch.StartNew();
await using (var stream = File.Create(file))
{
    await stream.SaveAsAsync(people.Select(r => new Dictionary<string, object> { ["姓名"] = r.Name, ["身份证号"] = r.Id, ["手机号"] = r.Phone, ["职工类型"] = "新就业形态劳动者" }).ToList()); // a list: the sheet declares its size, as Excel and WPS write it
}

Console.WriteLine($"roster: {rows} rows, {new FileInfo(file).Length / 1024} KiB, written in {written.Elapsed.TotalSeconds:F1} s");

using var http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromMinutes(5) };
var token = await UnionHome.Bench.Drills.Http.StaffTokenAsync(http, "gy.liaison");
http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
var me = await http.GetFromJsonAsync<JsonElement>("/api/v1/me");
var enterprise = me.GetProperty("enterpriseId").GetString();

var clock = Stopwatch.StartNew();
using var form = new MultipartFormDataContent { { new ByteArrayContent(await File.ReadAllBytesAsync(file)), "file", "roster.xlsx" } };
var upload = await http.PostAsync($"/api/v1/enterprises/{enterprise}/roster-imports", form);
upload.EnsureSuccessStatusCode();
var importId = (await upload.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
JsonElement progress;
do
{
    await Task.Delay(250);
    progress = await http.GetFromJsonAsync<JsonElement>($"/api/v1/roster-imports/{importId}");
}
while (progress.GetProperty("status").GetString() is "queued" or "running");

var seconds = clock.Elapsed.TotalSeconds;
Console.WriteLine($"import: {progress.GetProperty("status").GetString()}, {progress.GetProperty("imported").GetInt32()} imported, {progress.GetProperty("rejected").GetInt32()} rejected in {seconds:F1} s ({rows / seconds:F0} rows/s)");
if (pid is { } serverPid)
{
    var peak = File.ReadLines($"/proc/{serverPid}/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
    Console.WriteLine($"server peak RSS {peak[6..].Trim()}");
}

if (options.TryGetValue("copy", out var connectionString))
{
    await using var connection = new NpgsqlConnection(connectionString);
    await connection.OpenAsync();
    await using (var create = new NpgsqlCommand("DROP TABLE IF EXISTS bench_copy; CREATE TABLE bench_copy (id uuid, name text, resident_id text, phone text, worker_type text, region text)", connection))
    {
        await create.ExecuteNonQueryAsync();
    }

    var copy = Stopwatch.StartNew();
    await using (var writer = await connection.BeginBinaryImportAsync("COPY bench_copy (id, name, resident_id, phone, worker_type, region) FROM STDIN (FORMAT BINARY)"))
    {
        foreach (var person in people)
        {
            await writer.StartRowAsync();
            await writer.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
            await writer.WriteAsync(person.Name, NpgsqlDbType.Text);
            await writer.WriteAsync(person.Id, NpgsqlDbType.Text);
            await writer.WriteAsync(person.Phone, NpgsqlDbType.Text);
            await writer.WriteAsync("Gig", NpgsqlDbType.Text);
            await writer.WriteAsync("520113", NpgsqlDbType.Text);
        }

        await writer.CompleteAsync();
    }

    Console.WriteLine($"raw binary COPY of the same rows: {copy.Elapsed.TotalSeconds:F2} s; import / COPY = {seconds / copy.Elapsed.TotalSeconds:F1}x");
}

return 0;

internal sealed record Person(string Name, string Id, string Phone);

internal static class Roster
{
    // Valid, distinct resident IDs for 白云区 (GB 11643 check character) and distinct mobile numbers.
    public static IEnumerable<Person> People(int count, string region = "520113", int offset = 0)
    {
        for (var i = offset; i < offset + count; i++)
        {
            var body = $"{region}{new DateOnly(1965, 1, 1).AddDays(i % 14000):yyyyMMdd}{i / 14000 % 500 * 2 + 1:D3}";
            var check = "10X98765432"[Enumerable.Range(0, 17).Sum(k => (body[k] - '0') * ((1 << (17 - k)) % 11)) % 11];
            yield return new Person($"骑手{i}", body + check, $"137{i:D8}");
        }
    }
}
