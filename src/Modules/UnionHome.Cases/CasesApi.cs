using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using UnionHome.Cases.Filing;
using UnionHome.Cases.Live;
using UnionHome.Cases.Queue;
using UnionHome.Platform.Api;
using UnionHome.Platform.Errors;
using UnionHome.Platform.Organization;

namespace UnionHome.Cases;

internal static class CasesApi
{
    // Five images of 5 MB in base64 and the text around them.
    private const long MaxCaseBody = 36 * 1024 * 1024;

    public static void MapCasesApi(this IEndpointRouteBuilder routes)
    {
        var cases = routes.MapGroup("/api/v1").WithTags("Cases").RequireAuthorization();
        cases.MapPost("/cases", async (NewCaseRequest request, Actor actor, FileCase file, CancellationToken ct) =>
            {
                var result = await file.FileAsync(actor.Caller, request, ct);
                return !result.Succeeded ? result.Error!.ToProblem()
                    : result.Value.Replayed ? TypedResults.Ok(result.Value.Case)
                    : TypedResults.Created($"/api/v1/cases/{result.Value.Case.Id}", result.Value.Case);
            })
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(MaxCaseBody))
            .WithSummary("Ask for help: 201 with where it went and when the first answer is due; the same clientRequestId again returns the same case (200)")
            .Produces<CaseFiled>(StatusCodes.Status201Created)
            .Produces<CaseFiled>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        cases.MapGet("/me/cases", async (Actor actor, CaseQueries queries, CancellationToken ct) =>
                TypedResults.Ok(await queries.MineAsync(actor.UserId, ct)))
            .WithSummary("The requests for help I filed, newest first");
        cases.MapGet("/cases/{id:guid}", (Guid id, Actor actor, CaseAccess access, CaseQueries queries, CancellationToken ct) =>
                ViewAsync(access.FindAsync(actor, id, tracked: false, ct), queries, ct))
            .WithSummary("One case with its timeline: for the person who filed it (without internal notes), the assigned expert, or staff of its union's subtree")
            .Produces<CaseView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        cases.MapPost("/cases/{id:guid}/messages", (Guid id, TextRequest request, Actor actor, WorkCase work, CaseQueries queries, CancellationToken ct) =>
                Answer(work.MessageAsync(actor, id, request, ct), queries, ct))
            .WithSummary("A message on the case: from the member (reopens a waiting or resolved case) or to the member (stops the first-response clock)");
        cases.MapPost("/cases/{id:guid}/rating", (Guid id, RatingRequest request, Actor actor, WorkCase work, CaseQueries queries, CancellationToken ct) =>
                Answer(work.RateAsync(actor, id, request, ct), queries, ct))
            .WithSummary("Rate the help 1–5 with a comment, once the case is resolved");
        cases.MapPost("/cases/{id:guid}/hand-back", (Guid id, TextRequest request, Actor actor, WorkCase work, CaseQueries queries, CancellationToken ct) =>
                Answer(work.HandBackAsync(actor, id, request, ct), queries, ct))
            .WithSummary("An assigned expert or volunteer gives the case back to the union's queue");
        cases.MapPost("/cases/{id:guid}/notes", (Guid id, TextRequest request, Actor actor, WorkCase work, CaseQueries queries, CancellationToken ct) =>
                Answer(work.NoteAsync(actor, id, request, ct), queries, ct))
            .WithSummary("An internal note (consultation notes of an assigned expert); never shown to the member");

        var staff = routes.MapGroup("/api/v1/staff/cases").WithTags("Cases staff").RequireAuthorization(Policies.Staff);
        staff.MapGet("/", async (string? status, string? category, int? page, int? pageSize, Actor actor, CaseQueries queries, CancellationToken ct) =>
                TypedResults.Ok(await queries.QueueAsync(actor, status, category, Math.Max(page ?? 1, 1), Math.Clamp(pageSize ?? 20, 1, 100), ct)))
            .WithSummary("Cases in the queues of my subtree, emergencies first, then oldest; counts by status");
        staff.MapPost("/{id:guid}/assign", (Guid id, AssignRequest request, Actor actor, WorkCase work, CaseQueries queries, CancellationToken ct) =>
                Answer(work.AssignAsync(actor, id, request, ct), queries, ct))
            .RequireAuthorization(Policies.Decide)
            .WithSummary("Give the case to an expert or volunteer of a pool of this union or one above it");
        staff.MapPost("/{id:guid}/escalate", (Guid id, EscalateRequest request, Actor actor, WorkCase work, CaseQueries queries, CancellationToken ct) =>
                Answer(work.EscalateAsync(actor, id, request, ct), queries, ct))
            .RequireAuthorization(Policies.Decide)
            .WithSummary("Send the case up to the parent union's queue, with a reason");
        staff.MapPost("/{id:guid}/resolve", (Guid id, ResolveRequest request, Actor actor, WorkCase work, CaseQueries queries, CancellationToken ct) =>
                Answer(work.ResolveAsync(actor, id, request, ct), queries, ct))
            .RequireAuthorization(Policies.Decide)
            .WithSummary("Resolve with the result the member reads; they are asked to rate the help");
        staff.MapPost("/{id:guid}/notes", (Guid id, TextRequest request, Actor actor, WorkCase work, CaseQueries queries, CancellationToken ct) =>
                Answer(work.NoteAsync(actor, id, request, ct), queries, ct))
            .RequireAuthorization(Policies.Decide)
            .WithSummary("An internal note on the timeline; never shown to the member");
        staff.MapPost("/{id:guid}/ask-member", (Guid id, TextRequest request, Actor actor, WorkCase work, CaseQueries queries, CancellationToken ct) =>
                Answer(work.AskMemberAsync(actor, id, request, ct), queries, ct))
            .RequireAuthorization(Policies.Decide)
            .WithSummary("Ask the member something and wait: the resolution clock stops until they answer");

        routes.MapHub<ConsoleHub>(ConsoleHub.Path);
    }

    private static async Task<IResult> ViewAsync(Task<CaseAndRole?> find, CaseQueries queries, CancellationToken ct) =>
        await find is { } found ? TypedResults.Ok(await queries.ViewAsync(found, ct)) : CaseErrors.CaseNotFound.ToProblem();

    private static async Task<IResult> Answer(Task<Result<CaseAndRole>> act, CaseQueries queries, CancellationToken ct)
    {
        var result = await act;
        return result.Succeeded ? TypedResults.Ok(await queries.ViewAsync(result.Value, ct)) : result.Error!.ToProblem();
    }
}
