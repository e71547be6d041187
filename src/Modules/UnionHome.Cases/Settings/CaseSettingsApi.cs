using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using UnionHome.Platform.Api;
using UnionHome.Platform.Organization;

namespace UnionHome.Cases.Settings;

/// <summary>
/// What a union configures for its cases: its own SLA targets (else its parents', else the platform's), the
/// specialised desks cases of a category go to, and the duty phone that hears emergency medical cases.
/// Everything here applies to a union of the caller's subtree, and every change is audited.
/// </summary>
internal static class CaseSettingsApi
{
    public static void MapCaseSettingsApi(this IEndpointRouteBuilder routes)
    {
        var settings = routes.MapGroup("/api/v1/staff/case-settings").WithTags("Cases staff").RequireAuthorization(Policies.Staff);
        settings.MapGet("/sla-policies", async ([AsParameters] PageRequest paging, Actor actor, CaseSettingsQueries queries, CancellationToken ct) =>
                TypedResults.Ok(await queries.SlaPoliciesAsync(actor, paging, ct)))
            .WithSummary("SLA policies that apply in my part of the tree (the platform's when orgUnitId is null); the built-in defaults apply where none is set")
            .Produces<Paged<SlaPolicyView>>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        settings.MapSetSlaPolicy();
        settings.MapGet("/desks", async ([AsParameters] PageRequest paging, Actor actor, CaseSettingsQueries queries, CancellationToken ct) =>
                TypedResults.Ok(await queries.DesksAsync(actor, paging, ct)))
            .WithSummary("Specialised desks configured in my subtree")
            .Produces<Paged<DeskView>>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        settings.MapAddDesk();
        settings.MapSetDutyPhone();
    }
}
