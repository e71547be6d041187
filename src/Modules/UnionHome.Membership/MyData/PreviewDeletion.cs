using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using UnionHome.Membership.Data;
using UnionHome.Platform.Api;
using UnionHome.Platform.Data;
using UnionHome.Platform.Errors;
using UnionHome.Platform.Organization;
using UnionHome.Platform.PersonalData;

namespace UnionHome.Membership.MyData;

/// <summary>What processing a deletion request will erase, part by part, read before the officer confirms.</summary>
/// <param name="Sections">Every module's parts, including those with no records, so that the officer sees what was looked at.</param>
internal sealed record DeletionPreview(Guid RequestId, string UserId, string? Name, string Status, IReadOnlyList<ErasurePreviewSection> Sections);

internal sealed class PreviewDeletion(AppDbContext db, ErasurePreview preview)
{
    public async Task<Result<DeletionPreview>> PreviewAsync(Actor officer, Guid id, CancellationToken ct)
    {
        var request = await db.Set<DeletionRequest>().AsNoTracking().InScopeOf(officer, db.OrgUnits).SingleOrDefaultAsync(r => r.Id == id, ct);
        if (request is null)
        {
            return PersonalDataErrors.NotFound;
        }

        var name = await db.Set<Member>().Where(m => m.UserId == request.UserId && m.Status != MemberStatus.Erased).OrderByDescending(m => m.JoinedAt).Select(m => m.Name).FirstOrDefaultAsync(ct)
            ?? await db.Users.Where(u => u.Id == request.UserId).Select(u => u.DisplayName).FirstOrDefaultAsync(ct);
        var sections = await preview.OfAsync(request.UserId, ct);
        return new DeletionPreview(request.Id, request.UserId, name, request.Status == ApplicationStatus.Pending ? "pending" : "processed", sections);
    }
}

internal static class PreviewDeletionEndpoint
{
    public static void MapPreviewDeletion(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/v1/staff/deletion-requests/{id:guid}/preview", async (Guid id, Actor actor, PreviewDeletion deletion, CancellationToken ct) =>
                (await deletion.PreviewAsync(actor, id, ct)).ToHttpResult(r => TypedResults.Ok(r)))
            .RequireAuthorization(Policies.Staff)
            .WithTags("My data (PIPL)")
            .WithSummary("What processing the request will erase or anonymise, counted per part, without the records' content")
            .Produces<DeletionPreview>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
