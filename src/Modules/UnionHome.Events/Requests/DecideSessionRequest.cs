using Microsoft.EntityFrameworkCore;
using UnionHome.Events.Catalogue;
using UnionHome.Events.Data;
using UnionHome.Platform.Audit;
using UnionHome.Platform.Data;
using UnionHome.Platform.Errors;
using UnionHome.Platform.Organization;
using UnionHome.Platform.Outbox;

namespace UnionHome.Events.Requests;

/// <param name="Title">The session's name; the menu item's, for the enterprise, when not given.</param>
/// <param name="Capacity">Places; the requested headcount when not given.</param>
/// <param name="RegistrationClosesAt">Members book until then; until the session starts when not given.</param>
internal sealed record ScheduleRequest(string? Title, DateTimeOffset? StartsAt, DateTimeOffset? EndsAt, string? Place, int? Capacity, DateTimeOffset? RegistrationClosesAt);

internal sealed record DeclineRequest(string? Reason);

/// <summary>A request from the menu was scheduled as a session reserved for the enterprise's members.</summary>
internal sealed record SessionRequestScheduled(Guid RequestId) : IIntegrationEvent;

/// <summary>A union could not take a request from its menu, and said why.</summary>
internal sealed record SessionRequestDeclined(Guid RequestId) : IIntegrationEvent;

/// <summary>
/// The offering union schedules a request — one published session of the item's kind, organised by the union, open to
/// its subtree and booked only by the enterprise's members — or declines it with a reason. A request is decided
/// once: the move out of pending is a conditional update, in the same transaction as the event it creates.
/// </summary>
internal sealed class DecideSessionRequest(AppDbContext db, EventQueries eventQueries, SessionRequestQueries queries, AuditLog audit, Outbox outbox, TimeProvider time)
{
    // Built here, not injected, so that the event it creates is audited in the same name as the decision (a console
    // circuit hands this handler an audit log of its own).
    private readonly CreateEvent events = new(db, audit, eventQueries, time);

    public async Task<Result<SessionRequestView>> ScheduleAsync(Actor actor, Guid requestId, ScheduleRequest schedule, CancellationToken cancellationToken)
    {
        if (actor.EnsureCanWrite() is { } refused)
        {
            return refused;
        }

        var request = await PendingInScopeAsync(actor, requestId, cancellationToken);
        if (!request.Succeeded)
        {
            return request.Error;
        }

        var pending = request.Value;
        var item = await db.Set<MenuItem>().AsNoTracking().SingleAsync(i => i.Id == pending.MenuItemId, cancellationToken);
        var enterprise = await db.Enterprises.AsNoTracking().Where(e => e.Id == pending.EnterpriseId).Select(e => e.Name).SingleAsync(cancellationToken);
        var now = time.GetUtcNow();
        if (Check(schedule, now) is { } invalid)
        {
            return invalid;
        }

        var title = schedule.Title?.Trim() is { Length: > 0 } given ? given : TitleFor(item.Title, enterprise);
        var newEvent = new NewEventRequest(
            Names.Of(item.Kind), title, item.Description, item.OrgUnitId, AudienceOrgUnitId: null, AudienceWorkerTypes: null, Names.Of(EventMode.FirstCome),
            RegistrationOpensAt: now, RegistrationClosesAt: schedule.RegistrationClosesAt ?? schedule.StartsAt, CancellationDeadline: null, LimitPerMemberPerYear: null,
            Waitlist: true, OfferHours: null, QuotaReleaseAt: null, RecuperationBaseId: null,
            [new NewSessionRequest(schedule.StartsAt, schedule.EndsAt, schedule.Place, OnlineUrl: null, schedule.Capacity ?? pending.Headcount)],
            Quotas: null);

        var drafted = await events.DraftAsync(actor, newEvent, reservedForEnterpriseId: pending.EnterpriseId, cancellationToken);
        if (!drafted.Succeeded)
        {
            // Nothing claimed yet: the request stays pending for a corrected schedule.
            return drafted.Error;
        }

        var scheduled = drafted.Value;
        scheduled.Status = EventStatus.Published;
        scheduled.PublishedAt = now.UtcDateTime;

        await using var transaction = await db.BeginWriteAsync(cancellationToken);
        var claimed = await db.Set<SessionRequest>().Where(r => r.Id == requestId && r.Status == SessionRequestStatus.Pending)
            .ExecuteUpdateAsync(
                s => s.SetProperty(r => r.Status, SessionRequestStatus.Scheduled).SetProperty(r => r.DecidedAt, now.UtcDateTime).SetProperty(r => r.EventId, scheduled.Id),
                cancellationToken);
        if (claimed == 0)
        {
            return RequestErrors.AlreadyDecided;
        }

        events.Add(scheduled);
        audit.Record("events.published", $"event:{scheduled.Id}", scheduled.Title, scheduled.OrgUnitId);
        audit.Record("events.session_request_scheduled", $"session_request:{requestId}", $"event:{scheduled.Id} {title}", pending.OrgUnitId);
        outbox.Publish(new SessionRequestScheduled(requestId));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (await queries.ViewAsync(requestId, cancellationToken))!;
    }

