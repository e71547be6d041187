using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using UnionHome.Cases.Filing;
using UnionHome.Cases.Live;
using UnionHome.Cases.Queue;
using UnionHome.Platform.Api;
using UnionHome.Platform.Errors;
using UnionHome.Platform.Organization;
using UnionHome.Platform.RateLimits;

namespace UnionHome.Cases;

/// <summary>The case routes: filing and reading here, each step on a case from its own command file.</summary>
internal static class CasesApi
{
    public static void MapCasesApi(this IEndpointRouteBuilder routes)
    {
        var cases = routes.MapGroup("/api/v1").WithTags("Cases").RequireAuthorization();
        cases.MapPost("/cases", async (HttpContext http, Actor actor, FileCase file, CancellationToken ct) =>
            {
                var request = await FilingBody.ReadAsync(http, ct);
                if (!request.Succeeded)
                {
                    return request.Error!.ToProblem();
                }

                var result = await file.FileAsync(actor.Caller, request.Value, ct);
                return !result.Succeeded ? result.Error!.ToProblem()
                    : result.Value.Replayed ? TypedResults.Ok(result.Value.Case)
                    : TypedResults.Created($"/api/v1/cases/{result.Value.Case.Id}", result.Value.Case);
            })
            .Accepts<NewCaseRequest>("application/json")
            .WithSummary("Ask for help: 201 with where it went and when the first answer is due; the same clientRequestId again returns the same case (200)")
            .Produces<CaseFiled>(StatusCodes.Status201Created)
            .Produces<CaseFiled>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .LimitPerAccount(RequestLimit.CaseFilingPerAccount)
            .LimitPerClientNetwork(RequestLimit.CaseFiling);
        cases.MapGet("/me/cases", async ([AsParameters] PageRequest paging, Actor actor, CaseQueries queries, CancellationToken ct) =>
                TypedResults.Ok(await queries.MineAsync(actor.UserId, paging, ct)))
            .WithSummary("The requests for help I filed, newest first")
            .Produces<Paged<CaseSummary>>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        cases.MapGet("/cases/{id:guid}", async (Guid id, Actor actor, CaseAccess access, CaseQueries queries, CancellationToken ct) =>
                await access.FindAsync(actor, id, tracked: false, ct) is { } found ? TypedResults.Ok(await queries.ViewAsync(found, ct)) : CaseErrors.CaseNotFound.ToProblem())
            .WithSummary("One case with its timeline: for the person who filed it (without internal notes), the assigned expert, or staff of its union's subtree")
            .Produces<CaseView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        cases.MapSendCaseMessage();
        cases.MapRateHelp();
        cases.MapHandBackCase();
        cases.MapAddExpertNote();

        var staff = routes.MapGroup("/api/v1/staff/cases").WithTags("Cases staff").RequireAuthorization(Policies.Staff);
        staff.MapGet("/", async (string? status, string? category, [AsParameters] PageRequest paging, Actor actor, CaseQueries queries, CancellationToken ct) =>
                TypedResults.Ok(await queries.QueueAsync(actor, status, category, paging, ct)))
            .WithSummary("Cases in the queues of my subtree, emergencies first, then oldest; counts by status")
            .Produces<CasePage>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        staff.MapAssignCase();
        staff.MapEscalateCase();
        staff.MapResolveCase();
        staff.MapAddStaffNote();
        staff.MapAskMember();

        routes.MapHub<ConsoleHub>(ConsoleHub.Path);
    }
}
