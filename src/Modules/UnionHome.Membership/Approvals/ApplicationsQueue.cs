using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using UnionHome.Membership.Data;
using UnionHome.Membership.Joining;
using UnionHome.Platform.Api;
using UnionHome.Platform.Data;
using UnionHome.Platform.Organization;

namespace UnionHome.Membership.Approvals;

/// <param name="WorkerType">employee, gig, seafarer, migrant or other.</param>
/// <param name="IdentityConflict">Another application or a member holds the same ID number: find out whose it is before approving.</param>
internal sealed record ApplicationSummary(
    Guid Id, string Name, string IdNumberMasked, string WorkerType, string WorkRegionCode, RoutedTo RoutedTo, string Status, string Source, DateTime SubmittedAt, string? RejectionReason, bool IdentityConflict);

/// <summary>The applications routed to unions of the caller's subtree, oldest first: the queue the officers work in order.</summary>
internal sealed class ApplicationsQueue(AppDbContext db)
{
    public Task<Paged<ApplicationSummary>> InScopeAsync(Actor actor, ApplicationStatus status, Guid? orgUnitId, PageRequest paging, CancellationToken ct)
    {
        var applications = db.Set<MembershipApplication>().AsNoTracking().InScopeOf(actor, db.OrgUnits).Where(a => a.Status == status);
        if (orgUnitId is { } unit)
        {
            applications = applications.Where(a => a.OrgUnitId == unit);
        }

        return applications.OrderBy(a => a.SubmittedAt).ThenBy(a => a.Id)
            .Select(a => new ApplicationSummary(
                a.Id, a.Name, a.ResidentIdMasked, a.WorkerType.ToString().ToLower(), a.WorkRegionCode,
                new RoutedTo(a.OrgUnitId!.Value, db.OrgUnits.Where(u => u.Id == a.OrgUnitId).Select(u => u.Name).First(), a.RoutingReason),
                a.Status.ToString().ToLower(), WireJson.NameOf(a.Source), a.SubmittedAt, a.RejectionReason, a.IdentityConflict))
            .ToPageAsync(paging, ct);
    }
}

internal static class ApplicationsQueueEndpoint
{
    public static void MapApplicationsQueue(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/v1/staff/applications", async (string? status, Guid? orgUnitId, [AsParameters] PageRequest paging, Actor actor, ApplicationsQueue queue, CancellationToken ct) =>
            {
                var wanted = Enum.TryParse<ApplicationStatus>(status, ignoreCase: true, out var parsed) ? parsed : ApplicationStatus.Pending;
                return TypedResults.Ok(await queue.InScopeAsync(actor, wanted, orgUnitId, paging, ct));
            })
            .RequireAuthorization(Policies.Staff)
            .WithTags("Membership staff")
            .WithSummary("Applications routed to unions in my subtree, oldest first; orgUnitId narrows to one union")
            .Produces<Paged<ApplicationSummary>>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
}
