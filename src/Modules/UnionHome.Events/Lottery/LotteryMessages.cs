using Microsoft.EntityFrameworkCore;
using UnionHome.Events.Bookings;
using UnionHome.Events.Data;
using UnionHome.Platform.Data;
using UnionHome.Platform.Outbox;

namespace UnionHome.Events.Lottery;

/// <summary>
/// Splits a draw into one message per entrant, saved with this handler's handled mark: an SMS that fails is
/// retried for that entrant alone, and nobody hears twice.
/// </summary>
internal sealed class AnnounceDraw(AppDbContext db, Outbox outbox) : IntegrationEventHandler<LotteryDrawn>
{
    protected override async Task HandleAsync(LotteryDrawn drawn, Guid messageId, CancellationToken cancellationToken)
    {
        var entries = await db.Set<Booking>().AsNoTracking()
            .Where(b => b.EventId == drawn.EventId && b.WaitlistPosition != null)
            .OrderBy(b => b.WaitlistPosition).Select(b => b.Id).ToListAsync(cancellationToken);
        foreach (var bookingId in entries)
        {
            outbox.Publish(new LotteryResultDue(bookingId));
        }
    }
}

/// <summary>Every entrant hears the result in the inbox; winners also by SMS.</summary>
internal sealed class TellLotteryResult(AppDbContext db, BookingMessages messages) : IntegrationEventHandler<LotteryResultDue>
{
    protected override async Task HandleAsync(LotteryResultDue due, Guid messageId, CancellationToken cancellationToken)
    {
        var entry = await db.Set<Booking>().AsNoTracking().Where(b => b.Id == due.BookingId)
            .Join(db.Set<EventSession>(), b => b.SessionId, s => s.Id, (b, s) => new { b.Status, b.CancelReason, b.WaitlistPosition, s.Capacity, b.EventId })
            .Join(db.Set<Event>(), x => x.EventId, e => e.Id, (x, e) => new { x.Status, x.CancelReason, x.WaitlistPosition, x.Capacity, e.Waitlist })
            .SingleAsync(cancellationToken);
        // Withdrawn since the draw, or the event was called off: the draw's result is no news to them.
        if (entry.WaitlistPosition is not { } rank || entry.Status == BookingStatus.Cancelled && entry.CancelReason != CancelReasons.NotDrawn)
        {
            return;
        }

        switch (LotteryDraw.Result((int)rank, entry.Capacity, entry.Waitlist))
        {
            case LotteryDraw.Won:
                await messages.SendAsync(due.BookingId, "SMS_EVENT_LOTTERY_WON", (title, when) => $"恭喜！您报名的“{title}”（{when}）已抽中，请准时参加，入场时出示报名二维码。", bySms: true, cancellationToken);
                break;
            case LotteryDraw.Waitlisted:
                var place = rank - entry.Capacity;
                await messages.SendAsync(due.BookingId, "SMS_EVENT_LOTTERY_WAITLISTED", (title, when) => $"您报名的“{title}”（{when}）未抽中，已按抽签顺序排在候补第{place}位，有名额空出时会通知您。", bySms: false, cancellationToken);
                break;
            default:
                await messages.SendAsync(due.BookingId, "SMS_EVENT_LOTTERY_LOST", (title, when) => $"您报名的“{title}”（{when}）未抽中，本活动不设候补，感谢参与。", bySms: false, cancellationToken);
                break;
        }
    }
}
