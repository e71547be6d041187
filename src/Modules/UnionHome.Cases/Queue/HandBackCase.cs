using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using UnionHome.Cases.Data;
using UnionHome.Cases.Filing;
using UnionHome.Platform.Errors;
using UnionHome.Platform.Organization;

namespace UnionHome.Cases.Queue;

/// <summary>An assigned expert or volunteer gives the case back to the union's queue, with an optional word why.</summary>
internal sealed class HandBackCase(CaseTimeline timeline)
{
    public async Task<Result<CaseAndRole>> HandBackAsync(Actor actor, Guid caseId, TextRequest request, CancellationToken cancellationToken)
    {
        if (await timeline.FindAsync(actor, caseId, cancellationToken) is not { Role: CaseRole.AssignedExpert } found)
        {
            return CaseErrors.CaseNotFound;
        }

        found.Case.AssignedPoolMemberId = null;
        timeline.Add(found.Case, CaseEntryKind.HandedBack, actor, CaseTimeline.Text(request.Text, 2000), isInternal: true, timeline.Now);
        return await timeline.SaveAsync(found, cancellationToken);
    }
}

internal static class HandBackCaseEndpoint
{
    /// <summary>POST /api/v1/cases/{id}/hand-back, on the signed-in group.</summary>
    public static void MapHandBackCase(this IEndpointRouteBuilder cases) =>
        cases.MapPost("/cases/{id:guid}/hand-back", async (Guid id, TextRequest request, Actor actor, HandBackCase handBack, CaseQueries queries, CancellationToken ct) =>
                await queries.AnswerAsync(await handBack.HandBackAsync(actor, id, request, ct), ct))
            .WithSummary("An assigned expert or volunteer gives the case back to the union's queue")
            .Produces<CaseView>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
