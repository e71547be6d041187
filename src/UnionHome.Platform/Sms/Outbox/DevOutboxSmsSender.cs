using Microsoft.Extensions.DependencyInjection;
using UnionHome.Platform.Data;
using UnionHome.Platform.Encryption;
using UnionHome.Platform.Validation;

namespace UnionHome.Platform.Sms.Outbox;

/// <summary>
/// The local sender: keeps every message in the database instead of sending it, readable by admins in the
/// console and, in Development, through GET /api/v1/dev/sms-outbox. Selected by Sms:Provider=Outbox (the default).
/// </summary>
internal sealed class DevOutboxSmsSender(IServiceScopeFactory scopes, FieldCipher cipher, BlindIndex blindIndex, TimeProvider time) : ISmsSender
{
    public async Task SendAsync(SmsMessage message, CancellationToken cancellationToken)
    {
        // Its own unit of work: the caller's pending changes are none of this sender's business.
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var id = Guid.CreateVersion7();
        db.SmsOutbox.Add(new SmsOutboxMessage
        {
            Id = id,
            PhoneCipher = cipher.Encrypt<SmsOutboxMessage>(message.PhoneE164, nameof(SmsOutboxMessage.PhoneCipher), id),
            PhoneIndex = blindIndex.Compute(BlindIndex.Purposes.Phone, message.PhoneE164),
            PhoneMasked = MobilePhone.Parse(message.PhoneE164).Masked,
            TemplateCode = message.TemplateCode,
            TextCipher = cipher.Encrypt(message.Text, CipherScope.For<SmsOutboxMessage>(nameof(SmsOutboxMessage.TextCipher), id)),
            SentAt = time.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
