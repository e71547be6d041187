using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using UnionHome.Platform.Api;
using UnionHome.Platform.Errors;
using UnionHome.Platform.Organization;

namespace UnionHome.Events.Lottery;

internal static class LotteryApi
{
    public static void MapLotteryApi(this IEndpointRouteBuilder routes)
    {
        var staff = routes.MapGroup("/api/v1/staff/events/{id:guid}/lottery").WithTags("Events staff").RequireAuthorization(Policies.Staff).RequireAuthorization(Policies.Decide);
        staff.MapPost("/commit", async (Guid id, LotteryCommitRequest? request, Actor actor, RunLottery lottery, CancellationToken ct) =>
                (await lottery.CommitAsync(actor, id, request ?? new LotteryCommitRequest(null), ct)).ToHttpResult(l => TypedResults.Ok(l)))
            .WithSummary("Publish the SHA-256 of the draw's seed before registration closes, once: the organiser's own, or one the server makes and keeps")
            .Produces<LotteryCheckView>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        staff.MapPost("/draw", async (Guid id, LotteryDrawRequest? request, Actor actor, RunLottery lottery, CancellationToken ct) =>
                (await lottery.DrawAsync(actor, id, request ?? new LotteryDrawRequest(null), ct)).ToHttpResult(l => TypedResults.Ok(l)))
            .WithSummary("Draw once registration has closed: reveal the seed, confirm the first places of each session, waitlist the rest in draw order")
            .Produces<LotteryCheckView>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        routes.MapGet("/api/v1/events/{id:guid}/lottery", async (Guid id, LotteryQueries queries, CancellationToken ct) =>
                await queries.CheckAsync(id, ct) is { } check ? TypedResults.Ok(check) : LotteryErrors.LotteryNotFound.ToProblem())
            .AllowAnonymous()
            .WithTags("Events")
            .WithSummary("Anyone's check of a lottery: the committed hash, the revealed seed and every ticket (booking id) in draw order, without names")
            .Produces<LotteryCheckView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
