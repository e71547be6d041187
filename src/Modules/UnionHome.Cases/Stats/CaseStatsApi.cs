using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using UnionHome.Platform.Api;
using UnionHome.Platform.Errors;
using UnionHome.Platform.Organization;

namespace UnionHome.Cases.Stats;

internal static class CaseStatsApi
{
    public static void MapCaseStatsApi(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/v1/staff/cases/stats", async (string? from, string? to, Guid? orgUnitId, Actor actor, CaseStatistics statistics, TimeProvider time, CancellationToken ct) =>
            {
                var period = ReportPeriod.Parse(from, to, time.GetUtcNow());
                if (!period.Succeeded)
                {
                    return period.Error!.ToProblem();
                }

                var report = await statistics.ReportAsync(actor, orgUnitId, period.Value, ct);
                return report.Succeeded ? TypedResults.Ok(report.Value) : report.Error!.ToProblem();
            })
            .WithTags("Cases staff")
            .RequireAuthorization(Policies.Staff)
            .WithSummary("Cases filed in [from, to) (Beijing dates; default this month) in a unit's subtree (mine by default) and in each of its direct children's: by status, SLA compliance, median first response, satisfaction")
            .Produces<CaseStatsReport>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
