using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using UnionHome.Membership.Data;
using UnionHome.Platform.Api;
using UnionHome.Platform.Data;
using UnionHome.Platform.Organization;

namespace UnionHome.Membership.MyData;

internal sealed record DeletionRequestSummary(Guid Id, string UserId, string? Name, string Status, DateTime RequestedAt, string? Reason);

/// <summary>Deletion requests the scope's officers handle: pending ones oldest first, processed ones latest first.</summary>
internal sealed class DeletionRequests(AppDbContext db)
{
    public Task<Paged<DeletionRequestSummary>> InScopeAsync(Actor actor, ApplicationStatus status, PageRequest paging, CancellationToken ct)
    {
        var requests = db.Set<DeletionRequest>().AsNoTracking().InScopeOf(actor, db.OrgUnits).Where(r => r.Status == status);
        var ordered = status == ApplicationStatus.Pending
            ? requests.OrderBy(r => r.RequestedAt).ThenBy(r => r.Id)
            : requests.OrderByDescending(r => r.ProcessedAt).ThenByDescending(r => r.Id);
        return ordered
            .Select(r => new DeletionRequestSummary(
                r.Id, r.UserId,
                // The name the officer knows the person by: their membership's, since joining never renames the account.
                db.Set<Member>().Where(m => m.UserId == r.UserId && m.Status != MemberStatus.Erased).OrderByDescending(m => m.JoinedAt).Select(m => m.Name).FirstOrDefault()
                    ?? db.Users.Where(u => u.Id == r.UserId).Select(u => u.DisplayName).FirstOrDefault(),
                r.Status == ApplicationStatus.Pending ? "pending" : "processed", r.RequestedAt, r.Reason))
            .ToPageAsync(paging, ct);
    }
}

internal static class DeletionRequestsEndpoint
{
    public static void MapDeletionRequests(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/v1/staff/deletion-requests", async ([AsParameters] PageRequest paging, Actor actor, DeletionRequests requests, CancellationToken ct) =>
                TypedResults.Ok(await requests.InScopeAsync(actor, ApplicationStatus.Pending, paging, ct)))
            .RequireAuthorization(Policies.Staff)
            .WithTags("My data (PIPL)")
            .WithSummary("Deletion requests of members of my subtree (of people in no union: platform admins), oldest first")
            .Produces<Paged<DeletionRequestSummary>>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
}
