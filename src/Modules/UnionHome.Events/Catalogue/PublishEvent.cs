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

/// <summary>Staff publish a draft of their subtree: members can see and book it. A draft is published once.</summary>
internal sealed class PublishEvent(AppDbContext db, AuditLog audit, EventQueries queries, TimeProvider time)
{
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
        await using var transaction = await db.BeginWriteAsync(cancellationToken);
        var published = await db.Set<Event>().Where(x => x.Id == eventId && x.Status == EventStatus.Draft)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, EventStatus.Published).SetProperty(x => x.PublishedAt, now), cancellationToken);
        if (published == 0)
        {
            return CatalogueErrors.AlreadyPublished;
        }

        audit.Record("events.published", $"event:{eventId}", e.Title, e.OrgUnitId);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (await queries.ViewAsync(eventId, cancellationToken))!;
    }
}

internal static class PublishEventEndpoint
{
    public static void MapPublishEvent(this IEndpointRouteBuilder routes) =>
        routes.MapPost("/api/v1/staff/events/{id:guid}/publish", async (Guid id, Actor actor, PublishEvent publish, CancellationToken ct) =>
                (await publish.PublishAsync(actor, id, ct)).ToHttpResult(e => TypedResults.Ok(e)))
            .RequireAuthorization(Policies.Staff)
            .RequireAuthorization(Policies.Decide)
            .WithTags("Events staff")
            .WithSummary("Publish a draft: members can see and book it")
            .Produces<EventView>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
