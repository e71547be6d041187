using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using UnionHome.Events.Data;
using UnionHome.Platform.Api;
using UnionHome.Platform.Audit;
using UnionHome.Platform.Data;
using UnionHome.Platform.Errors;
using UnionHome.Platform.Organization;

namespace UnionHome.Events.Catalogue;

/// <param name="Kind">activity, course, training, lecture or trip.</param>
/// <param name="Mode">firstCome (default) or lottery.</param>
/// <param name="AudienceOrgUnitId">Whose members may take part (a subtree); the organiser's when not given.</param>
/// <param name="AudienceWorkerTypes">employee, gig, seafarer, migrant, other; empty for every worker.</param>
/// <param name="Quotas">Places of each session set aside per union (trips); the rest are open at <paramref name="QuotaReleaseAt"/>.</param>
internal sealed record NewEventRequest(
    string? Kind,
    string? Title,
    string? Description,
    Guid? OrganizerOrgUnitId,
    Guid? AudienceOrgUnitId,
    IReadOnlyList<string>? AudienceWorkerTypes,
    string? Mode,
    DateTimeOffset? RegistrationOpensAt,
    DateTimeOffset? RegistrationClosesAt,
    DateTimeOffset? CancellationDeadline,
    int? LimitPerMemberPerYear,
    bool? Waitlist,
    int? OfferHours,
    DateTimeOffset? QuotaReleaseAt,
    Guid? RecuperationBaseId,
    IReadOnlyList<NewSessionRequest>? Sessions,
    IReadOnlyList<NewQuotaRequest>? Quotas);

internal sealed record NewSessionRequest(DateTimeOffset? StartsAt, DateTimeOffset? EndsAt, string? Place, string? OnlineUrl, int? Capacity);

internal sealed record NewQuotaRequest(Guid? OrgUnitId, int? Places);

/// <summary>Staff create an event for a union of their subtree, as a draft, with its sessions, audience and quotas.</summary>
internal sealed class CreateEvent(AppDbContext db, AuditLog audit, EventQueries queries, TimeProvider time)
{
    private static readonly string[] WorkerTypeNames = ["employee", "gig", "seafarer", "migrant", "other"];

    public async Task<Result<EventView>> CreateAsync(Actor actor, NewEventRequest request, CancellationToken cancellationToken)
    {
        if (actor.EnsureCanWrite() is { } refused)
        {
            return refused;
        }

        var drafted = await DraftAsync(actor, request, reservedForEnterpriseId: null, cancellationToken);
        if (!drafted.Succeeded)
        {
            return drafted.Error;
        }

        await using var transaction = await db.BeginWriteAsync(cancellationToken);
        Add(drafted.Value);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (await queries.ViewAsync(drafted.Value.Id, cancellationToken))!;
    }

    /// <summary>
    /// Checks the request and builds the draft, writing nothing: scheduling a session request adds the event to its own
    /// write, with the request's claim.
    /// </summary>
    public async Task<Result<Event>> DraftAsync(Actor actor, NewEventRequest request, Guid? reservedForEnterpriseId, CancellationToken cancellationToken)
    {
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

        return e;
    }

    /// <summary>Adds a drafted event to the caller's write, with its audit entry.</summary>
    public void Add(Event e)
    {
        db.Add(e);
        audit.Record("events.created", $"event:{e.Id}", e.Title, e.OrgUnitId);
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

            // Members open the link from their booking and calendar: javascript:, data: or plain http would run or leak there.
            if (!string.IsNullOrWhiteSpace(s.OnlineUrl)
                && !(Uri.TryCreate(s.OnlineUrl.Trim(), UriKind.Absolute, out var link) && link.Scheme == Uri.UriSchemeHttps && link.Host.Length > 0))
            {
                return CatalogueErrors.SessionOnlineUrl;
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

internal static class CreateEventEndpoint
{
    public static void MapCreateEvent(this IEndpointRouteBuilder routes) =>
        routes.MapPost("/api/v1/staff/events", async (NewEventRequest request, Actor actor, CreateEvent create, CancellationToken ct) =>
                (await create.CreateAsync(actor, request, ct)).ToHttpResult(e => TypedResults.Created($"/api/v1/events/{e.Id}", e)))
            .RequireAuthorization(Policies.Staff)
            .RequireAuthorization(Policies.Decide)
            .WithTags("Events staff")
            .WithSummary("Create an event with its sessions, audience, quotas and mode, as a draft")
            .Produces<EventView>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
