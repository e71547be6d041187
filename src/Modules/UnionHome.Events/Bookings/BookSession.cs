using Microsoft.EntityFrameworkCore;
using UnionHome.Events.Catalogue;
using UnionHome.Events.Data;
using UnionHome.Membership.Contracts;
using UnionHome.Platform.Data;
using UnionHome.Platform.Errors;
using UnionHome.Platform.Identity;

namespace UnionHome.Events.Bookings;

internal sealed record BookingRequest(string? ClientRequestId);

/// <summary>What a booking request got: the booking, and whether this call made it or found an earlier answer.</summary>
internal sealed record BookingOutcome(BookingView Booking, bool Replayed);

/// <summary>
/// First come, first served, held by the database: the place is taken by a conditional update in the same
/// transaction that writes the booking. A full session puts the member on the waitlist; a lottery event takes
/// an entry for the draw. A retry with the same client request id returns the first answer.
/// </summary>
internal sealed class BookSession(AppDbContext db, IMembershipDirectory members, EventDefinitions definitions, FullSessions full, BookingQueries queries, EventsOptions options, TimeProvider time)
{
    public async Task<Result<BookingOutcome>> BookAsync(Caller caller, Guid eventId, Guid sessionId, BookingRequest request, CancellationToken cancellationToken)
    {
        if (request.ClientRequestId is not { Length: > 0 and <= 64 } clientRequestId)
        {
            return BookingErrors.ClientRequestIdRequired;
        }

        if (await ReplayAsync(caller.UserId, clientRequestId, sessionId, cancellationToken) is { } earlier)
        {
            return earlier;
        }

        if (await members.ActiveMemberAsync(caller.UserId, cancellationToken) is not { } member)
        {
            return BookingErrors.NotAMember;
        }

        var e = await definitions.PublishedAsync(eventId, cancellationToken);
        if (e is null)
        {
            return BookingErrors.EventNotFound;
        }

        if (e.Sessions.SingleOrDefault(s => s.Id == sessionId) is not { } session)
        {
            return BookingErrors.SessionNotFound;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var paths = await definitions.PathsAsync([member.UnionId, e.AudienceOrgUnitId, .. e.Quotas.Select(q => q.OrgUnitId)], cancellationToken);
        var memberPath = paths[member.UnionId];
        if ((Eligibility.Check(e, member, memberPath, paths[e.AudienceOrgUnitId]) ?? Eligibility.CheckWindow(e, session, now)) is { } refused)
        {
            return refused;
        }

        // A withdrawn entry stays out: re-entering would give a new ticket, and with it a new place in the draw.
        if (e.Mode == EventMode.Lottery && await db.Set<Booking>().AnyAsync(
                b => b.EventId == e.Id && b.UserId == caller.UserId && b.Status == BookingStatus.Cancelled && b.CancelReason == CancelReasons.Member, cancellationToken))
        {
            return BookingErrors.LotteryReentry;
        }

        SessionQuota? quota = null;
        if (e.Mode == EventMode.FirstCome && Eligibility.QuotasApply(e, now))
        {
            quota = Eligibility.QuotaFor(e.Quotas.Where(q => q.SessionId == sessionId).Select(q => (q, paths[q.OrgUnitId])), memberPath);
            if (quota is null)
            {
                return BookingErrors.NoQuotaForUnion;
            }
        }

        var booking = new Booking
        {
            Id = Guid.CreateVersion7(),
            EventId = e.Id,
            SessionId = sessionId,
            UserId = caller.UserId,
            MemberId = member.MemberId,
            MemberUnionId = member.UnionId,
            ClientRequestId = clientRequestId,
            CreatedAt = now,
        };

        await using var transaction = await db.BeginWriteAsync(cancellationToken);
        // Counted after the member's other bookings in flight have committed: parallel bookings of different sessions
        // would otherwise each see the limit not yet reached.
        await MemberBookingLocks.TakeAsync(db, caller.UserId, cancellationToken);
        if (await RestrictionAsync(e, session, member, now, cancellationToken) is { } restricted)
        {
            await transaction.RollbackAsync(cancellationToken);
            // The live booking found may be this very request's, written by a retry that overtook it.
            return restricted == BookingErrors.AlreadyBooked && await ReplayAsync(caller.UserId, clientRequestId, sessionId, cancellationToken) is { } first ? first : restricted;
        }

        if (e.Mode == EventMode.Lottery)
        {
            booking.Status = BookingStatus.Applied;
        }
        else if (!(e.Waitlist && full.LooksFull(sessionId)) && await Places.TryTakeAsync(db, sessionId, quota?.Id, cancellationToken))
        {
            booking.Status = BookingStatus.Confirmed;
            booking.ConfirmedAt = now;
            booking.QuotaOrgUnitId = quota?.OrgUnitId;
        }
        else if (e.Waitlist)
        {
            if (quota is null)
            {
                full.Full(sessionId);
            }

            booking.Status = BookingStatus.Waitlisted;
            booking.WaitlistPosition = now.Ticks;
        }
        else
        {
            return BookingErrors.SessionFull;
        }

        db.Add(booking);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same request raced itself, or the member booked this session from another request: the unique
            // indexes refused the second row and the rollback gave its place back.
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return await ReplayAsync(caller.UserId, clientRequestId, sessionId, cancellationToken) is { } first ? first : BookingErrors.AlreadyBooked;
        }

        var ahead = booking.Status == BookingStatus.Waitlisted ? await queries.AheadOfAsync(booking, cancellationToken) : (int?)null;
        return new BookingOutcome(queries.ViewOf(booking, e, session, ahead), Replayed: false);
    }

