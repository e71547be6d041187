using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using UnionHome.Membership.Data;
using UnionHome.Platform.Api;
using UnionHome.Platform.Data;
using UnionHome.Platform.Errors;
using UnionHome.Platform.Organization;

namespace UnionHome.Membership.Transfers;

internal static class TransfersApi
{
    public static void MapTransfersApi(this IEndpointRouteBuilder routes)
    {
        var mine = routes.MapGroup("/api/v1/me/membership").WithTags("Membership").RequireAuthorization();
        mine.MapPost("/transfers", async (TransferRequest request, Actor actor, TransferMembership transfers, CancellationToken ct) =>
                (await transfers.RequestAsync(actor.Caller, request, ct)).ToHttpResult(t => TypedResults.Created("/api/v1/me/membership/history", t)))
            .WithSummary("Ask to move my membership to the union of my new job (会员关系转移)")
            .Produces<TransferAccepted>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        mine.MapGet("/history", async ([AsParameters] PageRequest paging, Actor actor, TransferMembership transfers, CancellationToken ct) =>
                TypedResults.Ok(await transfers.HistoryAsync(actor.UserId, paging, ct)))
            .WithSummary("My membership history: when I joined and every transfer, oldest first")
            .Produces<Paged<HistoryEntry>>()
            .ProducesProblem(StatusCodes.Status400BadRequest);

        var staff = routes.MapGroup("/api/v1/staff/transfers").WithTags("Membership staff").RequireAuthorization(Policies.Staff);
        staff.MapGet("/", async (string? status, [AsParameters] PageRequest paging, Actor actor, AppDbContext db, CancellationToken ct) =>
            {
                var wanted = Enum.TryParse<ApplicationStatus>(status, ignoreCase: true, out var parsed) ? parsed : ApplicationStatus.Pending;
                return TypedResults.Ok(await TransferMembership.InScope(db, actor, wanted).ToPageAsync(paging, ct));
            })
            .WithSummary("Transfers into unions of my subtree, oldest first")
            .Produces<Paged<TransferSummary>>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        staff.MapPost("/{id:guid}/approve", async (Guid id, Actor actor, TransferMembership transfers, CancellationToken ct) =>
                (await transfers.DecideAsync(actor, id, true, null, ct)).ToHttpResult(t => TypedResults.Ok(t)))
            .RequireAuthorization(Policies.Decide)
            .WithSummary("Receive the member: their union, employer and work region change; the history keeps the move")
            .Produces<TransferSummary>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        staff.MapPost("/{id:guid}/reject", async (Guid id, RejectRequest request, Actor actor, TransferMembership transfers, CancellationToken ct) =>
                (await transfers.DecideAsync(actor, id, false, request.Reason, ct)).ToHttpResult(t => TypedResults.Ok(t)))
            .RequireAuthorization(Policies.Decide)
            .WithSummary("Refuse the transfer with a reason")
            .Produces<TransferSummary>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
