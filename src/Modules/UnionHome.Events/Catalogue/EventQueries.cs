using Microsoft.EntityFrameworkCore;
using UnionHome.Events.Bookings;
using UnionHome.Events.Data;
using UnionHome.Membership.Contracts;
using UnionHome.Platform.Api;
using UnionHome.Platform.Data;
using UnionHome.Platform.Organization;

namespace UnionHome.Events.Catalogue;

internal sealed class EventQueries(AppDbContext db)
{
    public async Task<EventView?> ViewAsync(Guid eventId, CancellationToken cancellationToken)
    {
        var e = await db.Set<Event>().AsNoTracking().Include(x => x.Sessions).Include(x => x.Quotas).SingleOrDefaultAsync(x => x.Id == eventId, cancellationToken);
        if (e is null)
        {
            return null;
        }

        var unitIds = e.Quotas.Select(q => q.OrgUnitId).Append(e.OrgUnitId!.Value).Distinct().ToList();
        var names = await db.OrgUnits.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        var recuperationBase = e.RecuperationBaseId is { } baseId
            ? await db.Set<RecuperationBase>().AsNoTracking().Where(b => b.Id == baseId).Select(b => new RecuperationBaseView(b.Id, b.Name, b.Address, b.Capacity)).SingleOrDefaultAsync(cancellationToken)
            : null;
        var satisfaction = (await SatisfactionAsync([e.Id], cancellationToken)).GetValueOrDefault(e.Id, Unrated);
        return new EventView(
            e.Id, Names.Of(e.Kind), e.Title, e.Description, e.OrgUnitId.Value, names[e.OrgUnitId.Value], e.AudienceOrgUnitId, e.WorkerTypes, Names.Of(e.Mode), Names.Of(e.Status),
            e.RegistrationOpensAt, e.RegistrationClosesAt, e.CancellationDeadline, e.LimitPerMemberPerYear, e.Waitlist, e.OfferHours, e.QuotaReleaseAt, recuperationBase, e.ReservedForEnterpriseId,
            e.Sessions.OrderBy(s => s.StartsAt).Select(s => new SessionView(s.Id, s.StartsAt, s.EndsAt, s.Place, s.OnlineUrl, s.Capacity, s.Taken, Math.Max(0, s.Capacity - s.Taken))).ToList(),
            e.Quotas.GroupBy(q => q.OrgUnitId).Select(g => new QuotaView(g.Key, names[g.Key], g.First().Places)).ToList(),
            e.Mode == EventMode.Lottery ? new LotteryView(e.LotterySeedHash, e.LotterySeed, e.DrawnAt) : null,
            satisfaction);
    }

    /// <summary>
    /// A published event as a reader may open it: one reserved for an enterprise only by that enterprise's members, as
    /// in the list; to anyone else it does not exist.
    /// </summary>
    public async Task<EventView?> PublishedForAsync(MemberProfile? reader, Guid eventId, CancellationToken cancellationToken)
    {
        var published = await db.Set<Event>().AsNoTracking().Where(e => e.Id == eventId && e.Status == EventStatus.Published)
            .Select(e => new { e.ReservedForEnterpriseId }).SingleOrDefaultAsync(cancellationToken);
        if (published is null || (published.ReservedForEnterpriseId is { } enterprise && reader?.EnterpriseId != enterprise))
        {
            return null;
        }

        return await ViewAsync(eventId, cancellationToken);
    }

    /// <summary>An event staff may manage: organised by a union of their subtree.</summary>
    public async Task<Event?> ManagedAsync(Actor actor, Guid eventId, CancellationToken cancellationToken) =>
        await db.Set<Event>().AsNoTracking().InScopeOf(actor, db.OrgUnits).SingleOrDefaultAsync(e => e.Id == eventId, cancellationToken);

