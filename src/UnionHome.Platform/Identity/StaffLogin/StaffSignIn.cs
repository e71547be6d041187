using Microsoft.AspNetCore.Identity;
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

/// <summary>The outcome of a correct password from someone who has not enrolled an authenticator yet.</summary>
public sealed record StaffSignInResult(AppUser User, bool NeedsTotpEnrolment);

/// <summary>Password plus TOTP, with lockout after repeated failures.</summary>
public sealed class StaffSignIn(
    AppDbContext db,
    UserManager<AppUser> users,
    SignInManager<AppUser> signIn,
    FieldCipher cipher,
    Totp totp,
    AuditLog audit,
    IOptions<DemoOptions> demo,
    TimeProvider time)
{
    public async Task<Result<StaffSignInResult>> SignInAsync(string? userName, string? password, string? totpCode, CancellationToken cancellationToken)
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
            return StaffSignInErrors.InvalidCredentials;
        }

        var check = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        if (check.IsLockedOut)
        {
            audit.Record(AuditActions.StaffLockedOut, $"user:{user.Id}", user.UserName, user.OrgUnitId);
            await db.SaveChangesAsync(cancellationToken);
            return StaffSignInErrors.LockedOut;
        }

        if (!check.Succeeded)
        {
            audit.Record(AuditActions.StaffSignInFailed, $"user:{user.Id}", "password", user.OrgUnitId);
            await db.SaveChangesAsync(cancellationToken);
            return StaffSignInErrors.InvalidCredentials;
        }

        if (user.TotpSecretCipher is null)
        {
            return demo.Value.SkipStaffTotp
                ? await CompleteAsync(user, cancellationToken)
                : new StaffSignInResult(user, NeedsTotpEnrolment: true);
        }

        if (string.IsNullOrWhiteSpace(totpCode))
        {
            return StaffSignInErrors.TotpRequired;
        }

        var step = totp.Verify(cipher.Decrypt(user.TotpSecretCipher), totpCode.Trim(), user.TotpLastStep);
        if (step is null)
        {
            await users.AccessFailedAsync(user);
            audit.Record(AuditActions.StaffSignInFailed, $"user:{user.Id}", "totp", user.OrgUnitId);
            await db.SaveChangesAsync(cancellationToken);
            return await users.IsLockedOutAsync(user) ? StaffSignInErrors.LockedOut : StaffSignInErrors.TotpInvalid;
        }

        user.TotpLastStep = step.Value;
        return await CompleteAsync(user, cancellationToken);
    }

    /// <summary>Starts enrolment: a new secret is kept pending until the first code proves the app holds it.</summary>
    public async Task<string> BeginEnrolmentAsync(AppUser user, CancellationToken cancellationToken)
    {
        var secret = Totp.NewSecret();
        user.PendingTotpSecretCipher = cipher.Encrypt(secret);
        await db.SaveChangesAsync(cancellationToken);
        return secret;
    }

    public async Task<Result<StaffSignInResult>> CompleteEnrolmentAsync(string userId, string? totpCode, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId);
        if (user?.PendingTotpSecretCipher is null)
        {
            return StaffSignInErrors.InvalidCredentials;
        }

        var step = totp.Verify(cipher.Decrypt(user.PendingTotpSecretCipher), totpCode?.Trim(), 0);
        if (step is null)
        {
            return StaffSignInErrors.TotpInvalid;
        }

        user.TotpSecretCipher = user.PendingTotpSecretCipher;
        user.PendingTotpSecretCipher = null;
        user.TotpLastStep = step.Value;
        audit.Record(AuditActions.TotpEnrolled, $"user:{user.Id}", user.UserName, user.OrgUnitId);
        return await CompleteAsync(user, cancellationToken);
    }

    private async Task<StaffSignInResult> CompleteAsync(AppUser user, CancellationToken cancellationToken)
    {
        await users.ResetAccessFailedCountAsync(user);
        user.LastSignInAt = time.GetUtcNow().UtcDateTime;
        audit.Record(AuditActions.StaffSignedIn, $"user:{user.Id}", user.UserName, user.OrgUnitId);
        await db.SaveChangesAsync(cancellationToken);
        return new StaffSignInResult(user, NeedsTotpEnrolment: false);
    }
}
