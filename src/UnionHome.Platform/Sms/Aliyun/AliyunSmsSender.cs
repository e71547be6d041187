using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace UnionHome.Platform.Sms.Aliyun;

/// <summary>Calls Dysmsapi's SendSms (version 2017-05-25) as a signed form POST.</summary>
internal sealed partial class AliyunSmsSender(
    HttpClient http,
    IOptions<AliyunSmsOptions> options,
    TimeProvider time,
    ILogger<AliyunSmsSender> logger) : ISmsSender
{
    public async Task SendAsync(SmsMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var settings = options.Value;
        var phone = NationalNumber(message.PhoneE164);
        var maskedPhone = $"{phone[..3]}****{phone[^4..]}";

        var parameters = SendSmsParameters(settings, phone, message);
        parameters["Signature"] = AliyunSignature.Sign("POST", parameters, settings.AccessKeySecret);

        var (status, answer) = await PostAsync(settings.Endpoint, parameters, cancellationToken);
        if (status is >= 200 and < 300 && answer.Code == "OK")
        {
            LogSent(message.TemplateCode, maskedPhone, answer.BizId);
            return;
        }

        LogRefused(message.TemplateCode, maskedPhone, status, answer.Code, answer.Message, answer.RequestId);
        throw new SmsDeliveryException(
            $"Aliyun SMS refused the message (HTTP {status}): {answer.Code ?? "no code"} {answer.Message}".TrimEnd());
    }

    private Dictionary<string, string> SendSmsParameters(AliyunSmsOptions settings, string phone, SmsMessage message)
    {
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["AccessKeyId"] = settings.AccessKeyId,
            ["Action"] = "SendSms",
            ["Format"] = "JSON",
            ["RegionId"] = settings.RegionId,
            ["SignatureMethod"] = "HMAC-SHA1",
            ["SignatureNonce"] = Guid.NewGuid().ToString(),
            ["SignatureVersion"] = "1.0",
            ["Timestamp"] = time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ["Version"] = "2017-05-25",
            ["PhoneNumbers"] = phone,
            ["SignName"] = settings.SignName,
            ["TemplateCode"] = message.TemplateCode,
        };
        if (message.TemplateParameters.Count > 0)
            parameters["TemplateParam"] = JsonSerializer.Serialize(message.TemplateParameters);
        return parameters;
    }

    private async Task<(int Status, SendSmsAnswer Answer)> PostAsync(
        Uri endpoint, Dictionary<string, string> parameters, CancellationToken cancellationToken)
    {
        try
        {
            using var form = new FormUrlEncodedContent(parameters);
            using var response = await http.PostAsync(endpoint, form, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            return ((int)response.StatusCode, Parse(body));
        }
        catch (HttpRequestException e)
        {
            throw new SmsDeliveryException("Aliyun SMS could not be reached.", e);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new SmsDeliveryException("Aliyun SMS did not answer in time.", e);
        }
    }

    private static SendSmsAnswer Parse(string body)
    {
        try
        {
            return JsonSerializer.Deserialize<SendSmsAnswer>(body) ?? SendSmsAnswer.None;
        }
        catch (JsonException)
        {
            return SendSmsAnswer.None;
        }
    }

    // Dysmsapi wants mainland numbers in their 11-digit national form, without +86.
    private static string NationalNumber(string phoneE164) =>
        phoneE164.Length == 14 && phoneE164.StartsWith("+86", StringComparison.Ordinal)
            && !phoneE164.AsSpan(3).ContainsAnyExceptInRange('0', '9')
            ? phoneE164[3..]
            : throw new ArgumentException("Aliyun SMS sends only to mainland numbers: +86 and 11 digits.", nameof(phoneE164));

    [LoggerMessage(LogLevel.Information, "Aliyun SMS accepted template {TemplateCode} for {MaskedPhone}, BizId {BizId}")]
    private partial void LogSent(string templateCode, string maskedPhone, string? bizId);

    [LoggerMessage(LogLevel.Warning,
        "Aliyun SMS refused template {TemplateCode} for {MaskedPhone}: HTTP {Status} {Code} {ProviderMessage} (RequestId {RequestId})")]
    private partial void LogRefused(
        string templateCode, string maskedPhone, int status, string? code, string? providerMessage, string? requestId);

    private sealed record SendSmsAnswer(string? Code, string? Message, string? BizId, string? RequestId)
    {
        public static readonly SendSmsAnswer None = new(null, null, null, null);
    }
}
