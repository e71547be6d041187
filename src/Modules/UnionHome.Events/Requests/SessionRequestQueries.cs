using Microsoft.EntityFrameworkCore;
using UnionHome.Events.Data;
using UnionHome.Platform.Api;
using UnionHome.Platform.Data;
using UnionHome.Platform.Organization;

namespace UnionHome.Events.Requests;

/// <summary>The session a request was scheduled as: members of the enterprise book it like any other.</summary>
internal sealed record ScheduledSessionView(Guid EventId, Guid SessionId, string Title, DateTime StartsAt, DateTime EndsAt, string Place, int Capacity, int Taken);

/// <param name="Status">pending, scheduled or declined.</param>
internal sealed record SessionRequestView(
    Guid Id,
    Guid MenuItemId,
    string Kind,
    string Title,
    Guid OrgUnitId,
    string OrgUnitName,
    Guid EnterpriseId,
    string EnterpriseName,
    string RequestedByName,
    string PreferredDates,
    int Headcount,
    string? Note,
    string Status,
    string? DeclineReason,
    DateTime CreatedAt,
    DateTime? DecidedAt,
    ScheduledSessionView? Session);

internal sealed class SessionRequestQueries(AppDbContext db)
{
    public async Task<SessionRequestView?> ViewAsync(Guid requestId, CancellationToken cancellationToken) =>
        (await ViewsAsync(db.Set<SessionRequest>().Where(r => r.Id == requestId), cancellationToken)).SingleOrDefault();

    /// <summary>An enterprise's requests, newest first.</summary>
    public Task<Paged<SessionRequestView>> OfEnterpriseAsync(Guid enterpriseId, PageRequest paging, CancellationToken cancellationToken) =>
        PageAsync(db.Set<SessionRequest>().Where(r => r.EnterpriseId == enterpriseId).OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id), paging, cancellationToken);

    /// <summary>Requests to unions of the caller's subtree in one status, oldest first: the queue is worked in order.</summary>
    public Task<Paged<SessionRequestView>> InScopeAsync(Actor actor, SessionRequestStatus status, PageRequest paging, CancellationToken cancellationToken) =>
        PageAsync(db.Set<SessionRequest>().InScopeOf(actor, db.OrgUnits).Where(r => r.Status == status).OrderBy(r => r.CreatedAt).ThenBy(r => r.Id), paging, cancellationToken);

    // The page is taken on the ids, in the list's order; the joins that build the views may lose that order.
    private async Task<Paged<SessionRequestView>> PageAsync(IOrderedQueryable<SessionRequest> requests, PageRequest paging, CancellationToken cancellationToken)
    {
        var ids = await requests.AsNoTracking().Select(r => r.Id).ToPageAsync(paging, cancellationToken);
        var views = (await ViewsAsync(db.Set<SessionRequest>().Where(r => ids.Items.Contains(r.Id)), cancellationToken)).ToDictionary(v => v.Id);
        return ids.Select(id => views[id]);
    }

    private async Task<List<SessionRequestView>> ViewsAsync(IQueryable<SessionRequest> requests, CancellationToken cancellationToken)
    {
        var rows = await requests.AsNoTracking()
            .Join(db.Set<MenuItem>(), r => r.MenuItemId, i => i.Id, (r, i) => new { r, i.Kind, i.Title })
            .Select(x => new
            {
                x.r,
                x.Kind,
                x.Title,
                Union = db.OrgUnits.Where(u => u.Id == x.r.OrgUnitId).Select(u => u.Name).First(),
                Enterprise = db.Enterprises.Where(e => e.Id == x.r.EnterpriseId).Select(e => e.Name).First(),
                RequestedBy = db.Users.Where(u => u.Id == x.r.RequestedBy).Select(u => u.DisplayName).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var eventIds = rows.Where(x => x.r.EventId is not null).Select(x => x.r.EventId!.Value).ToList();
        var sessions = (await db.Set<EventSession>().AsNoTracking().Where(s => eventIds.Contains(s.EventId))
                .Join(db.Set<Event>(), s => s.EventId, e => e.Id, (s, e) => new ScheduledSessionView(e.Id, s.Id, e.Title, s.StartsAt, s.EndsAt, s.Place, s.Capacity, s.Taken))
                .ToListAsync(cancellationToken))
            .GroupBy(s => s.EventId)
            .ToDictionary(g => g.Key, g => g.OrderBy(s => s.StartsAt).First());
        return rows.ConvertAll(x => new SessionRequestView(
            x.r.Id, x.r.MenuItemId, Names.Of(x.Kind), x.Title, x.r.OrgUnitId!.Value, x.Union, x.r.EnterpriseId, x.Enterprise, x.RequestedBy ?? "",
            x.r.PreferredDates, x.r.Headcount, x.r.Note, Names.Of(x.r.Status), x.r.DeclineReason, x.r.CreatedAt, x.r.DecidedAt,
            x.r.EventId is { } eventId ? sessions.GetValueOrDefault(eventId) : null));
    }
}
