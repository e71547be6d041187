using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using UnionHome.Platform.Api;
using UnionHome.Platform.Errors;
using UnionHome.Platform.Organization;

namespace UnionHome.Events.Recuperation;

internal static class RecuperationBasesApi
{
    public static void MapRecuperationBasesApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/v1/staff/recuperation-bases", async (NewRecuperationBaseRequest request, Actor actor, RecuperationBases bases, CancellationToken ct) =>
                (await bases.RegisterAsync(actor, request, ct)).ToHttpResult(b => TypedResults.Created($"/api/v1/recuperation-bases#{b.Id}", b)))
            .RequireAuthorization(Policies.Decide)
            .WithTags("Events staff")
            .WithSummary("Register a recuperation base (疗休养基地) of a union of my subtree: name, address and how many guests it takes")
            .Produces<RecuperationBaseEntry>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        routes.MapGet("/api/v1/recuperation-bases", async ([AsParameters] PageRequest paging, RecuperationBases bases, CancellationToken ct) =>
                TypedResults.Ok(await bases.AllAsync(paging, ct)))
            .RequireAuthorization()
            .WithTags("Events")
            .WithSummary("Every recuperation base, with its union, address and capacity; a trip names the one it goes to")
            .Produces<Paged<RecuperationBaseEntry>>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
    }
}
