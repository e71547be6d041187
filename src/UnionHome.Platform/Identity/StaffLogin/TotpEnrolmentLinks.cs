using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using UnionHome.Platform.Audit;
using UnionHome.Platform.Data;
using UnionHome.Platform.Encryption;
using UnionHome.Platform.Errors;
using UnionHome.Platform.Organization;

using UnionHome.Platform.Identity.SmsLogin;

namespace UnionHome.Platform.Identity.StaffLogin;

public sealed record TotpEnrolmentLink(string Token, DateTimeOffset ExpiresAt)
{
    public string Path => $"/staff/enrol?token={Token}";
}

/// <summary>
/// An authenticator is bound only through a link an administrator issued: random, kept as a hash, valid for a day,
/// used once, and completed only with the account's password. A password alone never binds a new authenticator.
/// </summary>
public sealed class TotpEnrolmentLinks(
    AppDbContext db,
    UserManager<AppUser> users,
    FieldCipher cipher,
    Totp totp,
    StaffSignIn signIn,
    AuditLog audit,
    TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    /// <summary>
    /// An administrator issues a link for an account in their tree. It replaces any earlier link; an enrolled
    /// authenticator stays until the new one is confirmed.
    /// </summary>
    public async Task<Result<TotpEnrolmentLink>> IssueAsync(Actor actor, string userId, CancellationToken cancellationToken)
    {
        if (!actor.Caller.IsInRole(Roles.Admin))
        {
            return TotpEnrolmentErrors.AdministratorsOnly;
        }

        var user = await db.Users.InScopeOf(actor, db.OrgUnits).SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null)
        {
            return CommonErrors.NotFound;
        }

        if (user.PasswordHash is null)
        {
            return TotpEnrolmentErrors.NotStaff;
        }

        var token = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var expiresAt = time.GetUtcNow() + Lifetime;
        user.TotpEnrolmentTokenHash = Hash(token);
        user.TotpEnrolmentExpiresAt = expiresAt.UtcDateTime;
        user.PendingTotpSecretCipher = null;
        audit.Record(AuditActions.TotpEnrolmentLinkIssued, $"user:{user.Id}", user.UserName, user.OrgUnitId);
        await db.SaveChangesAsync(cancellationToken);
        return new TotpEnrolmentLink(token, expiresAt);
    }

    /// <summary>The secret the link's page shows: made once per link, then shown again until it is confirmed.</summary>
    public async Task<Result<(AppUser User, string Secret)>> OpenAsync(string? token, CancellationToken cancellationToken)
    {
        var user = await FindAsync(token, cancellationToken);
        if (user is null)
        {
            return TotpEnrolmentErrors.InvalidLink;
        }

        if (user.PendingTotpSecretCipher is null)
        {
            user.PendingTotpSecretCipher = cipher.Encrypt<AppUser>(Totp.NewSecret(), nameof(AppUser.PendingTotpSecretCipher), user.Id);
            await db.SaveChangesAsync(cancellationToken);
        }

        return (user, cipher.Decrypt<AppUser>(user.PendingTotpSecretCipher, nameof(AppUser.PendingTotpSecretCipher), user.Id));
    }

    public async Task<Result<AppUser>> CompleteAsync(string? token, string? password, string? totpCode, string clientAddress, CancellationToken cancellationToken)
    {
        var user = await FindAsync(token, cancellationToken);
        if (user?.PendingTotpSecretCipher is null)
        {
            return TotpEnrolmentErrors.InvalidLink;
        }

        var network = ClientNetwork.KeyOf(clientAddress);
        if (await signIn.AccountWaitsAsync(user, network, cancellationToken) is { } waits)
        {
            return waits;
        }

        // Guesses through the link count towards the same backoff as guesses at the sign-in page.
        if (string.IsNullOrEmpty(password) || !await users.CheckPasswordAsync(user, password))
        {
            return await signIn.FailAsync(user, network, "totp-enrolment-password", StaffSignInErrors.InvalidCredentials, cancellationToken);
        }

        if (user.DisabledAt is not null)
        {
            return StaffSignInErrors.Disabled;
        }

        var secret = cipher.Decrypt<AppUser>(user.PendingTotpSecretCipher, nameof(AppUser.PendingTotpSecretCipher), user.Id);
        var step = totp.Verify(secret, totpCode?.Trim(), 0);
        if (step is null)
        {
            return await signIn.FailAsync(user, network, "totp-enrolment", StaffSignInErrors.TotpInvalid, cancellationToken);
        }

        // Single use: of two confirmations racing with one link, only the one that clears the hash binds.
        var hash = user.TotpEnrolmentTokenHash;
        var taken = await db.Users.Where(u => u.Id == user.Id && u.TotpEnrolmentTokenHash == hash)
            .ExecuteUpdateAsync(s => s
                .SetProperty(u => u.TotpEnrolmentTokenHash, (string?)null)
                .SetProperty(u => u.TotpEnrolmentExpiresAt, (DateTime?)null), cancellationToken) == 1;
        if (!taken)
        {
            return TotpEnrolmentErrors.InvalidLink;
        }

        user.TotpSecretCipher = cipher.Encrypt<AppUser>(secret, nameof(AppUser.TotpSecretCipher), user.Id);
        user.PendingTotpSecretCipher = null;
        user.TotpLastStep = step.Value;
        user.TotpEnrolmentTokenHash = null;
        user.TotpEnrolmentExpiresAt = null;
        audit.Record(AuditActions.TotpEnrolled, $"user:{user.Id}", user.UserName, user.OrgUnitId);
        await db.SaveChangesAsync(cancellationToken);
        return user;
    }

    private async Task<AppUser?> FindAsync(string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 100)
        {
            return null;
        }

        var hash = Hash(token.Trim());
        var now = time.GetUtcNow().UtcDateTime;
        return await db.Users.SingleOrDefaultAsync(u => u.TotpEnrolmentTokenHash == hash && u.TotpEnrolmentExpiresAt > now, cancellationToken);
    }

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