    private async Task<Result<BookingOutcome>?> ReplayAsync(string userId, string clientRequestId, Guid sessionId, CancellationToken cancellationToken)
    {
        var earlier = await db.Set<Booking>().AsNoTracking()
            .Where(b => b.UserId == userId && b.ClientRequestId == clientRequestId)
            .Select(b => new { b.Id, b.SessionId })
            .SingleOrDefaultAsync(cancellationToken);
        if (earlier is null)
        {
            return null;
        }

        return earlier.SessionId != sessionId
            ? BookingErrors.ClientRequestIdReused
            : new BookingOutcome((await queries.ViewAsync(earlier.Id, cancellationToken))!, Replayed: true);
    }

    private async Task<Error?> RestrictionAsync(Event e, EventSession session, MemberProfile member, DateTime now, CancellationToken cancellationToken)
    {
        // One read for both rules: a live booking of this session, and recent no-shows.
        var bookings = db.Set<Booking>().AsNoTracking().Where(b => b.UserId == member.UserId);
        var since = now.AddDays(-options.NoShowWindowDays);
        var counted = options.NoShowLimit > 0;
        var facts = await bookings
            .Where(b => (b.SessionId == session.Id && b.Status != BookingStatus.Cancelled) || (counted && b.NoShow && b.CreatedAt >= since))
            .Select(b => new { Live = b.SessionId == session.Id && b.Status != BookingStatus.Cancelled, b.NoShow })
            .ToListAsync(cancellationToken);
        if (facts.Any(f => f.Live))
        {
            return BookingErrors.AlreadyBooked;
        }

        if (counted && facts.Count(f => f.NoShow) >= options.NoShowLimit)
        {
            return BookingErrors.TooManyNoShows;
        }

        if (e.LimitPerMemberPerYear is not { } limit)
        {
            return null;
        }

        // The year is China's: counted from 1 January Beijing time.
        var year = Eligibility.ChinaYear(session.StartsAt);
        var from = new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddHours(-8);
        var to = from.AddYears(1);
        var held = await bookings
            .Where(b => b.Status == BookingStatus.Confirmed || b.Status == BookingStatus.Offered)
            .Join(db.Set<Event>().Where(x => x.Kind == e.Kind), b => b.EventId, x => x.Id, (b, _) => b)
            .Join(db.Set<EventSession>().Where(s => s.StartsAt >= from && s.StartsAt < to), b => b.SessionId, s => s.Id, (b, _) => b)
            .CountAsync(cancellationToken);
        return held >= limit ? BookingErrors.YearlyLimitReached : null;
    }
}
