using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using UnionHome.Platform.Administration;
using UnionHome.Platform.Audit;
using UnionHome.Platform.Data;
using UnionHome.Platform.Encryption;
using UnionHome.Platform.Errors;
using UnionHome.Platform.Identity;
using UnionHome.Platform.Identity.StaffLogin;
using UnionHome.Platform.Organization;
using UnionHome.Platform.Validation;

namespace UnionHome.Platform.Api;

public sealed record UserSummary(string Id, string UserName, string DisplayName, Guid? OrgUnitId, string? PhoneMasked, bool HasTotp, bool LockedOut);

public sealed record RevealedPhone(string Phone);

/// <summary>The path of the one-time link, to hand to the person out of band; shown once, stored only as a hash.</summary>
public sealed record TotpEnrolmentLinkResponse(string Path, DateTimeOffset ExpiresAt);

public sealed record MoveUserRequest(Guid? OrgUnitId);

public sealed record SetRolesRequest(IReadOnlyList<string>? Roles);

public sealed record UserRoles(string UserId, IReadOnlyList<string> Roles);

internal static class UsersApi
{
    public static void MapUsersApi(this IEndpointRouteBuilder routes)
    {
        var users = routes.MapGroup("/api/v1/users").WithTags("Users").RequireAuthorization(Policies.Staff);

        users.MapGet("/", async ([AsParameters] PageRequest paging, Actor actor, AppDbContext db, FieldCipher cipher, TimeProvider time, CancellationToken ct) =>
            {
                var now = time.GetUtcNow();
                var page = await db.Users.AsNoTracking().InScopeOf(actor, db.OrgUnits).OrderBy(u => u.UserName).ToPageAsync(paging, ct);
                return TypedResults.Ok(page.Select(u => new UserSummary(
                    u.Id,
                    u.UserName!,
                    u.DisplayName,
                    u.OrgUnitId,
                    u.PhoneCipher is null ? null : MobilePhone.Parse(cipher.Decrypt<AppUser>(u.PhoneCipher, nameof(AppUser.PhoneCipher), u.Id)).Masked,
                    u.HasTotp,
                    u.DisabledAt != null || u.LockoutEnd > now)));
            })
            .WithSummary("People attached to unions in the caller's subtree; phones masked");

        users.MapGet("/{id}/phone", async (string id, Actor actor, AppDbContext db, FieldCipher cipher, AuditLog audit, CancellationToken ct) =>
            {
                var user = await db.Users.AsNoTracking().InScopeOf(actor, db.OrgUnits).SingleOrDefaultAsync(u => u.Id == id, ct);
                if (user?.PhoneCipher is null)
                {
                    return CommonErrors.NotFound.ToProblem();
                }

                await audit.RecordRevealAsync("phone", $"user:{user.Id}", user.OrgUnitId, ct);
                return TypedResults.Ok(new RevealedPhone(cipher.Decrypt<AppUser>(user.PhoneCipher, nameof(AppUser.PhoneCipher), user.Id)));
            })
            .WithSummary("Reveal one person's full phone number; every reveal is audited")
            .Produces<RevealedPhone>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        users.MapPost("/{id}/totp-enrolment-link", async (string id, Actor actor, TotpEnrolmentLinks links, CancellationToken ct) =>
                (await links.IssueAsync(actor, id, ct)).ToHttpResult(link => TypedResults.Ok(new TotpEnrolmentLinkResponse(link.Path, link.ExpiresAt))))
            .RequireAuthorization(Policies.Admin)
            .WithName("issueTotpEnrolmentLink")
            .WithSummary("Administrators issue a one-time link (24 hours) with which the person binds a new authenticator; audited")
            .Produces<TotpEnrolmentLinkResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        users.MapPut("/{id}/org-unit", async (string id, MoveUserRequest request, Actor actor, AccountAdministration accounts, CancellationToken ct) =>
                (await accounts.MoveToUnitAsync(actor, id, request.OrgUnitId, ct)).ToHttpResult(_ => TypedResults.NoContent()))
            .RequireAuthorization(Policies.Admin)
            .WithSummary("Move an account to another unit of the admin's subtree: the unit its staff rights follow; audited, ends its sessions")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound);

        users.MapPut("/{id}/roles", async (string id, SetRolesRequest request, Actor actor, AccountAdministration accounts, CancellationToken ct) =>
                (await accounts.SetRolesAsync(actor, id, request.Roles, ct)).ToHttpResult(roles => TypedResults.Ok(new UserRoles(id, roles))))
            .RequireAuthorization(Policies.Admin)
            .WithSummary("Replace an account's roles (staff roles need a password and authenticator account); audited, ends its sessions")
            .Produces<UserRoles>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        users.MapPost("/{id}/disable", async (string id, Actor actor, AccountAdministration accounts, CancellationToken ct) =>
                (await accounts.SetDisabledAsync(actor, id, disabled: true, ct)).ToHttpResult(_ => TypedResults.NoContent()))
            .RequireAuthorization(Policies.Admin)
            .WithSummary("Disable an account: it cannot sign in and its sessions end; audited")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound);

        users.MapPost("/{id}/enable", async (string id, Actor actor, AccountAdministration accounts, CancellationToken ct) =>
                (await accounts.SetDisabledAsync(actor, id, disabled: false, ct)).ToHttpResult(_ => TypedResults.NoContent()))
            .RequireAuthorization(Policies.Admin)
            .WithSummary("Enable a disabled account again; audited")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
