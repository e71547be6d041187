using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using UnionHome.Platform.Api;
using UnionHome.Platform.Errors;
using UnionHome.Platform.Organization;

namespace UnionHome.Membership.Enterprises;

internal static class EnterpriseMembersApi
{
    public static void MapEnterpriseMembersApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/v1/enterprises/{id:guid}/members", async (Guid id, [AsParameters] PageRequest paging, Actor actor, EnterpriseMembers members, CancellationToken ct) =>
                (await members.ListAsync(actor, id, paging, ct)).ToHttpResult(p => TypedResults.Ok(p)))
            .RequireAuthorization()
            .WithTags("Enterprise members")
            .WithSummary("The enterprise's workers who are members of its own union (or a union below it); those of regional and joint unions are not listed")
            .Produces<Paged<EnterpriseMember>>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
