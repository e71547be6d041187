namespace UnionHome.Platform.Sms;

/// <summary>Sends one text message to one mainland mobile number.</summary>
public interface ISmsSender
{
    Task SendAsync(SmsMessage message, CancellationToken cancellationToken);
}

/// <param name="PhoneE164">The recipient, already normalised, e.g. +8613800138000.</param>
/// <param name="TemplateCode">The provider's approved template (Aliyun: SMS_123456789).</param>
/// <param name="TemplateParameters">Values for the template's placeholders, e.g. code=123456.</param>
/// <param name="Text">The message as the recipient reads it, for outboxes and logs.</param>
public sealed record SmsMessage(
    string PhoneE164,
    string TemplateCode,
    IReadOnlyDictionary<string, string> TemplateParameters,
    string Text);

/// <summary>The provider refused or could not be reached; the caller decides whether to retry.</summary>
public sealed class SmsDeliveryException(string message, Exception? inner = null) : Exception(message, inner);
