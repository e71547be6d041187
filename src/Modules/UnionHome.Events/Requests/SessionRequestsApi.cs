using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using UnionHome.Events.Data;
using UnionHome.Platform.Api;
using UnionHome.Platform.Errors;
using UnionHome.Platform.Organization;

namespace UnionHome.Events.Requests;

internal static class SessionRequestsApi
{
    public static void MapSessionRequestsApi(this IEndpointRouteBuilder routes)
    {
        var menu = routes.MapGroup("/api/v1/staff/menu-items").WithTags("Session requests staff").RequireAuthorization(Policies.Staff);
        menu.MapPost("/", async (NewMenuItemRequest request, Actor actor, Menu items, CancellationToken ct) =>
                (await items.AddAsync(actor, request, ct)).ToHttpResult(i => TypedResults.Created($"/api/v1/staff/menu-items#{i.Id}", i)))
            .RequireAuthorization(Policies.Decide)
            .WithSummary("Put a session on a union's menu (菜单式服务): a safety-training topic, a psychological lecture that enterprises may ask for")
            .Produces<MenuItemView>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        menu.MapGet("/", async ([AsParameters] PageRequest paging, Actor actor, Menu items, CancellationToken ct) =>
                TypedResults.Ok(await items.ManagedAsync(actor, paging, ct)))
            .WithSummary("The menus of the unions of my subtree, items still offered first")
            .Produces<Paged<MenuItemView>>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        menu.MapPost("/{id:guid}/deactivate", async (Guid id, Actor actor, Menu items, CancellationToken ct) =>
                (await items.WithdrawAsync(actor, id, ct)).ToHttpResult(i => TypedResults.Ok(i)))
            .RequireAuthorization(Policies.Decide)
            .WithSummary("Take an item off the menu; requests already made keep their course")
            .Produces<MenuItemView>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        var enterprise = routes.MapGroup("/api/v1/enterprises/{id:guid}").WithTags("Session requests").RequireAuthorization();
        enterprise.MapGet("/menu", async (Guid id, [AsParameters] PageRequest paging, Actor actor, RequestSession requests, CancellationToken ct) =>
                (await requests.MenuAsync(actor, id, paging, ct)).ToHttpResult(m => TypedResults.Ok(m)))
            .WithSummary("What the enterprise may ask for: the menus of its union and every union above it, or of the federations of its region when it has no union")
            .Produces<Paged<MenuItemView>>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        enterprise.MapPost("/session-requests", async (Guid id, RequestFromMenu request, Actor actor, RequestSession requests, CancellationToken ct) =>
                (await requests.SubmitAsync(actor, id, request, ct)).ToHttpResult(r => TypedResults.Created($"/api/v1/enterprises/{id}/session-requests#{r.Id}", r)))
            .WithSummary("Ask for a session from the menu, with preferred dates and headcount; the offering union schedules or declines it")
            .Produces<SessionRequestView>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        enterprise.MapGet("/session-requests", async (Guid id, [AsParameters] PageRequest paging, Actor actor, RequestSession requests, CancellationToken ct) =>
                (await requests.OfEnterpriseAsync(actor, id, paging, ct)).ToHttpResult(r => TypedResults.Ok(r)))
            .WithSummary("The enterprise's requests, newest first, each with its status and the session it was scheduled as")
            .Produces<Paged<SessionRequestView>>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        var staff = routes.MapGroup("/api/v1/staff/session-requests").WithTags("Session requests staff").RequireAuthorization(Policies.Staff);
        staff.MapGet("/", async (string? status, [AsParameters] PageRequest paging, Actor actor, SessionRequestQueries queries, CancellationToken ct) =>
            {
                var wanted = Names.TryParse<SessionRequestStatus>(status, out var parsed) ? parsed : SessionRequestStatus.Pending;
                return TypedResults.Ok(await queries.InScopeAsync(actor, wanted, paging, ct));
            })
            .WithSummary("Requests to the unions of my subtree in one status (pending when not given; scheduled, declined), oldest first")
            .Produces<Paged<SessionRequestView>>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        staff.MapPost("/{id:guid}/schedule", async (Guid id, ScheduleRequest request, Actor actor, DecideSessionRequest decide, CancellationToken ct) =>
                (await decide.ScheduleAsync(actor, id, request, ct)).ToHttpResult(r => TypedResults.Ok(r)))
            .RequireAuthorization(Policies.Decide)
            .WithSummary("Schedule a pending request: publishes one session of the item's kind, organised by the offering union, that only the enterprise's members may book")
            .Produces<SessionRequestView>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        staff.MapPost("/{id:guid}/decline", async (Guid id, DeclineRequest request, Actor actor, DecideSessionRequest decide, CancellationToken ct) =>
                (await decide.DeclineAsync(actor, id, request, ct)).ToHttpResult(r => TypedResults.Ok(r)))
            .RequireAuthorization(Policies.Decide)
            .WithSummary("Decline a pending request with a reason the enterprise is told")
            .Produces<SessionRequestView>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
