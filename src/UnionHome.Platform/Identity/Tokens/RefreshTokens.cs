using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using UnionHome.Platform.Data;
using UnionHome.Platform.Errors;

namespace UnionHome.Platform.Identity.Tokens;

/// <summary>Issues and rotates members' refresh tokens; only their SHA-256 is stored.</summary>
public sealed class RefreshTokens(AppDbContext db, IOptions<AccessTokenOptions> options, TimeProvider time)
{
    public async Task<string> IssueAsync(string userId, CancellationToken cancellationToken) =>
        await AddAsync(userId, Guid.CreateVersion7(), cancellationToken);

    /// <summary>Spends a refresh token for the next of its family; a token spent twice revokes the family.</summary>
    public async Task<Result<(AppUser User, string RefreshToken)>> RotateAsync(string? presented, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(presented))
        {
            return TokenErrors.RefreshTokenInvalid;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var hash = Hash(presented.Trim());
        var token = await db.Set<RefreshToken>().AsNoTracking().SingleOrDefaultAsync(t => t.TokenHash == hash, cancellationToken);
        if (token is null || token.RevokedAt is not null || token.ExpiresAt <= now)
        {
            return TokenErrors.RefreshTokenInvalid;
        }

        var spent = await db.Set<RefreshToken>().Where(t => t.Id == token.Id && t.UsedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.UsedAt, now), cancellationToken) == 1;
        if (!spent)
        {
            // Someone holds a copy: end the whole family, the rightful app signs in again.
            await db.Set<RefreshToken>().Where(t => t.FamilyId == token.FamilyId)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now), cancellationToken);
            return TokenErrors.RefreshTokenInvalid;
        }

        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == token.UserId, cancellationToken);
        if (user is null || user.DisabledAt is not null || user.PasswordHash is not null)
        {
            return TokenErrors.RefreshTokenInvalid;
        }

        return (user, await AddAsync(user.Id, token.FamilyId, cancellationToken));
    }

    private async Task<string> AddAsync(string userId, Guid familyId, CancellationToken cancellationToken)
    {
        var raw = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var now = time.GetUtcNow().UtcDateTime;
        db.Set<RefreshToken>().Add(new RefreshToken
        {
            Id = Guid.CreateVersion7(),
            UserId = userId,
            FamilyId = familyId,
            TokenHash = Hash(raw),
            IssuedAt = now,
            ExpiresAt = now + options.Value.RefreshLifetime,
        });
        await db.SaveChangesAsync(cancellationToken);
        return raw;
    }

    private static string Hash(string raw) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(raw)));
}
