using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using UnionHome.Platform.Audit;
using UnionHome.Platform.Data;
using UnionHome.Platform.Errors;
using UnionHome.Platform.Identity;
using UnionHome.Platform.Organization;

namespace UnionHome.Platform.Administration;

/// <summary>
/// The only ways an account's authorization changes after it is created: an administrator moves it to another unit of
/// their subtree, changes its roles, or disables or enables it. Each is audited and ends the account's sessions.
/// </summary>
public sealed class AccountAdministration(AppDbContext db, AuditLog audit, SecurityStamps stamps, TimeProvider time)
{
    public async Task<Result<AppUser>> MoveToUnitAsync(Actor admin, string userId, Guid? orgUnitId, CancellationToken cancellationToken)
    {
        var user = await InScopeAsync(admin, userId, cancellationToken);
        if (!user.Succeeded)
        {
            return user.Error;
        }

        var unit = await admin.ManagedUnitAsync(db, orgUnitId, cancellationToken);
        if (!unit.Succeeded)
        {
            return unit.Error;
        }

        var from = user.Value.OrgUnitId;
        user.Value.OrgUnitId = unit.Value.Id;
        audit.Record(AuditActions.UserUnitChanged, $"user:{userId}", $"{from} -> {unit.Value.Id}", unit.Value.Id);
        await db.SaveChangesAsync(cancellationToken);
        await stamps.BumpAsync(userId, cancellationToken);
        return user.Value;
    }

    /// <summary>
    /// Replaces the account's roles. Staff roles need an account that signs in with a password and authenticator; an
    /// account that signs in by SMS is a member and nothing else, and a liaison needs the enterprise it speaks for.
    /// </summary>
    public async Task<Result<IReadOnlyList<string>>> SetRolesAsync(Actor admin, string userId, IReadOnlyList<string>? roles, CancellationToken cancellationToken)
    {
        var user = await InScopeAsync(admin, userId, cancellationToken);
        if (!user.Succeeded)
        {
            return user.Error;
        }

        var wanted = (roles ?? []).Select(r => r.Trim()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var refused = wanted.Count == 0 ? AdministrationErrors.RolesRequired
            : !wanted.All(Roles.IsKnown) ? AdministrationErrors.UnknownRole
            : user.Value.PasswordHash is null && wanted is not [Roles.Member] ? AdministrationErrors.RoleNeedsStaffAccount
            : user.Value.PasswordHash is not null && wanted.Contains(Roles.Member) ? AdministrationErrors.MemberRoleForStaffAccount
            : wanted.Contains(Roles.EnterpriseLiaison) && user.Value.EnterpriseId is null ? AdministrationErrors.LiaisonNeedsEnterprise
            : null;
        if (refused is not null)
        {
            return refused;
        }

        var held = await db.UserRoles.Where(ur => ur.UserId == userId)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { Link = ur, r.Name })
            .ToListAsync(cancellationToken);
        var before = held.Select(h => h.Name!).Order(StringComparer.Ordinal).ToList();
        if (before.SequenceEqual(wanted))
        {
            return wanted;
        }

        db.UserRoles.RemoveRange(held.Where(h => !wanted.Contains(h.Name!)).Select(h => h.Link));
        foreach (var name in wanted.Except(before))
        {
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = userId, RoleId = await RoleIdAsync(name, cancellationToken) });
        }

        audit.Record(AuditActions.UserRolesChanged, $"user:{userId}", $"{string.Join(",", before)} -> {string.Join(",", wanted)}", user.Value.OrgUnitId);
        await db.SaveChangesAsync(cancellationToken);
        await stamps.BumpAsync(userId, cancellationToken);
        return wanted;
    }

    public async Task<Result<AppUser>> SetDisabledAsync(Actor admin, string userId, bool disabled, CancellationToken cancellationToken)
    {
        var user = await InScopeAsync(admin, userId, cancellationToken);
        if (!user.Succeeded)
        {
            return user.Error;
        }

        user.Value.DisabledAt = disabled ? time.GetUtcNow().UtcDateTime : null;
        audit.Record(disabled ? AuditActions.UserDisabled : AuditActions.UserEnabled, $"user:{userId}", user.Value.UserName, user.Value.OrgUnitId);
        await db.SaveChangesAsync(cancellationToken);
        await stamps.BumpAsync(userId, cancellationToken);
        return user.Value;
    }

    /// <summary>The role's id, creating the role the first time any account is given it.</summary>
    private async Task<string> RoleIdAsync(string name, CancellationToken cancellationToken)
    {
        var normalized = name.ToUpperInvariant();
        if (await db.Roles.Where(r => r.NormalizedName == normalized).Select(r => r.Id).SingleOrDefaultAsync(cancellationToken) is { } id)
        {
            return id;
        }

        var role = new IdentityRole(name) { NormalizedName = normalized };
        db.Roles.Add(role);
        return role.Id;
    }

    private async Task<Result<AppUser>> InScopeAsync(Actor admin, string userId, CancellationToken cancellationToken)
    {
        if (admin.EnsureCanWrite() is { } refused)
        {
            return refused;
        }

        var user = await db.Users.InScopeOf(admin, db.OrgUnits).SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        return user is null || user.Id == admin.UserId ? CommonErrors.NotFound : user;
    }
}