    /// <summary>Published events: for a member only those they may book, for anyone else those open to all.</summary>
    public async Task<Paged<EventSummary>> BrowseAsync(MemberProfile? member, string? kind, DateTimeOffset? from, DateTimeOffset? to, PageRequest paging, CancellationToken cancellationToken)
    {
        var events = db.Set<Event>().AsNoTracking().Where(e => e.Status == EventStatus.Published);
        if (Names.TryParse<EventKind>(kind, out var wantedKind))
        {
            events = events.Where(e => e.Kind == wantedKind);
        }

        if (from is { } start)
        {
            var utc = start.UtcDateTime;
            events = events.Where(e => e.Sessions.Any(s => s.EndsAt >= utc));
        }

        if (to is { } end)
        {
            var utc = end.UtcDateTime;
            events = events.Where(e => e.Sessions.Any(s => s.StartsAt <= utc));
        }

        if (member is null)
        {
            events = events.Where(e => e.ReservedForEnterpriseId == null);
        }
        else
        {
            var memberPath = await db.OrgUnits.AsNoTracking().Where(u => u.Id == member.UnionId).Select(u => u.Path).SingleAsync(cancellationToken);
            var workerType = member.WorkerType;
            var audiences = db.OrgUnits.AtOrAbove(memberPath).Select(a => a.Id);
            events = events
                .Where(e => audiences.Contains(e.AudienceOrgUnitId))
                .Where(e => e.AudienceWorkerTypes == "" || ("," + e.AudienceWorkerTypes + ",").Contains("," + workerType + ","))
                .Where(e => e.ReservedForEnterpriseId == null || e.ReservedForEnterpriseId == member.EnterpriseId);
        }

        return await PageAsync(events.OrderBy(e => e.Sessions.Min(s => (DateTime?)s.StartsAt)).ThenBy(e => e.Id), eligible: member is not null, paging, cancellationToken);
    }

    /// <summary>Events organised in the caller's subtree, newest first, drafts included.</summary>
    public async Task<Paged<EventSummary>> ManagedListAsync(Actor actor, string? status, PageRequest paging, CancellationToken cancellationToken)
    {
        var events = db.Set<Event>().AsNoTracking().InScopeOf(actor, db.OrgUnits);
        if (Names.TryParse<EventStatus>(status, out var wanted))
        {
            events = events.Where(e => e.Status == wanted);
        }

        return await PageAsync(events.OrderByDescending(e => e.CreatedAt).ThenByDescending(e => e.Id), eligible: false, paging, cancellationToken);
    }

    private async Task<Paged<EventSummary>> PageAsync(IOrderedQueryable<Event> events, bool eligible, PageRequest paging, CancellationToken cancellationToken)
    {
        var page = await events
            .Select(e => new
            {
                e.Id, e.Kind, e.Title, e.Mode, e.Status, e.RegistrationOpensAt, e.RegistrationClosesAt,
                Organizer = db.OrgUnits.Where(u => u.Id == e.OrgUnitId).Select(u => u.Name).First(),
                First = e.Sessions.Min(s => (DateTime?)s.StartsAt),
                Capacity = e.Sessions.Sum(s => s.Capacity),
                Taken = e.Sessions.Sum(s => s.Taken),
            })
            .ToPageAsync(paging, cancellationToken);
        var satisfaction = await SatisfactionAsync(page.Items.Select(r => r.Id).ToList(), cancellationToken);
        return page.Select(r => new EventSummary(
            r.Id, Names.Of(r.Kind), r.Title, r.Organizer, Names.Of(r.Mode), Names.Of(r.Status), r.RegistrationOpensAt, r.RegistrationClosesAt, r.First, r.Capacity, r.Taken,
            eligible, satisfaction.GetValueOrDefault(r.Id, Unrated)));
    }

    private static readonly SatisfactionView Unrated = new(0, null, null);

    private async Task<Dictionary<Guid, SatisfactionView>> SatisfactionAsync(List<Guid> eventIds, CancellationToken cancellationToken)
    {
        var ratings = await db.Set<Booking>().AsNoTracking()
            .Where(b => eventIds.Contains(b.EventId) && b.Rating != null)
            .GroupBy(b => b.EventId)
            .Select(g => new { g.Key, Count = g.Count(), Sum = g.Sum(b => b.Rating!.Value), Satisfied = g.Count(b => b.Rating >= 4) })
            .ToListAsync(cancellationToken);
        return ratings.ToDictionary(r => r.Key, r => Satisfaction.Of(r.Count, r.Sum, r.Satisfied));
    }
}

internal static class Satisfaction
{
    /// <summary>The average rating, and the share of 4s and 5s: the "满意率" union reports quote.</summary>
    public static SatisfactionView Of(int ratings, int sum, int satisfied) =>
        ratings == 0 ? new SatisfactionView(0, null, null) : new SatisfactionView(ratings, Math.Round((double)sum / ratings, 2), Math.Round((double)satisfied / ratings, 4));
}
