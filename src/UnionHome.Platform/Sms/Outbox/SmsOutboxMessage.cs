namespace UnionHome.Platform.Sms.Outbox;

/// <summary>A message the development sender kept instead of sending; the phone is encrypted like everywhere else.</summary>
public sealed class SmsOutboxMessage
{
    public Guid Id { get; set; }

    public string PhoneCipher { get; set; } = "";

    public string PhoneIndex { get; set; } = "";

    public string PhoneMasked { get; set; } = "";

    public string TemplateCode { get; set; } = "";

    public string Text { get; set; } = "";

    public DateTime SentAt { get; set; }
}
