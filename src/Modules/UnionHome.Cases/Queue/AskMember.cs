using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using UnionHome.Cases.Data;
using UnionHome.Platform.Api;
using UnionHome.Platform.Errors;
using UnionHome.Platform.Organization;

namespace UnionHome.Cases.Queue;

/// <summary>Staff ask the member something and wait: the resolution clock stops until the member answers.</summary>
internal sealed class AskMember(SendCaseMessage messages, CaseTimeline timeline)
{
    public async Task<Result<CaseAndRole>> AskAsync(Actor actor, Guid caseId, TextRequest request, CancellationToken cancellationToken)
    {
        var written = await messages.WriteAsync(actor, caseId, request, cancellationToken);
        if (!written.Succeeded)
        {
            return written;
        }

        if (written.Value.Role != CaseRole.Requester)
        {
            var c = written.Value.Case;
            c.Status = CaseStatus.WaitingForMember;
            c.WaitingSince = timeline.Now;
            c.SlaCheckAt = null;
        }

        return await timeline.SaveAsync(written.Value, cancellationToken);
    }
}

internal static class AskMemberEndpoint
{
    /// <summary>POST /api/v1/staff/cases/{id}/ask-member, on the staff group.</summary>
    public static void MapAskMember(this IEndpointRouteBuilder staff) =>
        staff.MapPost("/{id:guid}/ask-member", async (Guid id, TextRequest request, Actor actor, AskMember ask, CaseQueries queries, CancellationToken ct) =>
                await queries.AnswerAsync(await ask.AskAsync(actor, id, request, ct), ct))
            .RequireAuthorization(Policies.Decide)
            .WithSummary("Ask the member something and wait: the resolution clock stops until they answer")
            .Produces<CaseView>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
