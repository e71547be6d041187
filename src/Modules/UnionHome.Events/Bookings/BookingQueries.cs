using Microsoft.EntityFrameworkCore;
using UnionHome.Events.CheckIn;
using UnionHome.Events.Data;
using UnionHome.Platform.Data;

namespace UnionHome.Events.Bookings;

/// <param name="Status">confirmed, waitlisted, offered, cancelled, or applied for a lottery entry before the draw.</param>
/// <param name="CheckInToken">The booking QR code for the door; only on a confirmed booking.</param>
public sealed record BookingView(
    Guid Id,
    Guid EventId,
    Guid SessionId,
    string Status,
    string EventTitle,
    string EventKind,
    DateTime StartsAt,
    DateTime EndsAt,
    string Place,
    string? OnlineUrl,
    int? WaitlistAhead,
    DateTime? OfferExpiresAt,
    DateTime CreatedAt,
    DateTime? CheckedInAt,
    bool NoShow,
    int? Rating,
    string? CancelReason,
    string? CheckInToken);

internal sealed class BookingQueries(AppDbContext db, BookingTokens tokens)
{
    public async Task<BookingView?> ViewAsync(Guid bookingId, CancellationToken cancellationToken) =>
        (await ViewsAsync(db.Set<Booking>().Where(b => b.Id == bookingId), cancellationToken)).SingleOrDefault();

    public Task<List<BookingView>> MineAsync(string userId, CancellationToken cancellationToken) =>
        ViewsAsync(db.Set<Booking>().Where(b => b.UserId == userId), cancellationToken);

    private async Task<List<BookingView>> ViewsAsync(IQueryable<Booking> bookings, CancellationToken cancellationToken)
    {
        var rows = await bookings.AsNoTracking()
            .Join(db.Set<EventSession>(), b => b.SessionId, s => s.Id, (b, s) => new { b, s })
            .Join(db.Set<Event>(), x => x.b.EventId, e => e.Id, (x, e) => new { x.b, x.s, e.Title, e.Kind })
            .OrderByDescending(x => x.s.StartsAt)
            .Select(x => new
            {
                x.b,
                x.s.StartsAt,
                x.s.EndsAt,
                x.s.Place,
                x.s.OnlineUrl,
                x.Title,
                x.Kind,
                Ahead = x.b.Status == BookingStatus.Waitlisted
                    ? db.Set<Booking>().Count(o => o.SessionId == x.b.SessionId && o.Status == BookingStatus.Waitlisted && o.WaitlistPosition < x.b.WaitlistPosition)
                    : (int?)null,
            })
            .ToListAsync(cancellationToken);
        return rows.ConvertAll(x => new BookingView(
            x.b.Id, x.b.EventId, x.b.SessionId, Names.Of(x.b.Status), x.Title, Names.Of(x.Kind), x.StartsAt, x.EndsAt, x.Place, x.OnlineUrl,
            x.Ahead, x.b.OfferExpiresAt, x.b.CreatedAt, x.b.CheckedInAt, x.b.NoShow, x.b.Rating, x.b.CancelReason,
            x.b.Status == BookingStatus.Confirmed ? tokens.Issue(x.b.Id) : null));
    }
}
