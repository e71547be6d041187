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

    /// <summary>
    /// A full sign-in. An account whose password an administrator chose signs in only together with a new password
    /// of its own; the check comes before the code is taken, so the same code can be sent again with it.
    /// </summary>
    public async Task<Result<AppUser>> SignInAsync(string? userName, string? password, string? totpCode, string clientAddress, CancellationToken cancellationToken, string? newPassword = null)
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

        var step = totp.Verify(cipher.Decrypt<AppUser>(user.TotpSecretCipher, nameof(AppUser.TotpSecretCipher), user.Id), totpCode.Trim(), user.TotpLastStep);
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
        return await CompleteAsync(user, newPassword, cancellationToken);
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

    /// <summary>
    /// Counts a failure against the account from this network and against the network, with conditional updates on
    /// every node; the account itself is never locked by failures.
    /// </summary>
    internal async Task<Error> FailAsync(AppUser user, string network, string what, Error error, CancellationToken cancellationToken)
    {
        await backoffs.CountAccountFailureAsync(user.Id, network, cancellationToken);
        await backoffs.CountNetworkFailureAsync(network, cancellationToken);
        audit.Record(AuditActions.StaffSignInFailed, $"user:{user.Id}", what, user.OrgUnitId);
        await db.SaveChangesAsync(cancellationToken);
        return error;
    }

    /// <summary>The backoff the account must still sit out on this network, as an error; null when it may try.</summary>
    internal Task<Error?> AccountWaitsAsync(AppUser user, string network, CancellationToken cancellationToken) =>
        WaitAsync(SignInBackoffs.OfAccount(user.Id, network), cancellationToken);

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
