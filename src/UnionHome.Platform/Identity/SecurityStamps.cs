using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Hybrid;
using UnionHome.Platform.Data;
using UnionHome.Platform.Identity.Tokens;

namespace UnionHome.Platform.Identity;

/// <summary>
/// Every cookie and bearer token carries the account's security stamp; a session lives only while the stamp is
/// unchanged and the account neither erased nor disabled. Locking, a new unit or role, erasure and logout change the
/// stamp. Checked on every request, read through a short cache so that other nodes notice within seconds.
/// </summary>
public sealed class SecurityStamps(AppDbContext db, HybridCache cache, TimeProvider time)
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(20);

    private static readonly HybridCacheEntryOptions Cached = new() { Expiration = CacheFor, LocalCacheExpiration = CacheFor };

    private sealed record Current(string Stamp, bool Usable);

    public async Task<bool> IsCurrentAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        var userId = principal.FindFirstValue(PlatformClaims.UserId);
        var stamp = principal.FindFirstValue(PlatformClaims.SecurityStamp);
        if (userId is null || stamp is null)
        {
            return false;
        }

        var current = await cache.GetOrCreateAsync(
            Key(userId),
            async ct => await db.Users.AsNoTracking().Where(u => u.Id == userId)
                .Select(u => new Current(u.SecurityStamp ?? "", u.DisabledAt == null)).SingleOrDefaultAsync(ct),
            Cached,
            cancellationToken: cancellationToken);
        return current is { Usable: true } && current.Stamp == stamp;
    }

    /// <summary>Ends every session of the account: its cookies, access tokens and refresh tokens.</summary>
    public async Task BumpAsync(string userId, CancellationToken cancellationToken)
    {
        var stamp = Guid.NewGuid().ToString("N");
        var now = time.GetUtcNow().UtcDateTime;
        await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(s => s.SetProperty(u => u.SecurityStamp, stamp), cancellationToken);
        await db.Set<RefreshToken>().Where(t => t.UserId == userId && t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now), cancellationToken);
        await cache.RemoveAsync(Key(userId), cancellationToken);
    }

    private static string Key(string userId) => $"security-stamp:{userId}";
}
