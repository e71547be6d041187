using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using UnionHome.Platform.Api;
using UnionHome.Platform.Organization;

namespace UnionHome.Cases.Pools;

/// <summary>
/// Expert and volunteer pools: owned by a union, shared down its subtree, so a district's case can go to a doctor
/// of the city's pool. And the duty switch that puts a staff member's console on the alert list of their unit.
/// </summary>
internal static class PoolsApi
{
    public static void MapPoolsApi(this IEndpointRouteBuilder routes)
    {
        var pools = routes.MapGroup("/api/v1/staff/pools").WithTags("Cases staff").RequireAuthorization(Policies.Staff);
        pools.MapGet("/", async ([AsParameters] PageRequest paging, Actor actor, PoolQueries queries, CancellationToken ct) =>
                TypedResults.Ok(await queries.UsableAsync(actor, paging, ct)))
            .WithSummary("Expert and volunteer pools I may assign cases to: my subtree's and those of the unions above me, by name")
            .Produces<Paged<PoolView>>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        pools.MapCreatePool();
        pools.MapAddPoolMember();
        routes.MapGoOnDuty();
    }
}
