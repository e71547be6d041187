using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using UnionHome.Platform.Data;
using UnionHome.Platform.Identity;

namespace UnionHome.Platform.Api;

public sealed record MeResponse(string UserId, string DisplayName, IReadOnlyList<string> Roles, Guid? OrgUnitId, Guid? EnterpriseId);

public sealed record InboxItem(Guid Id, string Title, string Body, DateTime CreatedAt, bool Read);

internal static class MeApi
{
    public static void MapMeApi(this IEndpointRouteBuilder routes)
    {
        var me = routes.MapGroup("/api/v1/me").WithTags("Me").RequireAuthorization();

        me.MapGet("/", (ClaimsPrincipal user) =>
            {
                var caller = Caller.From(user)!;
                return TypedResults.Ok(new MeResponse(caller.UserId, caller.DisplayName, [.. caller.Roles.Order(StringComparer.Ordinal)], caller.OrgUnitId, caller.EnterpriseId));
            })
            .WithSummary("Who am I: roles, union and enterprise");

        me.MapGet("/inbox", async (ClaimsPrincipal user, AppDbContext db, CancellationToken ct) =>
            {
                var userId = Caller.From(user)!.UserId;
                var items = await db.Notifications.AsNoTracking()
                    .Where(n => n.UserId == userId)
                    .OrderByDescending(n => n.CreatedAt)
                    .Take(50)
                    .Select(n => new InboxItem(n.Id, n.Title, n.Body, n.CreatedAt, n.ReadAt != null))
                    .ToListAsync(ct);
                return TypedResults.Ok(items);
            })
            .WithSummary("My in-app inbox, newest first");
    }
}
