using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using UnionHome.Platform.Errors;
using UnionHome.Platform.Regions;

namespace UnionHome.Platform.Api;

public sealed record RegionResponse(string Code, string Name, string? ParentCode, RegionLevel Level)
{
    public static RegionResponse From(Region r) => new(r.Code, r.Name, r.ParentCode, r.Level);
}

internal static class RegionsApi
{
    private static readonly Error UnknownRegion = Error.NotFound("region_not_found", "行政区划代码不存在");

    public static void MapRegionsApi(this IEndpointRouteBuilder routes)
    {
        var regions = routes.MapGroup("/api/v1/regions").WithTags("Regions").AllowAnonymous();

        regions.MapGet("/{code}", (string code, RegionDirectory directory) =>
                directory.Find(code) is { } region ? TypedResults.Ok(RegionResponse.From(region)) : UnknownRegion.ToProblem())
            .WithSummary("One GB/T 2260 region")
            .Produces<RegionResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        regions.MapGet("/{code}/children", (string code, [AsParameters] PageRequest paging, RegionDirectory directory) =>
                code == "86" || directory.Find(code) is not null
                    ? TypedResults.Ok(Paged<RegionResponse>.Of(directory.ChildrenOf(code).Select(RegionResponse.From), paging))
                    : UnknownRegion.ToProblem())
            .WithSummary("The regions directly under a region; 86 lists the provinces")
            .Produces<Paged<RegionResponse>>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
