using Microsoft.EntityFrameworkCore;
using UnionHome.Events.Data;
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
        (await ViewsAsync(db.Set<SessionRequest>().Where(r => r.Id == requestId), newestFirst: false, cancellationToken)).SingleOrDefault();

    /// <summary>An enterprise's requests, newest first.</summary>
    public Task<List<SessionRequestView>> OfEnterpriseAsync(Guid enterpriseId, CancellationToken cancellationToken) =>
        ViewsAsync(db.Set<SessionRequest>().Where(r => r.EnterpriseId == enterpriseId).OrderByDescending(r => r.CreatedAt).Take(200), newestFirst: true, cancellationToken);

    /// <summary>Requests to unions of the caller's subtree in one status, oldest first: the queue is worked in order.</summary>
    public Task<List<SessionRequestView>> InScopeAsync(Actor actor, SessionRequestStatus status, CancellationToken cancellationToken) =>
        ViewsAsync(db.Set<SessionRequest>().InScopeOf(actor, db.OrgUnits).Where(r => r.Status == status).OrderBy(r => r.CreatedAt).Take(200), newestFirst: false, cancellationToken);

    private async Task<List<SessionRequestView>> ViewsAsync(IQueryable<SessionRequest> requests, bool newestFirst, CancellationToken cancellationToken)
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
        // A join may lose the order the page was taken in; it is put back here.
        rows = newestFirst ? [.. rows.OrderByDescending(x => x.r.CreatedAt)] : [.. rows.OrderBy(x => x.r.CreatedAt)];
        return rows.ConvertAll(x => new SessionRequestView(
            x.r.Id, x.r.MenuItemId, Names.Of(x.Kind), x.Title, x.r.OrgUnitId!.Value, x.Union, x.r.EnterpriseId, x.Enterprise, x.RequestedBy ?? "",
            x.r.PreferredDates, x.r.Headcount, x.r.Note, Names.Of(x.r.Status), x.r.DeclineReason, x.r.CreatedAt, x.r.DecidedAt,
            x.r.EventId is { } eventId ? sessions.GetValueOrDefault(eventId) : null));
    }
}
