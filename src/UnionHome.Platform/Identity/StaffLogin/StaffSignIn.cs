using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using UnionHome.Platform.Audit;
using UnionHome.Platform.Data;
using UnionHome.Platform.Encryption;
using UnionHome.Platform.Errors;

namespace UnionHome.Platform.Identity.StaffLogin;

public sealed class DemoOptions
{
    /// <summary>Lets staff without an enrolled authenticator sign in with a password alone. Demo only; off by default.</summary>
    public bool SkipStaffTotp { get; set; }

    public bool SeedOnStart { get; set; }
}

/// <summary>Password plus TOTP, with lockout after repeated failures.</summary>
public sealed class StaffSignIn(
    AppDbContext db,
    UserManager<AppUser> users,
    FieldCipher cipher,
    Totp totp,
    AuditLog audit,
    IOptions<DemoOptions> demo,
    IOptions<IdentityOptions> identity,
    TimeProvider time)
{
    /// <summary>
    /// A full sign-in. An account whose password an administrator chose signs in only together with a new password
    /// of its own; the check comes before the code is taken, so the same code can be sent again with it.
    /// </summary>
    public async Task<Result<AppUser>> SignInAsync(string? userName, string? password, string? totpCode, CancellationToken cancellationToken, string? newPassword = null)
    {
        if (string.IsNullOrWhiteSpace(userName))
        {
            return StaffSignInErrors.UserNameRequired;
        }

        if (string.IsNullOrEmpty(password))
        {
            return StaffSignInErrors.PasswordRequired;
        }

        var user = await users.FindByNameAsync(userName.Trim());
        if (user is null || user.PasswordHash is null)
        {
            // Hash anyway, so that the answer takes as long as for a real account.
            users.PasswordHasher.VerifyHashedPassword(new AppUser(), UnknownUserHash.Value, password);
            return StaffSignInErrors.InvalidCredentials;
        }

        if (IsLockedOut(user))
        {
            audit.Record(AuditActions.StaffLockedOut, $"user:{user.Id}", user.UserName, user.OrgUnitId);
            await db.SaveChangesAsync(cancellationToken);
            return StaffSignInErrors.LockedOut;
        }

        // Failures of password and of TOTP count together towards the lockout; only a full success resets them.
        if (!await users.CheckPasswordAsync(user, password))
        {
            return await FailAsync(user, "password", StaffSignInErrors.InvalidCredentials, cancellationToken);
        }

        if (user.TotpSecretCipher is null && !demo.Value.SkipStaffTotp)
        {
            return StaffSignInErrors.TotpEnrolmentRequired;
        }

        if (user.MustChangePassword && StaffPasswords.Check(password, newPassword) is { } refused)
        {
            return refused;
        }

        if (user.TotpSecretCipher is null)
        {
            return await CompleteAsync(user, newPassword, cancellationToken);
        }

        if (string.IsNullOrWhiteSpace(totpCode))
        {
            return StaffSignInErrors.TotpRequired;
        }

        var step = totp.Verify(cipher.Decrypt(user.TotpSecretCipher), totpCode.Trim(), user.TotpLastStep);
        if (step is null)
        {
            return await FailAsync(user, "totp", StaffSignInErrors.TotpInvalid, cancellationToken);
        }

        // A right code that another request used first is a replay, not a guess: refused, not counted.
        if (!await TakeTotpStepAsync(user, step.Value, cancellationToken))
        {
            return StaffSignInErrors.TotpInvalid;
        }

        return await CompleteAsync(user, newPassword, cancellationToken);
    }

    private static readonly Lazy<string> UnknownUserHash = new(() => new PasswordHasher<AppUser>().HashPassword(new AppUser(), Guid.NewGuid().ToString()));

    /// <summary>
    /// Counts a failure with atomic updates, so that parallel guesses cannot slip past the count; the fifth locks
    /// the account for 15 minutes (Identity's lockout fields, read by Identity's own checks).
    /// </summary>
    internal async Task<Error> FailAsync(AppUser user, string what, Error error, CancellationToken cancellationToken)
    {
        var lockout = identity.Value.Lockout;
        await db.Users.Where(u => u.Id == user.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.AccessFailedCount, u => u.AccessFailedCount + 1), cancellationToken);
        var lockedUntil = time.GetUtcNow() + lockout.DefaultLockoutTimeSpan;
        var locked = await db.Users.Where(u => u.Id == user.Id && u.AccessFailedCount >= lockout.MaxFailedAccessAttempts)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.LockoutEnd, lockedUntil).SetProperty(u => u.AccessFailedCount, 0), cancellationToken) == 1;
        audit.Record(locked ? AuditActions.StaffLockedOut : AuditActions.StaffSignInFailed, $"user:{user.Id}", what, user.OrgUnitId);
        await db.SaveChangesAsync(cancellationToken);
        return locked ? StaffSignInErrors.LockedOut : error;
    }

    // Identity's own IsLockedOutAsync reads the machine clock; the platform's clock is the TimeProvider.
    internal bool IsLockedOut(AppUser user) => user.LockoutEnabled && user.LockoutEnd > time.GetUtcNow();

    /// <summary>Of two sign-ins racing with one code, only the one that moves the last step forward wins.</summary>
    private async Task<bool> TakeTotpStepAsync(AppUser user, long step, CancellationToken cancellationToken) =>
        await db.Users.Where(u => u.Id == user.Id && u.TotpLastStep < step)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.TotpLastStep, step), cancellationToken) == 1;

    private async Task<Result<AppUser>> CompleteAsync(AppUser user, string? newPassword, CancellationToken cancellationToken)
    {
        if (user.MustChangePassword)
        {
            StaffPasswords.Apply(users, user, newPassword!);
            audit.Record(AuditActions.PasswordChanged, $"user:{user.Id}", "first-sign-in", user.OrgUnitId);
        }

        var now = time.GetUtcNow().UtcDateTime;
        await db.Users.Where(u => u.Id == user.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.AccessFailedCount, 0).SetProperty(u => u.LastSignInAt, now), cancellationToken);
        audit.Record(AuditActions.StaffSignedIn, $"user:{user.Id}", user.UserName, user.OrgUnitId);
        await db.SaveChangesAsync(cancellationToken);
        return user;
    }
}
