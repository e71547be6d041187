using Microsoft.EntityFrameworkCore;
using UnionHome.Events.Bookings;
using UnionHome.Events.Catalogue;
using UnionHome.Events.Data;
using UnionHome.Membership.Contracts;
using UnionHome.Platform.Data;
using UnionHome.Platform.Errors;
using UnionHome.Platform.Organization;

namespace UnionHome.Events.CheckIn;

/// <param name="Status">checkedIn, noShow, or expected while the session may still be attended.</param>
internal sealed record AttendeeView(Guid BookingId, string MemberName, string Status, DateTime? CheckedInAt);

/// <param name="Booked">Confirmed places: who is expected at the door.</param>
/// <param name="NoShows">Recorded an hour after an in-person session ends.</param>
internal sealed record AttendanceView(
    Guid EventId, string EventTitle, Guid SessionId, DateTime StartsAt, DateTime EndsAt, string Place, int Booked, int CheckedIn, int NoShows, IReadOnlyList<AttendeeView> Attendees);

/// <summary>A session of the day, as the check-in page offers it.</summary>
internal sealed record DoorSession(Guid EventId, Guid SessionId, string EventTitle, DateTime StartsAt, DateTime EndsAt, string Place, bool Open);

/// <summary>Who came to a session of the officer's subtree, and the sessions of the day to check members in at.</summary>
internal sealed class Attendance(AppDbContext db, IMembershipDirectory members)
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    public async Task<Result<AttendanceView>> OfSessionAsync(Actor actor, Guid eventId, Guid sessionId, CancellationToken cancellationToken)
    {
        var e = await db.Set<Event>().AsNoTracking().InScopeOf(actor, db.OrgUnits).Where(x => x.Id == eventId).Select(x => new { x.Id, x.Title }).SingleOrDefaultAsync(cancellationToken);
        if (e is null)
        {
            return CatalogueErrors.EventNotFound;
        }

        var session = await db.Set<EventSession>().AsNoTracking().SingleOrDefaultAsync(s => s.Id == sessionId && s.EventId == eventId, cancellationToken);
        if (session is null)
        {
            return BookingErrors.SessionNotFound;
        }

        var booked = await db.Set<Booking>().AsNoTracking()
            .Where(b => b.SessionId == sessionId && b.Status == BookingStatus.Confirmed)
            .OrderBy(b => b.CheckedInAt == null).ThenByDescending(b => b.CheckedInAt).ThenBy(b => b.ConfirmedAt)
            .Select(b => new { b.Id, b.MemberId, b.CheckedInAt, b.NoShow })
            .ToListAsync(cancellationToken);
        var names = await members.MaskedNamesAsync(booked.ConvertAll(b => b.MemberId), cancellationToken);
        var attendees = booked.ConvertAll(b => new AttendeeView(
            b.Id, names.GetValueOrDefault(b.MemberId, ""), b.CheckedInAt is not null ? "checkedIn" : b.NoShow ? "noShow" : "expected", b.CheckedInAt));
        return new AttendanceView(
            e.Id, e.Title, session.Id, session.StartsAt, session.EndsAt, session.Place,
            booked.Count, booked.Count(b => b.CheckedInAt is not null), booked.Count(b => b.NoShow), attendees);
    }

    /// <summary>Sessions of published events of the subtree that take place on this China calendar day, or whose door is open.</summary>
    public async Task<List<DoorSession>> SessionsOfDayAsync(Actor actor, DateTime now, CancellationToken cancellationToken)
    {
        var dayStart = (now + China).Date - China;
        var dayEnd = dayStart.AddDays(1);
        var opensBy = now + CheckInMembers.OpensBefore;
        var sessions = db.Set<EventSession>().Where(s => (s.StartsAt < dayEnd && s.EndsAt > dayStart) || (s.StartsAt <= opensBy && s.EndsAt >= now));
        var rows = await db.Set<Event>().AsNoTracking().InScopeOf(actor, db.OrgUnits)
            .Where(e => e.Status == EventStatus.Published)
            .Join(sessions, e => e.Id, s => s.EventId, (e, s) => new { e.Id, e.Title, Session = s })
            .OrderBy(x => x.Session.StartsAt)
            .Take(200)
            .ToListAsync(cancellationToken);
        return rows.ConvertAll(x => new DoorSession(
            x.Id, x.Session.Id, x.Title, x.Session.StartsAt, x.Session.EndsAt, x.Session.Place, CheckInMembers.IsOpen(x.Session.StartsAt, x.Session.EndsAt, now)));
    }
}
