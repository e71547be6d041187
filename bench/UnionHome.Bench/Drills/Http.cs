using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace UnionHome.Bench.Drills;

/// <summary>What every drill needs from HTTP: a pooled client, staff sign-in, and percentiles.</summary>
internal static class Http
{
    public const string StaffPassword = "UnionHome@2026";

    public static HttpClient Client(string url, int connections, TimeSpan? timeout = null) =>
        new(new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = TimeSpan.FromMinutes(10), ConnectTimeout = TimeSpan.FromSeconds(5) })
        {
            BaseAddress = new Uri(url),
            Timeout = timeout ?? TimeSpan.FromSeconds(30),
        };

    /// <summary>
    /// The drill cluster binds the demo's published authenticator secret to the staff it signs in as (enrol-totp in
    /// deploy/cluster.sh): every sign-in computes its code from that secret.
    /// </summary>
    public static async Task<string> StaffTokenAsync(HttpClient http, string userName)
    {
        var totpCode = new OtpNet.Totp(OtpNet.Base32Encoding.ToBytes(UnionHome.Web.Demo.DemoSeeder.DemoTotpSecret)).ComputeTotp();
        using var login = await http.PostAsJsonAsync("/api/v1/auth/staff-login", new { userName, password = StaffPassword, totpCode });
        var text = await login.Content.ReadAsStringAsync();
        if (!login.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"staff-login {userName}: {(int)login.StatusCode} {text}");
        }

        return JsonDocument.Parse(text).RootElement.GetProperty("accessToken").GetString()!;
    }

    public static HttpRequestMessage Request(HttpMethod method, string path, string? token, object? body = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return request;
    }

    public static double Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)(sorted.Count * p))];

    public static string Describe(IEnumerable<double> latencies)
    {
        var sorted = latencies.Order().ToList();
        return $"p50 {Percentile(sorted, 0.5):F0} ms, p99 {Percentile(sorted, 0.99):F0} ms";
    }

    /// <summary>A retryable failure: the node could not be reached, died mid-request, or the proxy had no node to offer.</summary>
    public static bool Retryable(HttpStatusCode status) =>
        status is HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout or HttpStatusCode.InternalServerError;

    public static long Now() => Stopwatch.GetTimestamp();
}
