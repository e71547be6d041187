using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using UnionHome.Cases.Data;
using UnionHome.Cases.Filing;
using UnionHome.Platform.Api;
using UnionHome.Platform.Errors;
using UnionHome.Platform.Organization;

namespace UnionHome.Cases.Queue;

/// <summary>An internal note on the timeline (an assigned expert's consultation notes, staff's remarks); never shown to the member.</summary>
internal sealed class AddCaseNote(CaseTimeline timeline)
{
    public async Task<Result<CaseAndRole>> AddAsync(Actor actor, Guid caseId, TextRequest request, CancellationToken cancellationToken)
    {
        if (CaseTimeline.Text(request.Text, 4000) is not { } text)
        {
            return CaseErrors.MessageRequired;
        }

        if (await timeline.FindAsync(actor, caseId, cancellationToken) is not { } found || found.Role == CaseRole.Requester)
        {
            return CaseErrors.CaseNotFound;
        }

        if (CaseTimeline.RefuseReadOnlyStaff(actor, found) is { } refused)
        {
            return refused;
        }

        timeline.Add(found.Case, CaseEntryKind.Note, actor, text, isInternal: true, timeline.Now);
        return await timeline.SaveAsync(found, cancellationToken);
    }
}

internal static class AddCaseNoteEndpoints
{
    /// <summary>POST /api/v1/cases/{id}/notes, on the signed-in group: the assigned expert's notes.</summary>
    public static void MapAddExpertNote(this IEndpointRouteBuilder cases) =>
        cases.MapPost("/cases/{id:guid}/notes", async (Guid id, TextRequest request, Actor actor, AddCaseNote note, CaseQueries queries, CancellationToken ct) =>
                await queries.AnswerAsync(await note.AddAsync(actor, id, request, ct), ct))
            .WithSummary("An internal note (consultation notes of an assigned expert); never shown to the member")
            .Produces<CaseView>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    /// <summary>POST /api/v1/staff/cases/{id}/notes, on the staff group.</summary>
    public static void MapAddStaffNote(this IEndpointRouteBuilder staff) =>
        staff.MapPost("/{id:guid}/notes", async (Guid id, TextRequest request, Actor actor, AddCaseNote note, CaseQueries queries, CancellationToken ct) =>
                await queries.AnswerAsync(await note.AddAsync(actor, id, request, ct), ct))
            .RequireAuthorization(Policies.Decide)
            .WithSummary("An internal note on the timeline; never shown to the member")
            .Produces<CaseView>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
