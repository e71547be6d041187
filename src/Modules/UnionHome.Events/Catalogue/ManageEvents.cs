using Microsoft.EntityFrameworkCore;
using UnionHome.Events.Data;
using UnionHome.Platform.Audit;
using UnionHome.Platform.Data;
using UnionHome.Platform.Errors;
using UnionHome.Platform.Organization;

namespace UnionHome.Events.Catalogue;

/// <summary>Staff create events for unions in their subtree, as drafts, and publish them.</summary>
internal sealed class ManageEvents(AppDbContext db, AuditLog audit, EventQueries queries, TimeProvider time)
{
    private static readonly string[] WorkerTypeNames = ["employee", "gig", "seafarer", "migrant", "other"];

    public async Task<Result<EventView>> CreateAsync(Actor actor, NewEventRequest request, CancellationToken cancellationToken, Guid? reservedForEnterpriseId = null)
    {
        if (actor.EnsureCanWrite() is { } refused)
        {
            return refused;
        }

        if (!Names.TryParse<EventKind>(request.Kind, out var kind))
        {
            return CatalogueErrors.InvalidKind;
        }

        var mode = EventMode.FirstCome;
        if (request.Mode is not null && !Names.TryParse(request.Mode, out mode))
        {
            return CatalogueErrors.InvalidMode;
        }

        var title = request.Title?.Trim() ?? "";
        if (title.Length is < 2 or > 128)
        {
            return CatalogueErrors.TitleRequired;
        }

        var managed = await actor.ManagedUnitAsync(db, request.OrganizerOrgUnitId, cancellationToken);
        if (!managed.Succeeded)
        {
            return managed.Error;
        }

        var organizer = managed.Value;

        var audience = organizer;
        if (request.AudienceOrgUnitId is { } audienceId && audienceId != organizer.Id)
        {
            audience = await db.OrgUnits.AsNoTracking().SingleOrDefaultAsync(u => u.Id == audienceId, cancellationToken);
            if (audience is null || !organizer.Contains(audience))
            {
                return CatalogueErrors.AudienceOutsideOrganizer;
            }
        }

        var workerTypes = (request.AudienceWorkerTypes ?? []).Select(t => t.Trim().ToLowerInvariant()).Distinct().ToList();
        if (workerTypes.Any(t => !WorkerTypeNames.Contains(t)))
        {
            return CatalogueErrors.InvalidWorkerTypes;
        }

        if (request.RegistrationOpensAt is not { } opens || request.RegistrationClosesAt is not { } closes || closes <= opens)
        {
            return CatalogueErrors.WindowRequired;
        }

        var sessionCheck = Sessions(request, opens);
        if (!sessionCheck.Succeeded)
        {
            return sessionCheck.Error;
        }

        var sessions = sessionCheck.Value;
        var quotaCheck = await QuotasAsync(request, mode, audience, sessions, cancellationToken);
        if (!quotaCheck.Succeeded)
        {
            return quotaCheck.Error;
        }

        if (request.LimitPerMemberPerYear is <= 0)
        {
            return CatalogueErrors.InvalidLimit;
        }

        if (request.OfferHours is < 1 or > 168)
        {
            return CatalogueErrors.InvalidOfferHours;
        }

        if (request.RecuperationBaseId is { } baseId && !await db.Set<RecuperationBase>().AnyAsync(b => b.Id == baseId, cancellationToken))
        {
            return CatalogueErrors.BaseNotFound;
        }

        var e = new Event
        {
            Id = Guid.CreateVersion7(),
            Kind = kind,
            Title = title,
            Description = request.Description?.Trim(),
            OrgUnitId = organizer.Id,
            AudienceOrgUnitId = audience.Id,
            AudienceWorkerTypes = string.Join(',', workerTypes),
            Mode = mode,
            Status = EventStatus.Draft,
            RegistrationOpensAt = opens.UtcDateTime,
            RegistrationClosesAt = closes.UtcDateTime,
            CancellationDeadline = request.CancellationDeadline?.UtcDateTime,
            LimitPerMemberPerYear = request.LimitPerMemberPerYear,
            Waitlist = request.Waitlist ?? true,
            OfferHours = request.OfferHours ?? 24,
            QuotaReleaseAt = request.QuotaReleaseAt?.UtcDateTime,
            RecuperationBaseId = request.RecuperationBaseId,
            ReservedForEnterpriseId = reservedForEnterpriseId,
            CreatedAt = time.GetUtcNow().UtcDateTime,
            Sessions = sessions,
            Quotas = quotaCheck.Value,
        };
        foreach (var session in sessions)
        {
            session.EventId = e.Id;
        }

        foreach (var quota in e.Quotas)
        {
            quota.EventId = e.Id;
        }

        db.Add(e);
        audit.Record("events.created", $"event:{e.Id}", title, organizer.Id);
        await db.SaveChangesAsync(cancellationToken);
        return (await queries.ViewAsync(e.Id, cancellationToken))!;
    }

