using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using UnionHome.Platform.Data;
using UnionHome.Platform.Errors;
using UnionHome.Platform.Organization;

namespace UnionHome.Platform.Api;

public sealed record OrgUnitResponse(Guid Id, string Code, string Name, OrgUnitKind Kind, Guid? ParentId, string RegionCode, string? CreditCode, int Depth)
{
    public static OrgUnitResponse From(OrgUnit u) => new(u.Id, u.Code, u.Name, u.Kind, u.ParentId, u.RegionCode, u.CreditCode, u.Depth);
}

internal static class OrgUnitsApi
{
    public static void MapOrgUnitsApi(this IEndpointRouteBuilder routes)
    {
        var units = routes.MapGroup("/api/v1/org-units").WithTags("Org units").RequireAuthorization();

        units.MapGet("/", async ([AsParameters] PageRequest paging, Actor actor, AppDbContext db, CancellationToken ct) =>
            {
                var page = await db.OrgUnits.AsNoTracking().VisibleTo(actor).OrderBy(u => u.Path).ToPageAsync(paging, ct);
                return TypedResults.Ok(page.Select(OrgUnitResponse.From));
            })
            .WithSummary("Every union the caller may see, the tree top-down")
            .Produces<Paged<OrgUnitResponse>>();

        units.MapGet("/{id:guid}", async (Guid id, Actor actor, AppDbContext db, CancellationToken ct) =>
            {
                var unit = await db.OrgUnits.AsNoTracking().VisibleTo(actor).SingleOrDefaultAsync(u => u.Id == id, ct);
                return unit is null ? ScopeErrors.UnitNotFound.ToProblem() : TypedResults.Ok(OrgUnitResponse.From(unit));
            })
            .WithSummary("One union; 404 outside the caller's scope")
            .Produces<OrgUnitResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        units.MapGet("/{id:guid}/children", async (Guid id, [AsParameters] PageRequest paging, Actor actor, AppDbContext db, CancellationToken ct) =>
            {
                var visible = db.OrgUnits.AsNoTracking().VisibleTo(actor);
                if (!await visible.AnyAsync(u => u.Id == id, ct))
                {
                    return ScopeErrors.UnitNotFound.ToProblem();
                }

                var children = await visible.Where(u => u.ParentId == id).OrderBy(u => u.Name).ThenBy(u => u.Id).ToPageAsync(paging, ct);
                return TypedResults.Ok(children.Select(OrgUnitResponse.From));
            })
            .WithSummary("The unions directly under one union; 404 outside the caller's scope")
            .Produces<Paged<OrgUnitResponse>>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
