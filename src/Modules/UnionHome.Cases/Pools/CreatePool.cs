using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using UnionHome.Cases.Data;
using UnionHome.Platform.Api;
using UnionHome.Platform.Audit;
using UnionHome.Platform.Data;
using UnionHome.Platform.Errors;
using UnionHome.Platform.Organization;

namespace UnionHome.Cases.Pools;

/// <param name="Kind">experts or volunteers.</param>
internal sealed record NewPoolRequest(Guid? OrgUnitId, string? Name, string? Kind);

/// <summary>A pool owned by a union of the caller's subtree, shared down that union's subtree.</summary>
internal sealed class CreatePool(AppDbContext db, AuditLog audit, PoolQueries pools)
{
    public async Task<Result<PoolView>> CreateAsync(Actor actor, NewPoolRequest request, CancellationToken cancellationToken)
    {
        if (actor.EnsureCanWrite() is { } refused)
        {
            return refused;
        }

        var managed = await actor.ManagedUnitAsync(db, request.OrgUnitId, cancellationToken);
        if (!managed.Succeeded)
        {
            return managed.Error;
        }

        if (request.Name?.Trim() is not { Length: >= 2 and <= 64 } name || !Names.TryParse<PoolKind>(request.Kind, out var kind))
        {
            return PoolErrors.PoolInvalid;
        }

        var unit = managed.Value;
        var pool = new ExpertPool { Id = Guid.CreateVersion7(), OrgUnitId = unit.Id, Name = name, Kind = kind };
        await using var write = await db.BeginWriteAsync(cancellationToken);
        db.Add(pool);
        audit.Record("cases.pool_created", $"pool:{pool.Id}", name, unit.Id);
        await db.SaveChangesAsync(cancellationToken);
        await write.CommitAsync(cancellationToken);
        return await pools.ViewAsync(pool.Id, cancellationToken);
    }
}

internal static class CreatePoolEndpoint
{
    /// <summary>POST /api/v1/staff/pools, on the pools group.</summary>
    public static void MapCreatePool(this IEndpointRouteBuilder pools) =>
        pools.MapPost("/", async (NewPoolRequest request, Actor actor, CreatePool create, CancellationToken ct) =>
                (await create.CreateAsync(actor, request, ct)).ToHttpResult(pool => TypedResults.Created($"/api/v1/staff/pools/{pool.Id}", pool)))
            .RequireAuthorization(Policies.Decide)
            .WithSummary("Create a pool owned by a union of my subtree")
            .Produces<PoolView>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
