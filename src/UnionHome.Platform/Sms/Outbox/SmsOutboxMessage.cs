using UnionHome.Platform.Encryption;

namespace UnionHome.Platform.Sms.Outbox;

/// <summary>A message the development sender kept instead of sending; the phone is encrypted like everywhere else.</summary>
public sealed class SmsOutboxMessage
{
    public Guid Id { get; set; }

    [Encrypted]
    public string PhoneCipher { get; set; } = "";

    [BlindIndex(BlindIndex.Purposes.Phone, FromCipher = nameof(PhoneCipher))]
    public string PhoneIndex { get; set; } = "";

    public string PhoneMasked { get; set; } = "";

    public string TemplateCode { get; set; } = "";

    public string Text { get; set; } = "";

    public DateTime SentAt { get; set; }
}
