using Microsoft.EntityFrameworkCore;
using UnionHome.Events.Data;
using UnionHome.Platform.Data;

namespace UnionHome.Events.Bookings;

/// <summary>
/// Takes and gives back places with conditional updates (... WHERE Taken &lt; Capacity), never a read and a write:
/// two nodes booking the last seat at once cannot both succeed. Runs inside the caller's transaction.
/// </summary>
internal static class Places
{
    /// <summary>Takes a place of the session, and of the quota when the place is a union's; false when either is full.</summary>
    public static async Task<bool> TryTakeAsync(AppDbContext db, Guid sessionId, Guid? quotaId, CancellationToken cancellationToken)
    {
        var session = await db.Set<EventSession>().Where(s => s.Id == sessionId && s.Taken < s.Capacity)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Taken, x => x.Taken + 1), cancellationToken);
        if (session == 0)
        {
            return false;
        }

        if (quotaId is not { } quota)
        {
            return true;
        }

        var taken = await db.Set<SessionQuota>().Where(q => q.Id == quota && q.Taken < q.Places)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Taken, x => x.Taken + 1), cancellationToken);
        if (taken == 1)
        {
            return true;
        }

        await db.Set<EventSession>().Where(s => s.Id == sessionId).ExecuteUpdateAsync(s => s.SetProperty(x => x.Taken, x => x.Taken - 1), cancellationToken);
        return false;
    }

    public static async Task GiveBackAsync(AppDbContext db, Guid sessionId, Guid? quotaOrgUnitId, CancellationToken cancellationToken)
    {
        await db.Set<EventSession>().Where(s => s.Id == sessionId && s.Taken > 0)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Taken, x => x.Taken - 1), cancellationToken);
        if (quotaOrgUnitId is { } unit)
        {
            await db.Set<SessionQuota>().Where(q => q.SessionId == sessionId && q.OrgUnitId == unit && q.Taken > 0)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.Taken, x => x.Taken - 1), cancellationToken);
        }
    }
}
