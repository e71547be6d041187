using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using UnionHome.Membership.Data;
using UnionHome.Platform.Data;
using UnionHome.Platform.Errors;
using UnionHome.Platform.Organization;
using Member = UnionHome.Membership.Data.Member;

namespace UnionHome.Membership.MyData;

internal sealed record DeletionRequestBody(string? Reason);

/// <summary>
/// A person asks their union to erase their personal data (PIPL art. 47); one request at a time. Their own data, not
/// the tree's: anyone signed in may ask.
/// </summary>
internal sealed class RequestDeletion(AppDbContext db, TimeProvider time)
{
    public async Task<Result<DeletionRequestSummary>> RequestAsync(string userId, string? reason, CancellationToken ct)
    {
        var union = await db.Set<Member>().Where(m => m.UserId == userId && m.Status != MemberStatus.Erased).Select(m => m.OrgUnitId).FirstOrDefaultAsync(ct);
        var request = new DeletionRequest
        {
            Id = Guid.CreateVersion7(),
            UserId = userId,
            OrgUnitId = union,
            Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(),
            Status = ApplicationStatus.Pending,
            RequestedAt = time.GetUtcNow().UtcDateTime,
        };

        await using var transaction = await db.BeginWriteAsync(ct);
        db.Add(request);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The unique index on a person's pending request: one is already being handled.
            return PersonalDataErrors.DeletionPending;
        }

        await transaction.CommitAsync(ct);
        return new DeletionRequestSummary(request.Id, userId, null, "pending", request.RequestedAt, request.Reason);
    }
}

internal static class RequestDeletionEndpoint
{
    public static void MapRequestDeletion(this IEndpointRouteBuilder routes) =>
        routes.MapPost("/api/v1/me/deletion-request", async (DeletionRequestBody body, Actor actor, RequestDeletion deletion, CancellationToken ct) =>
                (await deletion.RequestAsync(actor.UserId, body.Reason, ct)).ToHttpResult(r => TypedResults.Created("/api/v1/me/data-export", r)))
            .RequireAuthorization()
            .WithTags("My data (PIPL)")
            .WithSummary("Ask the union to erase my personal data")
            .Produces<DeletionRequestSummary>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
