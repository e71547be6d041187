using UnionHome.Platform.Encryption;

namespace UnionHome.Platform.Sms.Outbox;

/// <summary>A message the development sender kept instead of sending; phone and text are encrypted like everywhere else.</summary>
public sealed class SmsOutboxMessage
{
    public Guid Id { get; set; }

    [Encrypted]
    public string PhoneCipher { get; set; } = "";

    [BlindIndex(BlindIndex.Purposes.Phone, FromCipher = nameof(PhoneCipher))]
    public string PhoneIndex { get; set; } = "";

    public string PhoneMasked { get; set; } = "";

    public string TemplateCode { get; set; } = "";

    /// <summary>The text, encrypted: it may name a case, a union or a result.</summary>
    [Encrypted]
    public string TextCipher { get; set; } = "";

    public DateTime SentAt { get; set; }

    public string PlainText(FieldCipher cipher) => TextCipher.Length == 0 ? "" : cipher.Decrypt(TextCipher, CipherScope.For<SmsOutboxMessage>(nameof(TextCipher), Id));
}
