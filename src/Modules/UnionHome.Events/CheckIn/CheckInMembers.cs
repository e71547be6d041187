using Microsoft.EntityFrameworkCore;
using UnionHome.Events.Data;
using UnionHome.Membership.Contracts;
using UnionHome.Platform.Audit;
using UnionHome.Platform.Data;
using UnionHome.Platform.Errors;
using UnionHome.Platform.Organization;

namespace UnionHome.Events.CheckIn;

/// <param name="Token">What the scanner read: a booking QR code ("bk1.…") or the member's e-card QR code.</param>
/// <param name="SessionId">The session being checked in at this door; with an e-card it picks the booking, with a booking code it is checked.</param>
internal sealed record CheckInRequest(string? Token, Guid? SessionId);

/// <param name="MemberName">Masked as on the e-card: 李*军.</param>
/// <param name="AlreadyCheckedIn">True when the booking had been checked in before this scan (another scanner, a second scan).</param>
internal sealed record CheckInView(
    Guid BookingId,
    string MemberName,
    Guid EventId,
    string EventTitle,
    Guid SessionId,
    DateTime StartsAt,
    DateTime EndsAt,
    string Place,
    DateTime CheckedInAt,
    bool AlreadyCheckedIn);

/// <summary>
/// Staff check members in at the door, by the booking QR code or the e-card, for events organised in their subtree.
/// The record is a conditional update (... WHERE CheckedInAt IS NULL AND Status = Confirmed), so two scanners at
/// the same door record one check-in and the second is told it was already done.
/// </summary>
internal sealed class CheckInMembers(AppDbContext db, IMembershipDirectory members, BookingTokens tokens, AuditLog audit, TimeProvider time)
{
    /// <summary>The door opens this long before a session starts and closes when it ends.</summary>
    public static readonly TimeSpan OpensBefore = TimeSpan.FromHours(2);