    public async Task<Result<EventView>> PublishAsync(Actor actor, Guid eventId, CancellationToken cancellationToken)
    {
        if (actor.EnsureCanWrite() is { } refused)
        {
            return refused;
        }

        var e = await queries.ManagedAsync(actor, eventId, cancellationToken);
        if (e is null)
        {
            return CatalogueErrors.EventNotFound;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var published = await db.Set<Event>().Where(x => x.Id == eventId && x.Status == EventStatus.Draft)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, EventStatus.Published).SetProperty(x => x.PublishedAt, now), cancellationToken);
        if (published == 0)
        {
            return CatalogueErrors.AlreadyPublished;
        }

        audit.Record("events.published", $"event:{eventId}", e.Title, e.OrgUnitId);
        await db.SaveChangesAsync(cancellationToken);
        return (await queries.ViewAsync(eventId, cancellationToken))!;
    }

    private static Result<List<EventSession>> Sessions(NewEventRequest request, DateTimeOffset opens)
    {
        if (request.Sessions is not { Count: > 0 and <= 200 } requested)
        {
            return CatalogueErrors.SessionsRequired;
        }

        var sessions = new List<EventSession>();
        foreach (var s in requested)
        {
            if (s.StartsAt is not { } starts || s.EndsAt is not { } ends)
            {
                return CatalogueErrors.SessionsRequired;
            }

            if (ends <= starts || starts < opens)
            {
                return CatalogueErrors.SessionTimes;
            }

            if (s.Capacity is not (>= 1 and <= 100_000))
            {
                return CatalogueErrors.SessionCapacity;
            }

            var place = s.Place?.Trim() ?? "";
            if (place.Length == 0 && string.IsNullOrWhiteSpace(s.OnlineUrl))
            {
                return CatalogueErrors.SessionPlace;
            }

            sessions.Add(new EventSession
            {
                Id = Guid.CreateVersion7(),
                StartsAt = starts.UtcDateTime,
                EndsAt = ends.UtcDateTime,
                Place = place.Length == 0 ? EventSession.OnlinePlace : place,
                OnlineUrl = string.IsNullOrWhiteSpace(s.OnlineUrl) ? null : s.OnlineUrl.Trim(),
                Capacity = s.Capacity.Value,
            });
        }

        return sessions;
    }

    private async Task<Result<List<SessionQuota>>> QuotasAsync(NewEventRequest request, EventMode mode, OrgUnit audience, List<EventSession> sessions, CancellationToken cancellationToken)
    {
        if (request.Quotas is not { Count: > 0 } requested)
        {
            return new List<SessionQuota>();
        }

        if (mode == EventMode.Lottery)
        {
            return CatalogueErrors.QuotasNeedFirstCome;
        }

        if (requested.Any(q => q.OrgUnitId is null || q.Places is not > 0) || requested.Select(q => q.OrgUnitId).Distinct().Count() != requested.Count)
        {
            return CatalogueErrors.QuotaInvalid;
        }

        var ids = requested.Select(q => q.OrgUnitId!.Value).ToList();
        var units = await db.OrgUnits.AsNoTracking().Where(u => ids.Contains(u.Id)).ToListAsync(cancellationToken);
        if (units.Count != ids.Count || units.Any(u => !audience.Contains(u)))
        {
            return CatalogueErrors.QuotaOutsideAudience;
        }

        if (sessions.Any(s => requested.Sum(q => q.Places!.Value) > s.Capacity))
        {
            return CatalogueErrors.QuotaExceedsCapacity;
        }

        return sessions.SelectMany(s => requested.Select(q => new SessionQuota { Id = Guid.CreateVersion7(), SessionId = s.Id, OrgUnitId = q.OrgUnitId!.Value, Places = q.Places!.Value })).ToList();
    }
}
