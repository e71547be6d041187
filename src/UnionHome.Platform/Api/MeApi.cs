using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using UnionHome.Platform.Data;
using UnionHome.Platform.Errors;
using UnionHome.Platform.Identity.StaffLogin;
using UnionHome.Platform.Organization;

namespace UnionHome.Platform.Api;

public sealed record MeResponse(string UserId, string DisplayName, IReadOnlyList<string> Roles, Guid? OrgUnitId, Guid? EnterpriseId);

public sealed record PasswordChangeRequest(string? CurrentPassword, string? NewPassword);

public sealed record InboxItem(Guid Id, string Title, string Body, DateTime CreatedAt, bool Read);

internal static class MeApi
{
    public static void MapMeApi(this IEndpointRouteBuilder routes)
    {
        var me = routes.MapGroup("/api/v1/me").WithTags("Me").RequireAuthorization();

        me.MapGet("/", (Actor actor) =>
            {
                var caller = actor.Caller;
                return TypedResults.Ok(new MeResponse(caller.UserId, caller.DisplayName, [.. caller.Roles.Order(StringComparer.Ordinal)], caller.OrgUnitId ?? actor.MemberUnionId, caller.EnterpriseId));
            })
            .WithSummary("Who am I: roles, union and enterprise");

        me.MapGet("/inbox", async ([AsParameters] PageRequest paging, Actor actor, AppDbContext db, CancellationToken ct) =>
            {
                var userId = actor.UserId;
                var page = await db.Notifications.AsNoTracking()
                    .Where(n => n.UserId == userId)
                    .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
                    .Select(n => new InboxItem(n.Id, n.Title, n.Body, n.CreatedAt, n.ReadAt != null))
                    .ToPageAsync(paging, ct);
                return TypedResults.Ok(page);
            })
            .WithSummary("My in-app inbox, newest first")
            .Produces<Paged<InboxItem>>();

        me.MapPost("/password", async (PasswordChangeRequest request, Actor actor, StaffPasswords passwords, CancellationToken ct) =>
                (await passwords.ChangeOwnAsync(actor.UserId, request.CurrentPassword, request.NewPassword, ct)).ToHttpResult(_ => TypedResults.NoContent()))
            .RequireAuthorization(Policies.PasswordHolder)
            .WithName("changeMyPassword")
            .WithSummary("Staff change their own password, giving the current one")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status400BadRequest);
    }
}
