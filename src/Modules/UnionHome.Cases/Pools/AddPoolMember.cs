using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using UnionHome.Cases.Data;
using UnionHome.Platform.Api;
using UnionHome.Platform.Audit;
using UnionHome.Platform.Data;
using UnionHome.Platform.Errors;
using UnionHome.Platform.Identity;
using UnionHome.Platform.Organization;

namespace UnionHome.Cases.Pools;

internal sealed record NewPoolMemberRequest(string? UserId, string? Name, IReadOnlyList<string>? Specialties, bool? Available, string? Availability);

/// <summary>An expert or volunteer (an account with the expert or volunteer role) joins a pool of the caller's subtree.</summary>
internal sealed class AddPoolMember(AppDbContext db, AuditLog audit, PoolQueries pools)
{
    public async Task<Result<PoolView>> AddAsync(Actor actor, Guid poolId, NewPoolMemberRequest request, CancellationToken cancellationToken)
    {
        if (actor.EnsureCanWrite() is { } refused)
        {
            return refused;
        }

        if (await db.Set<ExpertPool>().AsNoTracking().InScopeOf(actor, db.OrgUnits).SingleOrDefaultAsync(p => p.Id == poolId, cancellationToken) is not { } pool)
        {
            return PoolErrors.PoolNotFound;
        }

        if (request.UserId is not { Length: > 0 } userId || request.Name?.Trim() is not { Length: >= 2 and <= 64 } name || !await db.Users.AnyAsync(u => u.Id == userId, cancellationToken))
        {
            return PoolErrors.MemberInvalid;
        }

        // Pool members read cases with internal notes: only an expert or volunteer signing in with password and authenticator.
        if (!await db.CaseHelperAccounts().ContainsAsync(userId, cancellationToken))
        {
            return PoolErrors.NotAHelper;
        }

        if (await db.Set<PoolMember>().AnyAsync(m => m.PoolId == pool.Id && m.UserId == userId, cancellationToken))
        {
            return PoolErrors.AlreadyInPool;
        }

        await using var write = await db.BeginWriteAsync(cancellationToken);
        db.Add(new PoolMember
        {
            Id = Guid.CreateVersion7(), PoolId = pool.Id, UserId = userId, Name = name,
            Specialties = string.Join(',', (request.Specialties ?? []).Select(s => s.Trim()).Where(s => s.Length > 0)),
            Available = request.Available ?? true, Availability = request.Availability?.Trim(),
        });
        audit.Record("cases.pool_member_added", $"pool:{pool.Id}", $"user:{userId}", pool.OrgUnitId);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two officers adding the same person at once: the unique index on (pool, account) keeps one.
            return PoolErrors.AlreadyInPool;
        }

        await write.CommitAsync(cancellationToken);
        return await pools.ViewAsync(pool.Id, cancellationToken);
    }
}

internal static class AddPoolMemberEndpoint
{
    /// <summary>POST /api/v1/staff/pools/{id}/members, on the pools group.</summary>
    public static void MapAddPoolMember(this IEndpointRouteBuilder pools) =>
        pools.MapPost("/{id:guid}/members", async (Guid id, NewPoolMemberRequest request, Actor actor, AddPoolMember add, CancellationToken ct) =>
                (await add.AddAsync(actor, id, request, ct)).ToHttpResult(pool => TypedResults.Ok(pool)))
            .RequireAuthorization(Policies.Decide)
            .WithSummary("Add an expert or volunteer (an account with the expert or volunteer role) to a pool")
            .Produces<PoolView>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
