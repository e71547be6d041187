using System.Net;
using System.Text.Json;

namespace UnionHome.Bench.Drills;

/// <summary>
/// SMS code limit across nodes (issue 6 drills): asking for a second code on the other node within the resend
/// interval is refused, and a burst of requests for one phone spread over both nodes sends exactly one code.
/// </summary>
internal static class SmsLimitAcrossNodes
{
    public static async Task<int> RunAsync(string nodeA, string nodeB, int phones, int burst)
    {
        using var a = Http.Client(nodeA, 64);
        using var b = Http.Client(nodeB, 64);
        var prefix = Random.Shared.Next(1000, 9999);
        var sequentialHeld = 0;
        var burstSent = new List<int>();
        var refusals = new Dictionary<string, int>();
        for (var i = 0; i < phones; i++)
        {
            var phone = $"139{prefix:D4}{i:D4}";
            var first = await SendAsync(a, phone);
            var second = await SendAsync(b, phone);
            if (first == "204" && second == "sms_too_frequent")
            {
                sequentialHeld++;
            }

            var burstPhone = $"138{prefix:D4}{i:D4}";
            var answers = await Task.WhenAll(Enumerable.Range(0, burst).Select(k => SendAsync(k % 2 == 0 ? a : b, burstPhone)));
            burstSent.Add(answers.Count(x => x == "204"));
            foreach (var refusal in answers.Where(x => x != "204"))
            {
                refusals[refusal] = refusals.GetValueOrDefault(refusal) + 1;
            }
        }

        Console.WriteLine($"sequential: {sequentialHeld} of {phones} phones refused on node B right after a code from node A (sms_too_frequent)");
        Console.WriteLine($"burst: {phones} phones × {burst} simultaneous requests split over both nodes: codes sent per phone "
            + string.Join(", ", burstSent.GroupBy(n => n).OrderBy(g => g.Key).Select(g => $"{g.Key} → {g.Count()} phones"))
            + "; refusals " + string.Join(", ", refusals.Select(r => $"{r.Key} × {r.Value}")));
        var held = sequentialHeld == phones && burstSent.All(n => n == 1);
        Console.WriteLine(held ? "held: one code per phone per interval, whichever node is asked" : "BROKEN");
        return held ? 0 : 1;
    }

    private static async Task<string> SendAsync(HttpClient http, string phone)
    {
        using var request = Http.Request(HttpMethod.Post, "/api/v1/auth/sms-code", null, new { phone });
        using var response = await http.SendAsync(request);
        if (response.StatusCode == HttpStatusCode.NoContent)
        {
            return "204";
        }

        var body = await response.Content.ReadAsStringAsync();
        try
        {
            return JsonDocument.Parse(body).RootElement.GetProperty("code").GetString() ?? ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (JsonException)
        {
            return ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
