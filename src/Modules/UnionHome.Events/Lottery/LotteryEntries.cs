using Microsoft.EntityFrameworkCore;
using UnionHome.Events.Data;
using UnionHome.Platform.Data;

namespace UnionHome.Events.Lottery;

/// <summary>
/// Freezes a lottery's entry list when registration closes and publishes its hash: from then on the list cannot
/// change, and since every ticket's key depends on it, nobody can re-enter until a ticket lands well.
/// </summary>
internal static class LotteryEntries
{
    /// <summary>Freezes the list once (a conditional update); must run inside a write transaction. Returns the hash the event now holds.</summary>
    public static async Task<string> FreezeAsync(AppDbContext db, Guid eventId, DateTime now, CancellationToken cancellationToken)
    {
        var entries = await db.Set<Booking>().Where(b => b.EventId == eventId && b.Status == BookingStatus.Applied).Select(b => b.Id).ToListAsync(cancellationToken);
        var hash = LotteryDraw.EntryListHash(entries.Select(LotteryDraw.Ticket));
        var frozen = await db.Set<Event>().Where(x => x.Id == eventId && x.EntriesFrozenAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.EntriesFrozenAt, now).SetProperty(x => x.EntryListHash, hash), cancellationToken);
        if (frozen == 1)
        {
            await db.Set<Booking>().Where(b => entries.Contains(b.Id)).ExecuteUpdateAsync(s => s.SetProperty(b => b.EnteredDraw, true), cancellationToken);
            return hash;
        }

        return await db.Set<Event>().Where(x => x.Id == eventId).Select(x => x.EntryListHash!).SingleAsync(cancellationToken);
    }

    /// <summary>The sweep's part: every published lottery whose registration has closed and whose list is not frozen yet.</summary>
    public static async Task FreezeClosedAsync(AppDbContext db, DateTime now, CancellationToken cancellationToken)
    {
        var closed = await db.Set<Event>().AsNoTracking()
            .Where(e => e.Mode == EventMode.Lottery && e.Status == EventStatus.Published && e.EntriesFrozenAt == null && e.RegistrationClosesAt <= now)
            .OrderBy(e => e.RegistrationClosesAt).Select(e => e.Id).Take(50).ToListAsync(cancellationToken);
        foreach (var eventId in closed)
        {
            await using var transaction = await db.BeginWriteAsync(cancellationToken);
            await FreezeAsync(db, eventId, now, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
    }
}
