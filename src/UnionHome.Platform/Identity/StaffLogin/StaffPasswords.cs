using Microsoft.AspNetCore.Identity;
using UnionHome.Platform.Audit;
using UnionHome.Platform.Data;
using UnionHome.Platform.Errors;

namespace UnionHome.Platform.Identity.StaffLogin;

/// <summary>Staff choose their own passwords: at the first sign-in after an administrator set one, and any time after.</summary>
public sealed class StaffPasswords(AppDbContext db, UserManager<AppUser> users, AuditLog audit)
{
    /// <summary>Why a new password cannot replace the current one, or null when it can.</summary>
    public static Error? Check(string? current, string? replacement) =>
        string.IsNullOrEmpty(replacement) ? StaffPasswordErrors.ChangeRequired
        : replacement == current ? StaffPasswordErrors.SameAsBefore
        : !PasswordRules.IsAcceptable(replacement) ? StaffPasswordErrors.WeakPassword
        : null;

    public async Task<Result<AppUser>> ChangeOwnAsync(string userId, string? current, string? replacement, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId);
        if (user?.PasswordHash is null || string.IsNullOrEmpty(current) || !await users.CheckPasswordAsync(user, current))
        {
            return StaffPasswordErrors.WrongCurrentPassword;
        }

        if (Check(current, replacement) is { } refused)
        {
            return refused;
        }

        Apply(users, user, replacement!);
        audit.Record(AuditActions.PasswordChanged, $"user:{user.Id}", "own", user.OrgUnitId);
        await db.SaveChangesAsync(cancellationToken);
        return user;
    }

    /// <summary>An administrator's reset: the account is unlocked and must choose its own password at the next sign-in.</summary>
    public async Task<Result<AppUser>> ResetAsync(string userName, string? replacement, CancellationToken cancellationToken)
    {
        var user = await users.FindByNameAsync(userName);
        if (user?.PasswordHash is null)
        {
            return StaffPasswordErrors.UnknownStaff;
        }

        if (!PasswordRules.IsAcceptable(replacement))
        {
            return StaffPasswordErrors.WeakPassword;
        }

        Apply(users, user, replacement!);
        user.MustChangePassword = true;
        user.LockoutEnd = null;
        user.AccessFailedCount = 0;
        audit.Record(AuditActions.PasswordReset, $"user:{user.Id}", user.UserName, user.OrgUnitId);
        await db.SaveChangesAsync(cancellationToken);
        return user;
    }

    /// <summary>Sets the hash on the tracked account; the caller's SaveChanges writes it with its audit line.</summary>
    internal static void Apply(UserManager<AppUser> users, AppUser user, string replacement)
    {
        user.PasswordHash = users.PasswordHasher.HashPassword(user, replacement);
        user.SecurityStamp = Guid.NewGuid().ToString("N");
        user.MustChangePassword = false;
    }
}
