using Microsoft.EntityFrameworkCore;
using UnionHome.Events.Data;
using UnionHome.Platform;
using UnionHome.Platform.Data;
using UnionHome.Platform.Encryption;
using UnionHome.Platform.Identity;
using UnionHome.Platform.Notifications;
using UnionHome.Platform.Outbox;
using UnionHome.Platform.Sms;

namespace UnionHome.Events.Bookings;

/// <summary>Tells a member about their booking in the inbox and by SMS to their account's phone.</summary>
internal sealed class BookingMessages(AppDbContext db, FieldCipher cipher, ISmsSender sms, TimeProvider time)
{
    public async Task SendAsync(Guid bookingId, string template, Func<string, string, string> text, bool bySms, CancellationToken cancellationToken)
    {
        var about = await db.Set<Booking>().AsNoTracking().Where(b => b.Id == bookingId)
            .Join(db.Set<EventSession>(), b => b.SessionId, s => s.Id, (b, s) => new { b.UserId, s.StartsAt, s.Place, b.EventId })
            .Join(db.Set<Event>(), x => x.EventId, e => e.Id, (x, e) => new { x.UserId, x.StartsAt, x.Place, e.Title })
            .SingleAsync(cancellationToken);
        var when = ChinaTime.Short(about.StartsAt);
        var body = text(about.Title, $"{when} {about.Place}");
        // Saved with the dispatcher's handled mark, so a redelivery does not add it twice.
        db.Notifications.Add(new Notification { Id = Guid.CreateVersion7(), UserId = about.UserId, Title = about.Title, Body = body, CreatedAt = time.GetUtcNow().UtcDateTime });
        var phone = await db.Users.AsNoTracking().Where(u => u.Id == about.UserId).Select(u => u.PhoneCipher).SingleOrDefaultAsync(cancellationToken);
        if (bySms && phone is not null)
        {
            await sms.SendAsync(new SmsMessage(cipher.Decrypt<AppUser>(phone, nameof(AppUser.PhoneCipher), about.UserId), template, new Dictionary<string, string> { ["event"] = about.Title }, $"【职工之家】{body}"), cancellationToken);
        }
    }
}

internal sealed class NotifyOffer(BookingMessages messages) : IntegrationEventHandler<BookingOffered>
{
    protected override Task HandleAsync(BookingOffered offered, Guid messageId, CancellationToken cancellationToken)
    {
        var until = ChinaTime.Short(offered.OfferExpiresAt);
        return messages.SendAsync(offered.BookingId, "SMS_EVENT_OFFER", (title, when) => $"“{title}”（{when}）有候补名额空出，请在{until}前到“我的报名”确认，逾期将让给下一位。", bySms: true, cancellationToken);
    }
}

internal sealed class RemindBooking(BookingMessages messages) : IntegrationEventHandler<BookingReminderDue>
{
    protected override Task HandleAsync(BookingReminderDue due, Guid messageId, CancellationToken cancellationToken) =>
        messages.SendAsync(due.BookingId, "SMS_EVENT_REMINDER", (title, when) => $"提醒：您报名的“{title}”将于{when}开始，请准时参加，入场时出示报名二维码。", bySms: true, cancellationToken);
}
