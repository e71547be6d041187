using Microsoft.EntityFrameworkCore;
using UnionHome.Platform.Audit;
using UnionHome.Platform.Data;
using UnionHome.Platform.Errors;
using UnionHome.Platform.Identity;
using UnionHome.Platform.Organization;

namespace UnionHome.Platform.Administration;

/// <summary>
/// The only ways an account's authorization changes after it is created: an administrator moves it to another unit of
/// their subtree, or disables or enables it. Each is audited and ends the account's sessions.
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
