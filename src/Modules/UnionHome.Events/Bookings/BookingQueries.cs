using Microsoft.EntityFrameworkCore;
using UnionHome.Events.CheckIn;
using UnionHome.Events.Data;
using UnionHome.Platform.Api;
using UnionHome.Platform.Data;

namespace UnionHome.Events.Bookings;

/// <param name="Status">confirmed, waitlisted, offered, cancelled, or applied for a lottery entry before the draw.</param>
/// <param name="CheckInToken">The booking QR code for the door; only on a confirmed booking.</param>
internal sealed record BookingView(
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
        (await Rows(db.Set<Booking>().Where(b => b.Id == bookingId)).ToListAsync(cancellationToken)).ConvertAll(View).SingleOrDefault();

    /// <summary>A member's bookings, latest session first.</summary>
    public async Task<Paged<BookingView>> MineAsync(string userId, PageRequest paging, CancellationToken cancellationToken) =>
        (await Rows(db.Set<Booking>().Where(b => b.UserId == userId)).ToPageAsync(paging, cancellationToken)).Select(View);

    private IQueryable<BookingRow> Rows(IQueryable<Booking> bookings) =>
        bookings.AsNoTracking()
            .Join(db.Set<EventSession>(), b => b.SessionId, s => s.Id, (b, s) => new { b, s })
            .Join(db.Set<Event>(), x => x.b.EventId, e => e.Id, (x, e) => new { x.b, x.s, e.Title, e.Kind })
            .OrderByDescending(x => x.s.StartsAt).ThenByDescending(x => x.b.Id)
            .Select(x => new BookingRow(
                x.b,
                x.Title,
                x.Kind,
                x.s.StartsAt,
                x.s.EndsAt,
                x.s.Place,
                x.s.OnlineUrl,
                x.b.Status == BookingStatus.Waitlisted
                    ? (int?)db.Set<Booking>().Count(o => o.SessionId == x.b.SessionId && o.Status == BookingStatus.Waitlisted && o.WaitlistPosition < x.b.WaitlistPosition)
                    : null));

    /// <summary>The view of a booking just written, from what the caller already holds: no second read.</summary>
    public BookingView ViewOf(Booking b, Event e, EventSession s, int? ahead) => View(b, e.Title, e.Kind, s.StartsAt, s.EndsAt, s.Place, s.OnlineUrl, ahead);

    public Task<int> AheadOfAsync(Booking b, CancellationToken cancellationToken) =>
        db.Set<Booking>().CountAsync(o => o.SessionId == b.SessionId && o.Status == BookingStatus.Waitlisted && o.WaitlistPosition < b.WaitlistPosition, cancellationToken);

    private BookingView View(BookingRow r) => View(r.Booking, r.Title, r.Kind, r.StartsAt, r.EndsAt, r.Place, r.OnlineUrl, r.Ahead);

    private BookingView View(Booking b, string title, EventKind kind, DateTime startsAt, DateTime endsAt, string place, string? onlineUrl, int? ahead) =>
        new(b.Id, b.EventId, b.SessionId, Names.Of(b.Status), title, Names.Of(kind), startsAt, endsAt, place, onlineUrl,
            ahead, b.OfferExpiresAt, b.CreatedAt, b.CheckedInAt, b.NoShow, b.Rating, b.CancelReason,
            b.Status == BookingStatus.Confirmed ? tokens.Issue(b.Id) : null);

    private sealed record BookingRow(Booking Booking, string Title, EventKind Kind, DateTime StartsAt, DateTime EndsAt, string Place, string? OnlineUrl, int? Ahead);
}