    public async Task<Result<CheckInView>> CheckInAsync(Actor actor, CheckInRequest request, CancellationToken cancellationToken)
    {
        if (actor.EnsureCanWrite() is { } refused)
        {
            return refused;
        }

        var token = request.Token?.Trim();
        if (string.IsNullOrEmpty(token))
        {
            return CheckInErrors.TokenRequired;
        }

        // Kept to the millisecond, so the answer now and the one read back by a second scan are the same instant.
        var now = time.GetUtcNow().UtcDateTime;
        now = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMillisecond));
        var found = BookingTokens.LooksLikeBookingToken(token)
            ? await ByBookingTokenAsync(actor, token, request.SessionId, now, cancellationToken)
            : await ByCardAsync(actor, token, request.SessionId, now, cancellationToken);
        return found.Succeeded ? await RecordAsync(actor, found.Value, now, cancellationToken) : found.Error;
    }

    public static bool IsOpen(DateTime startsAt, DateTime endsAt, DateTime now) => startsAt - OpensBefore <= now && now <= endsAt;

    private async Task<Result<Candidate>> ByBookingTokenAsync(Actor actor, string token, Guid? sessionId, DateTime now, CancellationToken cancellationToken)
    {
        if (tokens.Read(token) is not { } bookingId)
        {
            return CheckInErrors.TokenInvalid;
        }

        var booking = (await CandidatesAsync(actor, db.Set<Booking>().Where(b => b.Id == bookingId), db.Set<EventSession>(), cancellationToken)).SingleOrDefault();
        if (booking is null)
        {
            return CheckInErrors.BookingNotFound;
        }

        if (sessionId is { } expected && booking.SessionId != expected)
        {
            return CheckInErrors.WrongSession;
        }

        if (booking.Status == BookingStatus.Cancelled)
        {
            return CheckInErrors.BookingCancelled;
        }

        if (booking.Status != BookingStatus.Confirmed)
        {
            return CheckInErrors.BookingNotConfirmed;
        }

        return booking.CheckedInAt is null && !IsOpen(booking.StartsAt, booking.EndsAt, now) ? CheckInErrors.NotOpen : booking;
    }

    /// <summary>The member's booking for a session of the subtree that is on now (or the one given).</summary>
    private async Task<Result<Candidate>> ByCardAsync(Actor actor, string token, Guid? sessionId, DateTime now, CancellationToken cancellationToken)
    {
        if (await members.MemberByCardAsync(token, cancellationToken) is not { } member)
        {
            return CheckInErrors.TokenInvalid;
        }

        var opensBy = now + OpensBefore;
        var sessions = db.Set<EventSession>().Where(s => s.StartsAt <= opensBy && s.EndsAt >= now);
        if (sessionId is { } only)
        {
            sessions = sessions.Where(s => s.Id == only);
        }

        var found = await CandidatesAsync(actor, db.Set<Booking>().Where(b => b.UserId == member.UserId), sessions, cancellationToken);
        var live = found.Where(b => b.Status != BookingStatus.Cancelled).ToList();
        var confirmed = live.Where(b => b.Status == BookingStatus.Confirmed).OrderBy(b => b.CheckedInAt is not null).ThenBy(b => b.StartsAt).FirstOrDefault();
        return confirmed is not null ? confirmed
            : live.Count > 0 ? CheckInErrors.BookingNotConfirmed
            : found.Count > 0 ? CheckInErrors.BookingCancelled
            : CheckInErrors.NoBookingNow;
    }

    private async Task<Result<CheckInView>> RecordAsync(Actor actor, Candidate booking, DateTime now, CancellationToken cancellationToken)
    {
        var name = (await members.MaskedNamesAsync([booking.MemberId], cancellationToken)).GetValueOrDefault(booking.MemberId, "");
        if (booking.CheckedInAt is { } earlier)
        {
            return View(booking, name, earlier, alreadyCheckedIn: true);
        }

        await using var transaction = await db.BeginWriteAsync(cancellationToken);
        var recorded = await db.Set<Booking>()
            .Where(b => b.Id == booking.BookingId && b.CheckedInAt == null && b.Status == BookingStatus.Confirmed)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.CheckedInAt, now).SetProperty(b => b.CheckedInBy, actor.UserId), cancellationToken);
        if (recorded == 1)
        {
            audit.Record("events.checked_in", $"booking:{booking.BookingId}", $"{booking.EventTitle} session:{booking.SessionId}", booking.OrgUnitId);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return View(booking, name, now, alreadyCheckedIn: false);
        }

        await transaction.RollbackAsync(cancellationToken);

        // Another scanner was first, or the member cancelled a moment ago.
        var current = await db.Set<Booking>().AsNoTracking().Where(b => b.Id == booking.BookingId).Select(b => new { b.Status, b.CheckedInAt }).SingleAsync(cancellationToken);
        return current.CheckedInAt is { } at ? View(booking, name, at, alreadyCheckedIn: true)
            : current.Status == BookingStatus.Cancelled ? CheckInErrors.BookingCancelled
            : CheckInErrors.BookingNotConfirmed;
    }

    /// <summary>Bookings of events organised in the subtree, with their session; the only way this handler finds one.</summary>
    private Task<List<Candidate>> CandidatesAsync(Actor actor, IQueryable<Booking> bookings, IQueryable<EventSession> sessions, CancellationToken cancellationToken) =>
        bookings.AsNoTracking()
            .Join(db.Set<Event>().InScopeOf(actor, db.OrgUnits), b => b.EventId, e => e.Id, (b, e) => new { b, e.Title, e.OrgUnitId })
            .Join(sessions, x => x.b.SessionId, s => s.Id, (x, s) => new Candidate(
                x.b.Id, x.b.MemberId, x.b.Status, x.b.CheckedInAt, x.b.EventId, x.Title, x.OrgUnitId, x.b.SessionId, s.StartsAt, s.EndsAt, s.Place))
            .ToListAsync(cancellationToken);

    private static CheckInView View(Candidate b, string name, DateTime checkedInAt, bool alreadyCheckedIn) =>
        new(b.BookingId, name, b.EventId, b.EventTitle, b.SessionId, b.StartsAt, b.EndsAt, b.Place, checkedInAt, alreadyCheckedIn);

    private sealed record Candidate(
        Guid BookingId, Guid MemberId, BookingStatus Status, DateTime? CheckedInAt, Guid EventId, string EventTitle, Guid? OrgUnitId, Guid SessionId, DateTime StartsAt, DateTime EndsAt, string Place);
}
