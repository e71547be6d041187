using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using UnionHome.Cases.Data;
using UnionHome.Cases.Filing;
using UnionHome.Platform.Api;
using UnionHome.Platform.Audit;
using UnionHome.Platform.Data;
using UnionHome.Platform.Errors;
using UnionHome.Platform.Organization;

namespace UnionHome.Cases.Queue;

internal sealed record AssignRequest(Guid? PoolMemberId);

/// <summary>Give the case to an expert or volunteer of a pool owned by its union or one above it.</summary>
internal sealed class AssignCase(AppDbContext db, CaseTimeline timeline, AuditLog audit)
{
    public async Task<Result<CaseAndRole>> AssignAsync(Actor actor, Guid caseId, AssignRequest request, CancellationToken cancellationToken)
    {
        if (await timeline.FindAsync(actor, caseId, cancellationToken) is not { Role: CaseRole.Staff } found)
        {
            return CaseErrors.CaseNotFound;
        }

        if (actor.EnsureCanWrite() is { } refused)
        {
            return refused;
        }

        var c = found.Case;
        var path = await db.OrgUnits.AsNoTracking().Where(u => u.Id == c.OrgUnitId).Select(u => u.Path).SingleAsync(cancellationToken);
        var chain = OrgScope.ChainOf(path);
        var expert = await db.Set<PoolMember>().AsNoTracking()
            .Where(m => m.Id == request.PoolMemberId)
            .Join(db.Set<ExpertPool>(), m => m.PoolId, p => p.Id, (m, p) => new { m.Id, m.Name, p.OrgUnitId, Pool = p.Name })
            .SingleOrDefaultAsync(cancellationToken);
        if (expert is null || expert.OrgUnitId is not { } owner || !chain.Contains(owner))
        {
            return CaseErrors.PoolMemberNotFound;
        }

        c.AssignedPoolMemberId = expert.Id;
        timeline.Add(c, CaseEntryKind.Assigned, actor, $"{expert.Pool}：{expert.Name}", isInternal: true, timeline.Now);
        audit.Record("cases.assigned", $"case:{c.Id}", expert.Name, c.OrgUnitId);
        return await timeline.SaveAsync(found, cancellationToken);
    }
}

internal static class AssignCaseEndpoint
{
    /// <summary>POST /api/v1/staff/cases/{id}/assign, on the staff group.</summary>
    public static void MapAssignCase(this IEndpointRouteBuilder staff) =>
        staff.MapPost("/{id:guid}/assign", async (Guid id, AssignRequest request, Actor actor, AssignCase assign, CaseQueries queries, CancellationToken ct) =>
                await queries.AnswerAsync(await assign.AssignAsync(actor, id, request, ct), ct))
            .RequireAuthorization(Policies.Decide)
            .WithSummary("Give the case to an expert or volunteer of a pool of this union or one above it")
            .Produces<CaseView>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
