using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using UnionHome.Cases.Stats;
using UnionHome.Platform.Api;
using UnionHome.Platform.Errors;
using UnionHome.Platform.Organization;

namespace UnionHome.Cases.Hotline;

internal static class HotlineApi
{
    public static void MapHotlineApi(this IEndpointRouteBuilder routes)
    {
        var calls = routes.MapGroup("/api/v1/staff/hotline-calls").WithTags("Cases staff").RequireAuthorization(Policies.Staff);
        calls.MapPost("/", async (NewHotlineCallRequest request, Actor actor, HotlineLog log, CancellationToken ct) =>
            {
                var result = await log.LogAsync(actor, request, ct);
                return result.Succeeded ? TypedResults.Created($"/api/v1/staff/hotline-calls/{result.Value.Id}", result.Value) : result.Error!.ToProblem();
            })
            .RequireAuthorization(Policies.Decide)
            .WithSummary("Log a hotline call, inbound or a proactive outbound one, for a union of my subtree (mine by default)")
            .Produces<HotlineCallView>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        calls.MapGet("/", async (string? from, string? to, [AsParameters] PageRequest paging, Actor actor, HotlineQueries queries, TimeProvider time, CancellationToken ct) =>
            {
                var period = ReportPeriod.Parse(from, to, time.GetUtcNow());
                return period.Succeeded
                    ? TypedResults.Ok(await queries.ListAsync(actor, period.Value, paging, ct))
                    : period.Error!.ToProblem();
            })
            .WithSummary("Calls of my subtree started in [from, to) (Beijing dates, yyyy-MM-dd; default this month), newest first, 50 a page unless pageSize says otherwise")
            .Produces<Paged<HotlineCallView>>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        calls.MapGet("/stats", async (string? from, string? to, Actor actor, HotlineQueries queries, TimeProvider time, CancellationToken ct) =>
            {
                var period = ReportPeriod.Parse(from, to, time.GetUtcNow());
                return period.Succeeded
                    ? TypedResults.Ok(await queries.StatsAsync(actor, period.Value, ct))
                    : period.Error!.ToProblem();
            })
            .WithSummary("Calls of my subtree in [from, to): total, inbound and outbound, per category with its percentage (one decimal), average duration")
            .Produces<HotlineStats>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
    }
}
