using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using UnionHome.Cases.Data;
using UnionHome.Platform.Api;
using UnionHome.Platform.Data;
using UnionHome.Platform.Errors;
using UnionHome.Platform.Organization;

namespace UnionHome.Cases.Pools;

internal sealed record DutyRequest(bool? OnDuty);

internal sealed record DutyView(Guid OrgUnitId, bool OnDuty);

/// <summary>Going on or off duty for one's unit: on-duty consoles hear the unit's urgent and emergency cases.</summary>
internal sealed class GoOnDuty(AppDbContext db, TimeProvider time)
{
    public async Task<Result<DutyView>> SwitchAsync(Actor actor, bool? onDuty, CancellationToken cancellationToken)
    {
        if (actor.EnsureCanWrite() is { } refused)
        {
            return refused;
        }

        if (actor.Caller.OrgUnitId is not { } unit)
        {
            return PoolErrors.NoUnit;
        }

        var mine = db.Set<OnDuty>().Where(d => d.OrgUnitId == unit && d.UserId == actor.UserId);
        if (onDuty == true && !await mine.AnyAsync(cancellationToken))
        {
            await StartAsync(unit, actor.UserId, cancellationToken);
        }
        else if (onDuty == false)
        {
            await using var write = await db.BeginWriteAsync(cancellationToken);
            await mine.ExecuteDeleteAsync(cancellationToken);
            await write.CommitAsync(cancellationToken);
        }

        return new DutyView(unit, await mine.AnyAsync(cancellationToken));
    }

    public Task<bool> IsOnDutyAsync(Actor actor, CancellationToken cancellationToken) =>
        actor.Caller.OrgUnitId is { } unit
            ? db.Set<OnDuty>().AnyAsync(d => d.OrgUnitId == unit && d.UserId == actor.UserId, cancellationToken)
            : Task.FromResult(false);

    private async Task StartAsync(Guid unit, string userId, CancellationToken cancellationToken)
    {
        await using var write = await db.BeginWriteAsync(cancellationToken);
        db.Add(new OnDuty { Id = Guid.CreateVersion7(), OrgUnitId = unit, UserId = userId, Since = time.GetUtcNow().UtcDateTime });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await write.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Switched on twice at once: one row is enough.
        }
    }
}

internal static class GoOnDutyEndpoint
{
    public static void MapGoOnDuty(this IEndpointRouteBuilder routes) =>
        routes.MapPost("/api/v1/staff/duty", async (DutyRequest request, Actor actor, GoOnDuty duty, CancellationToken ct) =>
                (await duty.SwitchAsync(actor, request.OnDuty, ct)).ToHttpResult(view => TypedResults.Ok(view)))
            .WithTags("Cases staff")
            .RequireAuthorization(Policies.Decide)
            .WithSummary("Go on or off duty for my unit: on-duty consoles get live alerts of urgent and emergency cases (reconnect to take effect)")
            .Produces<DutyView>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden);
}
