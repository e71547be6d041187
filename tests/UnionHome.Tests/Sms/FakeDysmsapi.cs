using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace UnionHome.Tests.Sms;

/// <summary>A local Kestrel stand-in for Dysmsapi that checks each request's signature against a known secret.</summary>
internal sealed class FakeDysmsapi : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly string secret;

    private FakeDysmsapi(WebApplication app, string secret)
    {
        this.app = app;
        this.secret = secret;
        app.MapPost("/", AnswerAsync);
    }

    /// <summary>The forms of the requests whose signature matched.</summary>
    public ConcurrentQueue<IReadOnlyDictionary<string, string>> Received { get; } = new();

    public string AnswerCode { get; set; } = "OK";

    public string AnswerMessage { get; set; } = "OK";

    // Once started, Urls holds the address Kestrel bound, with the port it picked.
    public Uri Endpoint => new(app.Urls.Single() + "/");

    public static async Task<FakeDysmsapi> StartAsync(string secret, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.Urls.Add("http://127.0.0.1:0");
        var fake = new FakeDysmsapi(app, secret);
        await app.StartAsync(cancellationToken);
        return fake;
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();

    private async Task<IResult> AnswerAsync(HttpRequest request)
    {
        var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
        var fields = form.ToDictionary(field => field.Key, field => field.Value.ToString(), StringComparer.Ordinal);
        if (!fields.TryGetValue("Signature", out var signature) || signature != ExpectedSignature(fields))
        {
            return Results.Text(
                """{"Code":"SignatureDoesNotMatch","Message":"Specified signature is not matched with our calculation."}""",
                "application/json", Encoding.UTF8, StatusCodes.Status400BadRequest);
        }

        Received.Enqueue(fields);
        return Results.Text(
            $$"""{"Code":"{{AnswerCode}}","Message":"{{AnswerMessage}}","BizId":"900619746936498440^0","RequestId":"F655A8D5-B967-440B-8683-DAD6FF8DE990"}""",
            "application/json", Encoding.UTF8);
    }

    // Follows Aliyun's documentation on its own (Uri.EscapeDataString, not AliyunSignature) so one cannot hide the other's mistake.
    private string ExpectedSignature(Dictionary<string, string> fields)
    {
        var canonicalQuery = string.Join("&", fields
            .Where(field => field.Key != "Signature")
            .OrderBy(field => field.Key, StringComparer.Ordinal)
            .Select(field => Uri.EscapeDataString(field.Key) + "=" + Uri.EscapeDataString(field.Value)));
        var stringToSign = "POST&%2F&" + Uri.EscapeDataString(canonicalQuery);
        using var hmac = new HMACSHA1(Encoding.UTF8.GetBytes(secret + "&"));
        return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(stringToSign)));
    }
}
