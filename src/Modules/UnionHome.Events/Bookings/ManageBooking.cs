using Microsoft.EntityFrameworkCore;
using UnionHome.Events.Data;
using UnionHome.Platform.Data;
using UnionHome.Platform.Errors;

namespace UnionHome.Events.Bookings;

internal sealed record FeedbackRequest(int? Rating, string? Comment);

/// <summary>What a member does with a booking: cancel it, accept an offered place, rate what they attended.</summary>
internal sealed class ManageBooking(AppDbContext db, Waitlist waitlist, FullSessions full, BookingQueries queries, TimeProvider time)
{
    public async Task<Result<BookingView>> CancelAsync(string userId, Guid bookingId, CancellationToken cancellationToken)
    {
        var booking = await db.Set<Booking>().AsNoTracking().SingleOrDefaultAsync(b => b.Id == bookingId && b.UserId == userId, cancellationToken);
        if (booking is null)
        {
            return BookingErrors.BookingNotFound;
        }

        if (booking.Status == BookingStatus.Cancelled)
        {
            return BookingErrors.NotCancellable;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var e = await db.Set<Event>().AsNoTracking().SingleAsync(x => x.Id == booking.EventId, cancellationToken);
        var session = await db.Set<EventSession>().AsNoTracking().SingleAsync(s => s.Id == booking.SessionId, cancellationToken);
        if (booking.Status == BookingStatus.Confirmed && !Eligibility.MayCancel(e, session, now))
        {
            return BookingErrors.CancellationClosed;
        }

        await using var transaction = await db.BeginWriteAsync(cancellationToken);
        if (!await ReleaseAsync(booking, booking.Status, CancelReasons.Member, now, cancellationToken))
        {
            return BookingErrors.NotCancellable;
        }

        await transaction.CommitAsync(cancellationToken);
        return (await queries.ViewAsync(bookingId, cancellationToken))!;
    }

    public async Task<Result<BookingView>> AcceptOfferAsync(string userId, Guid bookingId, CancellationToken cancellationToken)
    {
        var booking = await db.Set<Booking>().AsNoTracking().SingleOrDefaultAsync(b => b.Id == bookingId && b.UserId == userId, cancellationToken);
        if (booking is null)
        {
            return BookingErrors.BookingNotFound;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var accepted = await db.Set<Booking>()
            .Where(b => b.Id == bookingId && b.Status == BookingStatus.Offered && b.OfferExpiresAt > now)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.Status, BookingStatus.Confirmed).SetProperty(b => b.ConfirmedAt, now), cancellationToken);
        if (accepted == 1 || booking.Status == BookingStatus.Confirmed)
        {
            return (await queries.ViewAsync(bookingId, cancellationToken))!;
        }

        return booking.Status == BookingStatus.Offered || booking.CancelReason == CancelReasons.OfferExpired ? BookingErrors.OfferExpired : BookingErrors.NoOffer;
    }

    public async Task<Result<BookingView>> RateAsync(string userId, Guid bookingId, FeedbackRequest request, CancellationToken cancellationToken)
    {
        if (request.Rating is not { } rating || rating is < 1 or > 5)
        {
            return BookingErrors.InvalidRating;
        }

        var comment = request.Comment?.Trim();
        if (comment is { Length: > 500 })
        {
            return BookingErrors.CommentTooLong;
        }

        var booking = await db.Set<Booking>().AsNoTracking().SingleOrDefaultAsync(b => b.Id == bookingId && b.UserId == userId, cancellationToken);
        if (booking is null)
        {
            return BookingErrors.BookingNotFound;
        }

        if (booking.CheckedInAt is null)
        {
            return BookingErrors.NotAttended;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var rated = await db.Set<Booking>().Where(b => b.Id == bookingId && b.RatedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.Rating, rating).SetProperty(b => b.Comment, string.IsNullOrEmpty(comment) ? null : comment).SetProperty(b => b.RatedAt, now), cancellationToken);
        return rated == 1 ? (await queries.ViewAsync(bookingId, cancellationToken))! : BookingErrors.AlreadyRated;
    }

    /// <summary>
    /// Cancels a booking that is still in the state it was read in (a conditional update, so a sweep and the
    /// member cannot both release it), gives its place back and offers it to the waitlist. In the caller's transaction.
    /// </summary>
    public async Task<bool> ReleaseAsync(Booking booking, BookingStatus expected, string reason, DateTime now, CancellationToken cancellationToken)
    {
        var cancelled = await db.Set<Booking>().Where(b => b.Id == booking.Id && b.Status == expected)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.Status, BookingStatus.Cancelled).SetProperty(b => b.CancelReason, reason).SetProperty(b => b.CancelledAt, now), cancellationToken);
        if (cancelled == 0)
        {
            return false;
        }

        if (expected is BookingStatus.Confirmed or BookingStatus.Offered)
        {
            await Places.GiveBackAsync(db, booking.SessionId, booking.QuotaOrgUnitId, cancellationToken);
            full.Freed(booking.SessionId);
            await waitlist.OfferFreePlacesAsync(booking.SessionId, now, cancellationToken);
        }

        return true;
    }
}
