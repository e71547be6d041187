using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using UnionHome.Cases.Data;
using UnionHome.Cases.Filing;
using UnionHome.Platform.Api;
using UnionHome.Platform.Audit;
using UnionHome.Platform.Errors;
using UnionHome.Platform.Organization;

namespace UnionHome.Cases.Queue;

internal sealed record ResolveRequest(string? Resolution);

/// <summary>Resolve with the result the member reads; the member is asked to rate the help.</summary>
internal sealed class ResolveCase(CaseTimeline timeline, AuditLog audit)
{
    public async Task<Result<CaseAndRole>> ResolveAsync(Actor actor, Guid caseId, ResolveRequest request, CancellationToken cancellationToken)
    {
        if (CaseTimeline.Text(request.Resolution, 4000) is not { } resolution)
        {
            return CaseErrors.ResolutionRequired;
        }

        if (await timeline.FindAsync(actor, caseId, cancellationToken) is not { Role: CaseRole.Staff } found)
        {
            return CaseErrors.CaseNotFound;
        }

        if (actor.EnsureCanWrite() is { } refused)
        {
            return refused;
        }

        var c = found.Case;
        if (c.Status == CaseStatus.Resolved)
        {
            return CaseErrors.CaseResolved;
        }

        var now = timeline.Now;
        c.Status = CaseStatus.Resolved;
        c.ResolvedAt = now;
        c.FirstRespondedAt ??= now;
        c.SlaCheckAt = null;
        c.WaitingSince = null;
        timeline.Add(c, CaseEntryKind.Resolved, actor, resolution, isInternal: false, now);
        timeline.NotifyRequester(c, now);
        audit.Record("cases.resolved", $"case:{c.Id}", null, c.OrgUnitId);
        return await timeline.SaveAsync(found, cancellationToken);
    }
}

internal static class ResolveCaseEndpoint
{
    /// <summary>POST /api/v1/staff/cases/{id}/resolve, on the staff group.</summary>
    public static void MapResolveCase(this IEndpointRouteBuilder staff) =>
        staff.MapPost("/{id:guid}/resolve", async (Guid id, ResolveRequest request, Actor actor, ResolveCase resolve, CaseQueries queries, CancellationToken ct) =>
                await queries.AnswerAsync(await resolve.ResolveAsync(actor, id, request, ct), ct))
            .RequireAuthorization(Policies.Decide)
            .WithSummary("Resolve with the result the member reads; they are asked to rate the help")
            .Produces<CaseView>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
