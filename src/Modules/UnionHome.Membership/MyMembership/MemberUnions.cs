using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Hybrid;
using UnionHome.Membership.Data;
using UnionHome.Platform.Data;
using UnionHome.Platform.Identity;
using UnionHome.Platform.Organization;

namespace UnionHome.Membership.MyMembership;

/// <summary>
/// A member's union as the member record has it: what a member sees of the tree follows from it. Read on every
/// member request, so it is cached as long as a security stamp is (other nodes see a change within that time);
/// approving a membership or a transfer forgets it at once on the node that decided.
/// </summary>
internal sealed class MemberUnions(HybridCache cache) : IMemberUnions
{
    private static readonly HybridCacheEntryOptions Cached = new() { Expiration = SecurityStamps.CacheFor, LocalCacheExpiration = SecurityStamps.CacheFor };

    public async Task<Guid?> UnionOfAsync(AppDbContext db, string userId, CancellationToken cancellationToken) =>
        (await cache.GetOrCreateAsync(
            Key(userId),
            async ct => new CachedUnion(await db.Set<Member>().AsNoTracking()
                .Where(m => m.UserId == userId && m.Status == MemberStatus.Active)
                .Select(m => m.OrgUnitId)
                .FirstOrDefaultAsync(ct)),
            Cached,
            cancellationToken: cancellationToken)).UnionId;

    /// <summary>After the member record's union changed and the change committed.</summary>
    public ValueTask ForgetAsync(string? userId, CancellationToken cancellationToken) =>
        userId is null ? ValueTask.CompletedTask : cache.RemoveAsync(Key(userId), cancellationToken);

    private static string Key(string userId) => $"member-union:{userId}";

    internal sealed record CachedUnion(Guid? UnionId);
}
