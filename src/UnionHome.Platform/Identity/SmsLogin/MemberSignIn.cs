using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using UnionHome.Platform.Data;
using UnionHome.Platform.Encryption;
using UnionHome.Platform.Errors;

namespace UnionHome.Platform.Identity.SmsLogin;

/// <summary>Signs a person in by phone and code; the first sign-in of a phone registers them.</summary>
public sealed class MemberSignIn(
    AppDbContext db,
    UserManager<AppUser> users,
    SmsCodes codes,
    FieldCipher cipher,
    BlindIndex blindIndex,
    Outbox.Outbox outbox,
    TimeProvider time)
{
    public async Task<Result<AppUser>> SignInAsync(string? phone, string? code, CancellationToken cancellationToken)
    {
        var consumed = await codes.ConsumeAsync(phone, code, cancellationToken);
        if (!consumed.Succeeded)
        {
            return consumed.Error;
        }

        var normalized = consumed.Value;
        var phoneIndex = blindIndex.Compute(BlindIndex.Purposes.Phone, normalized.Value);
        var now = time.GetUtcNow().UtcDateTime;
        var user = await db.Users.SingleOrDefaultAsync(u => u.PhoneIndex == phoneIndex, cancellationToken);
        if (user is null)
        {
            user = await RegisterAsync(normalized.Value, normalized.Masked, phoneIndex, now, cancellationToken);
        }
        else if (user.PasswordHash is not null || user.DisabledAt is not null || (user.LockoutEnd is { } lockedUntil && lockedUntil > time.GetUtcNow()))
        {
            // A password account (staff, liaison, merchant...) never signs in by SMS alone: that would skip its TOTP.
            return SmsLoginErrors.WrongCode;
        }

        user.LastSignInAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return user;
    }

    private async Task<AppUser> RegisterAsync(string phoneE164, string masked, string phoneIndex, DateTime now, CancellationToken cancellationToken)
    {
        var id = Guid.CreateVersion7();
        var user = new AppUser
        {
            Id = id.ToString(),
            UserName = $"m{id:N}",
            DisplayName = masked,
            PhoneCipher = cipher.Encrypt<AppUser>(phoneE164, nameof(AppUser.PhoneCipher), id.ToString()),
            PhoneIndex = phoneIndex,
            CreatedAt = now,
            SecurityStamp = Guid.NewGuid().ToString("N"),
        };
        outbox.Publish(new UserRegistered(user.Id, now));
        try
        {
            var created = await users.CreateAsync(user);
            return created.Succeeded
                ? user
                : throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Code)));
        }
        catch (DbUpdateException)
        {
            // The same phone registered a moment ago on another request: use that account.
            db.ChangeTracker.Clear();
            return await db.Users.SingleAsync(u => u.PhoneIndex == phoneIndex, cancellationToken);
        }
    }
}
