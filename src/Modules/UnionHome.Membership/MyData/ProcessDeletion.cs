using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using UnionHome.Membership.Data;
using UnionHome.Platform.Api;
using UnionHome.Platform.Audit;
using UnionHome.Platform.Data;
using UnionHome.Platform.Identity;
using UnionHome.Platform.Errors;
using UnionHome.Platform.Organization;
using UnionHome.Platform.PersonalData;

namespace UnionHome.Membership.MyData;

/// <summary>
/// An officer erases the person in every module, in one write transaction with the request's own change and its audit
/// entry: a module that fails leaves nothing erased and the request pending. Two officers pressing at once erase once.
/// </summary>
internal sealed class ProcessDeletion(AppDbContext db, AuditLog audit, PersonalDataErasure erasure, SecurityStamps stamps, TimeProvider time)
{
    public async Task<Result<DeletionRequestSummary>> ProcessAsync(Actor officer, Guid id, CancellationToken ct)
    {
        if (officer.EnsureCanWrite() is { } refused)
        {
            return refused;
        }

        var request = await db.Set<DeletionRequest>().AsNoTracking().InScopeOf(officer, db.OrgUnits).SingleOrDefaultAsync(r => r.Id == id, ct);
        if (request is null)
        {
            return PersonalDataErrors.NotFound;
        }

        var now = time.GetUtcNow().UtcDateTime;
        await using var transaction = await db.BeginWriteAsync(ct);
        var claimed = await db.Set<DeletionRequest>().Where(r => r.Id == id && r.Status == ApplicationStatus.Pending).ExecuteUpdateAsync(
            s => s.SetProperty(r => r.Status, ApplicationStatus.Approved).SetProperty(r => r.ProcessedBy, officer.UserId).SetProperty(r => r.ProcessedAt, now),
            ct);
        if (claimed == 0)
        {
            return PersonalDataErrors.AlreadyProcessed;
        }

        await erasure.EraseAsync(request.UserId, ct);

        // The reason is the person's own words: it stays on the request, not in the audit log.
        audit.Record("personal_data.erased", $"user:{request.UserId}", $"deletion_request:{request.Id}", request.OrgUnitId);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        await stamps.BumpAsync(request.UserId, ct);
        return new DeletionRequestSummary(request.Id, request.UserId, PersonalDataErasure.ErasedName, "processed", request.RequestedAt, request.Reason);
    }
}

internal static class ProcessDeletionEndpoint
{
    public static void MapProcessDeletion(this IEndpointRouteBuilder routes) =>
        routes.MapPost("/api/v1/staff/deletion-requests/{id:guid}/process", async (Guid id, Actor actor, ProcessDeletion deletion, CancellationToken ct) =>
                (await deletion.ProcessAsync(actor, id, ct)).ToHttpResult(r => TypedResults.Ok(r)))
            .RequireAuthorization(Policies.Staff)
            .RequireAuthorization(Policies.Decide)
            .WithTags("My data (PIPL)")
            .WithSummary("Erase the person's personal fields; statistics keep union, worker type, region and dates")
            .Produces<DeletionRequestSummary>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
