using Microsoft.EntityFrameworkCore;
using UnionHome.Events.Bookings;
using UnionHome.Events.Data;
using UnionHome.Events.Lottery;
using UnionHome.Platform.Data;
using UnionHome.Platform.PersonalData;

namespace UnionHome.Events.PersonalData;

/// <summary>A booking with what became of it: a waitlist offer, a lottery ticket, attendance, the member's rating.</summary>
/// <param name="LotteryTicket">For a lottery event: the ticket anyone can find in the published draw.</param>
internal sealed record ExportedBooking(
    string Event, string EventKind, DateTime StartsAt, DateTime EndsAt, string Place, string Status, string? LotteryTicket, long? WaitlistPosition,
    DateTime? OfferExpiresAt, DateTime CreatedAt, DateTime? ConfirmedAt, DateTime? CancelledAt, string? CancelReason, DateTime? CheckedInAt, bool NoShow,
    int? Rating, string? Comment, DateTime? RatedAt);

/// <summary>A menu session the person asked for on behalf of their enterprise, as its liaison.</summary>
internal sealed record ExportedSessionRequest(string MenuItem, string Enterprise, string PreferredDates, int Headcount, string? Note, string Status, string? DeclineReason, DateTime CreatedAt, DateTime? DecidedAt);

/// <summary>
/// Events' part: bookings (with waitlist offers, lottery tickets, attendance and ratings) and the session requests the
/// person filed as an enterprise liaison. Erasing cancels the places the person still holds or waits for and drops
/// their comments and notes; past bookings stay, tied only to the anonymised account and member, because attendance,
/// no-show counts, satisfaction rates and published lottery draws are computed from them.
/// </summary>
internal sealed class EventsPersonalData(AppDbContext db, FullSessions full, TimeProvider time) : IPersonalDataContributor
{
    private static readonly BookingStatus[] Live = [BookingStatus.Applied, BookingStatus.Confirmed, BookingStatus.Waitlisted, BookingStatus.Offered];

    public async Task<PersonalDataPart> ExportAsync(string userId, CancellationToken cancellationToken)
    {
        var bookings = await db.Set<Booking>().AsNoTracking().Where(b => b.UserId == userId)
            .Join(db.Set<EventSession>(), b => b.SessionId, s => s.Id, (b, s) => new { b, s })
            .Join(db.Set<Event>(), x => x.b.EventId, e => e.Id, (x, e) => new { x.b, x.s, e.Title, e.Kind, e.Mode })
            .OrderBy(x => x.b.CreatedAt)
            .ToListAsync(cancellationToken);
        var requests = await db.Set<SessionRequest>().AsNoTracking().Where(r => r.RequestedBy == userId)
            .Join(db.Set<MenuItem>(), r => r.MenuItemId, i => i.Id, (r, i) => new { r, Item = i.Title })
            .Join(db.Enterprises, x => x.r.EnterpriseId, e => e.Id, (x, e) => new { x.r, x.Item, Enterprise = e.Name })
            .OrderBy(x => x.r.CreatedAt)
            .ToListAsync(cancellationToken);

        var exportedBookings = bookings.ConvertAll(x => new ExportedBooking(
            x.Title, Names.Of(x.Kind), x.s.StartsAt, x.s.EndsAt, x.s.Place, Names.Of(x.b.Status), x.Mode == EventMode.Lottery ? LotteryDraw.Ticket(x.b.Id) : null,
            x.b.WaitlistPosition, x.b.OfferExpiresAt, x.b.CreatedAt, x.b.ConfirmedAt, x.b.CancelledAt, x.b.CancelReason, x.b.CheckedInAt, x.b.NoShow,
            x.b.Rating, x.b.Comment, x.b.RatedAt));
        var exportedRequests = requests.ConvertAll(x => new ExportedSessionRequest(
            x.Item, x.Enterprise, x.r.PreferredDates, x.r.Headcount, x.r.Note, Names.Of(x.r.Status), x.r.DeclineReason, x.r.CreatedAt, x.r.DecidedAt));
        return new PersonalDataPart(
            [
                PersonalDataSection.Many("bookings", "活动报名", exportedBookings, b => new Dictionary<string, object?>
                {
                    ["活动"] = b.Event, ["场次开始"] = b.StartsAt, ["地点"] = b.Place, ["状态"] = b.Status, ["抽签号"] = b.LotteryTicket, ["候补顺位"] = b.WaitlistPosition,
                    ["候补名额有效期"] = b.OfferExpiresAt, ["报名时间"] = b.CreatedAt, ["取消时间"] = b.CancelledAt, ["取消原因"] = b.CancelReason,
                    ["签到时间"] = b.CheckedInAt, ["缺席"] = b.NoShow, ["评分"] = b.Rating, ["评价"] = b.Comment,
                }),
                PersonalDataSection.Many("sessionRequests", "点单申请", exportedRequests, r => new Dictionary<string, object?>
                {
                    ["服务项目"] = r.MenuItem, ["单位"] = r.Enterprise, ["期望日期"] = r.PreferredDates, ["人数"] = r.Headcount, ["备注"] = r.Note,
                    ["状态"] = r.Status, ["不予安排理由"] = r.DeclineReason, ["申请时间"] = r.CreatedAt, ["处理时间"] = r.DecidedAt,
                }),
            ],
            [.. bookings.Select(x => $"booking:{x.b.Id}"), .. requests.Select(x => $"session_request:{x.r.Id}")]);
    }

    public async Task EraseAsync(string userId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var live = await db.Set<Booking>().AsNoTracking().Where(b => b.UserId == userId && Live.Contains(b.Status))
            .Join(db.Set<EventSession>().Where(s => s.StartsAt > now), b => b.SessionId, s => s.Id, (b, _) => b)
            .ToListAsync(cancellationToken);
        foreach (var booking in live)
        {
            // A conditional update, as every release: a sweep expiring the same offer cannot give its place back twice.
            var cancelled = await db.Set<Booking>().Where(b => b.Id == booking.Id && b.Status == booking.Status).ExecuteUpdateAsync(
                s => s.SetProperty(b => b.Status, BookingStatus.Cancelled).SetProperty(b => b.CancelReason, CancelReasons.Erased).SetProperty(b => b.CancelledAt, now),
                cancellationToken);
            if (cancelled == 1 && Booking.Holding.Contains(booking.Status))
            {
                // The next in line is offered the place by the events sweep, not here: an erasure sends nothing.
                await Places.GiveBackAsync(db, booking.SessionId, booking.QuotaOrgUnitId, cancellationToken);
                full.Freed(booking.SessionId);
            }
        }

        await db.Set<Booking>().Where(b => b.UserId == userId && b.Comment != null).ExecuteUpdateAsync(s => s.SetProperty(b => b.Comment, (string?)null), cancellationToken);
        await db.Set<SessionRequest>().Where(r => r.RequestedBy == userId && r.Note != null).ExecuteUpdateAsync(s => s.SetProperty(r => r.Note, (string?)null), cancellationToken);
        await db.Set<MemberBookingLock>().Where(l => l.UserId == userId).ExecuteDeleteAsync(cancellationToken);
    }
}