    public async Task<Result<SessionRequestView>> DeclineAsync(Actor actor, Guid requestId, DeclineRequest decline, CancellationToken cancellationToken)
    {
        if (actor.EnsureCanWrite() is { } refused)
        {
            return refused;
        }

        var request = await PendingInScopeAsync(actor, requestId, cancellationToken);
        if (!request.Succeeded)
        {
            return request.Error;
        }

        var reason = decline.Reason?.Trim() ?? "";
        if (reason.Length is < 2 or > 500)
        {
            return RequestErrors.DeclineReasonRequired;
        }

        var now = time.GetUtcNow().UtcDateTime;
        await using var transaction = await db.BeginWriteAsync(cancellationToken);
        var declined = await db.Set<SessionRequest>().Where(r => r.Id == requestId && r.Status == SessionRequestStatus.Pending)
            .ExecuteUpdateAsync(
                s => s.SetProperty(r => r.Status, SessionRequestStatus.Declined).SetProperty(r => r.DeclineReason, reason).SetProperty(r => r.DecidedAt, now),
                cancellationToken);
        if (declined == 0)
        {
            return RequestErrors.AlreadyDecided;
        }

        audit.Record("events.session_request_declined", $"session_request:{requestId}", reason, request.Value.OrgUnitId);
        outbox.Publish(new SessionRequestDeclined(requestId));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (await queries.ViewAsync(requestId, cancellationToken))!;
    }

    private async Task<Result<SessionRequest>> PendingInScopeAsync(Actor actor, Guid requestId, CancellationToken cancellationToken)
    {
        var request = await db.Set<SessionRequest>().AsNoTracking().InScopeOf(actor, db.OrgUnits).SingleOrDefaultAsync(r => r.Id == requestId, cancellationToken);
        return request is null ? RequestErrors.RequestNotFound
            : request.Status != SessionRequestStatus.Pending ? RequestErrors.AlreadyDecided
            : request;
    }

    private static Error? Check(ScheduleRequest schedule, DateTimeOffset now)
    {
        if (schedule.Title?.Trim() is { Length: > 0 and (< 2 or > 128) })
        {
            return RequestErrors.ScheduleTitle;
        }

        if (schedule.StartsAt is not { } starts || schedule.EndsAt is not { } ends || starts <= now || ends <= starts)
        {
            return RequestErrors.ScheduleTimes;
        }

        if (schedule.Place?.Trim() is not { Length: > 0 and <= 256 })
        {
            return RequestErrors.SchedulePlace;
        }

        if (schedule.Capacity is not null and not (>= 1 and <= 100_000))
        {
            return RequestErrors.ScheduleCapacity;
        }

        return schedule.RegistrationClosesAt is { } closes && (closes <= now || closes > starts) ? RequestErrors.ScheduleRegistration : null;
    }

    /// <summary>"安全生产培训（舟山远洋渔业有限公司专场）", or the item's own title when that would be too long.</summary>
    private static string TitleFor(string item, string enterprise) =>
        $"{item}（{enterprise}专场）" is { Length: <= 128 } title ? title : item;
}
