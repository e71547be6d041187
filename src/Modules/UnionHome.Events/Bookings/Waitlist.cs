using Microsoft.EntityFrameworkCore;
using UnionHome.Events.Data;
using UnionHome.Platform.Data;
using UnionHome.Platform.Outbox;

namespace UnionHome.Events.Bookings;

/// <summary>
/// Hands free places to the waitlist, in order: the next member is offered the place and has the event's offer
/// time (24 h by default) to accept. While quotas hold, a member takes only a place of their union's quota, so
/// the next in line from another union is skipped, not lost. Runs inside the caller's transaction.
/// </summary>
internal sealed class Waitlist(AppDbContext db, Outbox outbox)
{
    private const int CandidatesPerPass = 50;

    public async Task<int> OfferFreePlacesAsync(Guid sessionId, DateTime now, CancellationToken cancellationToken)
    {
        var e = await db.Set<Event>().AsNoTracking().Include(x => x.Quotas)
            .Where(x => x.Sessions.Any(s => s.Id == sessionId))
            .SingleAsync(cancellationToken);
        if (e.Status != EventStatus.Published || e.Mode == EventMode.Lottery && e.DrawnAt is null)
        {
            return 0;
        }

        var session = await db.Set<EventSession>().AsNoTracking().SingleAsync(s => s.Id == sessionId, cancellationToken);
        if (session.StartsAt <= now)
        {
            return 0;
        }

        var candidates = await db.Set<Booking>().AsNoTracking()
            .Where(b => b.SessionId == sessionId && b.Status == BookingStatus.Waitlisted)
            .OrderBy(b => b.WaitlistPosition).ThenBy(b => b.Id)
            .Take(CandidatesPerPass)
            .Select(b => new { b.Id, b.MemberUnionId })
            .ToListAsync(cancellationToken);
        if (candidates.Count == 0)
        {
            return 0;
        }

        var quotas = new List<(SessionQuota Quota, string Path)>();
        Dictionary<Guid, string> memberPaths = [];
        if (Eligibility.QuotasApply(e, now))
        {
            var units = e.Quotas.Where(q => q.SessionId == sessionId).Select(q => q.OrgUnitId).Concat(candidates.Select(c => c.MemberUnionId)).Distinct().ToList();
            var paths = await db.OrgUnits.AsNoTracking().Where(u => units.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Path, cancellationToken);
            quotas = e.Quotas.Where(q => q.SessionId == sessionId).Select(q => (q, paths[q.OrgUnitId])).ToList();
            memberPaths = paths;
        }

        var offered = 0;
        var expires = now.AddHours(e.OfferHours);
        foreach (var candidate in candidates)
        {
            SessionQuota? quota = null;
            if (quotas.Count > 0 && (quota = Eligibility.QuotaFor(quotas, memberPaths[candidate.MemberUnionId])) is null)
            {
                continue;
            }

            if (!await Places.TryTakeAsync(db, sessionId, quota?.Id, cancellationToken))
            {
                if (quota is null)
                {
                    break;
                }

                continue;
            }

            var moved = await db.Set<Booking>().Where(b => b.Id == candidate.Id && b.Status == BookingStatus.Waitlisted)
                .ExecuteUpdateAsync(
                    s => s.SetProperty(b => b.Status, BookingStatus.Offered).SetProperty(b => b.OfferExpiresAt, expires).SetProperty(b => b.QuotaOrgUnitId, quota == null ? null : quota.OrgUnitId),
                    cancellationToken);
            if (moved == 0)
            {
                // They left the waitlist a moment ago: the place goes back and the next one is asked.
                await Places.GiveBackAsync(db, sessionId, quota?.OrgUnitId, cancellationToken);
                continue;
            }

            outbox.Publish(new BookingOffered(candidate.Id, expires));
            offered++;
        }

        await db.SaveChangesAsync(cancellationToken);
        return offered;
    }
}
