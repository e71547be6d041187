using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using UnionHome.Cases.Data;
using UnionHome.Cases.Filing;
using UnionHome.Cases.Sla;
using UnionHome.Platform.Errors;
using UnionHome.Platform.Organization;

namespace UnionHome.Cases.Queue;

internal sealed record TextRequest(string? Text);

/// <summary>
/// A message on the case. From the member it reopens a case that waits for them or was resolved; to the member it
/// stops the first-response clock.
/// </summary>
internal sealed class SendCaseMessage(CaseTimeline timeline, CaseDeadlines deadlines)
{
    public async Task<Result<CaseAndRole>> SendAsync(Actor actor, Guid caseId, TextRequest request, CancellationToken cancellationToken)
    {
        var written = await WriteAsync(actor, caseId, request, cancellationToken);
        return written.Succeeded ? await timeline.SaveAsync(written.Value, cancellationToken) : written;
    }

    /// <summary>Puts the message on the timeline without saving it, for a step that does more with it (asking the member).</summary>
    public async Task<Result<CaseAndRole>> WriteAsync(Actor actor, Guid caseId, TextRequest request, CancellationToken cancellationToken)
    {
        if (CaseTimeline.Text(request.Text, 2000) is not { } text)
        {
            return CaseErrors.MessageRequired;
        }

        if (await timeline.FindAsync(actor, caseId, cancellationToken) is not { } found)
        {
            return CaseErrors.CaseNotFound;
        }

        if (CaseTimeline.RefuseReadOnlyStaff(actor, found) is { } refused)
        {
            return refused;
        }

        var c = found.Case;
        var now = timeline.Now;
        if (found.Role == CaseRole.Requester)
        {
            if (c.Status is CaseStatus.Resolved or CaseStatus.WaitingForMember)
            {
                timeline.Add(c, CaseEntryKind.Reopened, actor, null, isInternal: false, now);
                await ReopenAsync(c, now, cancellationToken);
            }

            timeline.Add(c, CaseEntryKind.MessageFromMember, actor, text, isInternal: false, now);
            return found;
        }

        if (c.Status == CaseStatus.Resolved)
        {
            return CaseErrors.CaseResolved;
        }

        timeline.Add(c, CaseEntryKind.MessageToMember, actor, text, isInternal: false, now);
        if (c.FirstRespondedAt is null)
        {
            // The first-response clock stops; from now on the case is held to its resolution target.
            c.FirstRespondedAt = now;
            c.SlaCheckAt = c.ResolutionDueAt;
        }

        c.Status = CaseStatus.InProgress;
        timeline.NotifyRequester(c, now);
        return found;
    }

    private async Task ReopenAsync(HelpCase c, DateTime now, CancellationToken cancellationToken)
    {
        if (c.Status == CaseStatus.WaitingForMember && c.WaitingSince is { } since)
        {
            // The time spent waiting for the member does not count against the union.
            c.ResolutionDueAt = await deadlines.ResumeAsync(c, since, now, cancellationToken);
        }
        else if (c.Status == CaseStatus.Resolved)
        {
            var due = await deadlines.ForAsync(c.OrgUnitId!.Value, c.Category, c.Urgency, now, cancellationToken);
            c.ResolutionDueAt = due.ResolutionDueAt;
            c.ResolvedAt = null;
        }

        c.Status = CaseStatus.InProgress;
        c.WaitingSince = null;
        c.SlaCheckAt = c.ResolutionDueAt;
    }
}

internal static class SendCaseMessageEndpoint
{
    /// <summary>POST /api/v1/cases/{id}/messages, on the signed-in group.</summary>
    public static void MapSendCaseMessage(this IEndpointRouteBuilder cases) =>
        cases.MapPost("/cases/{id:guid}/messages", async (Guid id, TextRequest request, Actor actor, SendCaseMessage send, CaseQueries queries, CancellationToken ct) =>
                await queries.AnswerAsync(await send.SendAsync(actor, id, request, ct), ct))
            .WithSummary("A message on the case: from the member (reopens a waiting or resolved case) or to the member (stops the first-response clock)")
            .Produces<CaseView>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
