using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using UnionHome.Platform.Audit;
using UnionHome.Platform.Data;
using UnionHome.Platform.Encryption;
using UnionHome.Platform.Errors;
using UnionHome.Platform.Identity.SmsLogin;

namespace UnionHome.Platform.Identity.StaffLogin;

public sealed class DemoOptions
{
    /// <summary>Lets staff without an enrolled authenticator sign in with a password alone. Demo only; off by default.</summary>
    public bool SkipStaffTotp { get; set; }

    public bool SeedOnStart { get; set; }
}

/// <summary>The outcome of a correct password from someone who has not enrolled an authenticator yet.</summary>
public sealed record StaffSignInResult(AppUser User, bool NeedsTotpEnrolment);

/// <summary>
/// Password plus TOTP. Failures slow the network they come from, for that account and across accounts, never the
/// account as such: only an administrator disables an account (<see cref="AppUser.DisabledAt"/>).
/// </summary>
public sealed class StaffSignIn(
    AppDbContext db,
    UserManager<AppUser> users,
    FieldCipher cipher,
    Totp totp,
    AuditLog audit,
    SignInBackoffs backoffs,
    IOptions<DemoOptions> demo,
    TimeProvider time)
{
    /// <summary>After a <see cref="StaffSignInErrors.Backoff"/>: how long the caller's network must wait.</summary>
    public TimeSpan? RetryAfter { get; private set; }

    public async Task<Result<StaffSignInResult>> SignInAsync(string? userName, string? password, string? totpCode, string clientAddress, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(userName))
        {
            return StaffSignInErrors.UserNameRequired;
        }

        if (string.IsNullOrEmpty(password))
        {
            return StaffSignInErrors.PasswordRequired;
        }

        var network = ClientNetwork.KeyOf(clientAddress);
        if (await WaitAsync(SignInBackoffs.OfNetwork(network), cancellationToken) is { } networkWaits)
        {
            return networkWaits;
        }

        var user = await users.FindByNameAsync(userName.Trim());
        if (user is null || user.PasswordHash is null)
        {
            // Hash anyway, so that the answer takes as long as for a real account.
            users.PasswordHasher.VerifyHashedPassword(new AppUser(), UnknownUserHash.Value, password);
            await backoffs.CountNetworkFailureAsync(network, cancellationToken);
            return StaffSignInErrors.InvalidCredentials;
        }

        if (await WaitAsync(SignInBackoffs.OfAccount(user.Id, network), cancellationToken) is { } accountWaits)
        {
            return accountWaits;
        }

        // Failures of password and of TOTP count together; only a full success from the network clears its count.
        if (!await users.CheckPasswordAsync(user, password))
        {
            return await FailAsync(user, network, "password", StaffSignInErrors.InvalidCredentials, cancellationToken);
        }

        if (user.DisabledAt is not null)
        {
            return StaffSignInErrors.Disabled;
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
            return await FailAsync(user, network, "totp", StaffSignInErrors.TotpInvalid, cancellationToken);
        }

        // A right code that another request used first is a replay, not a guess: refused, not counted.
        if (!await TakeTotpStepAsync(user, step.Value, cancellationToken))
        {
            return StaffSignInErrors.TotpInvalid;
        }

        await backoffs.ClearAsync(SignInBackoffs.OfAccount(user.Id, network), cancellationToken);
        return await CompleteAsync(user, cancellationToken);
    }

    private async Task<Error?> WaitAsync(string key, CancellationToken cancellationToken)
    {
        var wait = await backoffs.WaitForAsync(key, cancellationToken);
        if (wait <= TimeSpan.Zero)
        {
            return null;
        }

        RetryAfter = wait;
        return StaffSignInErrors.Backoff;
    }

    private static readonly Lazy<string> UnknownUserHash = new(() => new PasswordHasher<AppUser>().HashPassword(new AppUser(), Guid.NewGuid().ToString()));

    private async Task<Result<StaffSignInResult>> FailAsync(AppUser user, string network, string what, Error error, CancellationToken cancellationToken)
    {
        await backoffs.CountAccountFailureAsync(user.Id, network, cancellationToken);
        await backoffs.CountNetworkFailureAsync(network, cancellationToken);
        audit.Record(AuditActions.StaffSignInFailed, $"user:{user.Id}", what, user.OrgUnitId);
        await db.SaveChangesAsync(cancellationToken);
        return error;
    }

    /// <summary>Of two sign-ins racing with one code, only the one that moves the last step forward wins.</summary>
    private async Task<bool> TakeTotpStepAsync(AppUser user, long step, CancellationToken cancellationToken) =>
        await db.Users.Where(u => u.Id == user.Id && u.TotpLastStep < step)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.TotpLastStep, step), cancellationToken) == 1;

    /// <summary>
    /// Starts enrolment for someone who just gave the right password and has no authenticator yet: a new secret is
    /// kept pending until the first code proves the app holds it. Never replaces an enrolled authenticator.
    /// </summary>
    public async Task<string?> BeginEnrolmentAsync(AppUser user, CancellationToken cancellationToken)
    {
        if (user.TotpSecretCipher is not null)
        {
            return null;
        }

        var secret = Totp.NewSecret();
        user.PendingTotpSecretCipher = cipher.Encrypt(secret);
        await db.SaveChangesAsync(cancellationToken);
        return secret;
    }

    /// <summary>The secret waiting to be confirmed, to show again after a mistyped code.</summary>
    public async Task<(AppUser User, string Secret)?> PendingEnrolmentAsync(string userId)
    {
        var user = await users.FindByIdAsync(userId);
        return user is { TotpSecretCipher: null, PendingTotpSecretCipher: { } pending } ? (user, cipher.Decrypt(pending)) : null;
    }

    public async Task<Result<StaffSignInResult>> CompleteEnrolmentAsync(string userId, string? totpCode, string clientAddress, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null || user.TotpSecretCipher is not null || user.PendingTotpSecretCipher is null)
        {
            return StaffSignInErrors.InvalidCredentials;
        }

        var network = ClientNetwork.KeyOf(clientAddress);
        if (await WaitAsync(SignInBackoffs.OfAccount(user.Id, network), cancellationToken) is { } waits)
        {
            return waits;
        }

        if (user.DisabledAt is not null)
        {
            return StaffSignInErrors.Disabled;
        }

        var step = totp.Verify(cipher.Decrypt(user.PendingTotpSecretCipher), totpCode?.Trim(), 0);
        if (step is null)
        {
            return await FailAsync(user, network, "totp-enrolment", StaffSignInErrors.TotpInvalid, cancellationToken);
        }

        user.TotpSecretCipher = user.PendingTotpSecretCipher;
        user.PendingTotpSecretCipher = null;
        user.TotpLastStep = step.Value;
        audit.Record(AuditActions.TotpEnrolled, $"user:{user.Id}", user.UserName, user.OrgUnitId);
        return await CompleteAsync(user, cancellationToken);
    }

    private async Task<StaffSignInResult> CompleteAsync(AppUser user, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await db.Users.Where(u => u.Id == user.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.AccessFailedCount, 0).SetProperty(u => u.LastSignInAt, now), cancellationToken);
        audit.Record(AuditActions.StaffSignedIn, $"user:{user.Id}", user.UserName, user.OrgUnitId);
        await db.SaveChangesAsync(cancellationToken);
        return new StaffSignInResult(user, NeedsTotpEnrolment: false);
    }
}
