using Microsoft.EntityFrameworkCore;
using UnionHome.Events.Data;
using UnionHome.Platform.Data;

namespace UnionHome.Events.Lottery;

/// <param name="Ticket">The booking id: a member finds theirs in "my bookings".</param>
/// <param name="Rank">Place in the session's draw order, 1 first; null before the draw.</param>
/// <param name="Result">pending before the draw; then won, waitlisted, or lost when the event keeps no waitlist.</param>
internal sealed record LotteryEntryView(string Ticket, int? Rank, string Result);

internal sealed record LotterySessionView(Guid SessionId, DateTime StartsAt, int Capacity, IReadOnlyList<LotteryEntryView> Entries);

/// <summary>What anyone needs to check a draw: the commitment, the revealed seed and every ticket in draw order; no names.</summary>
/// <param name="Algorithm">The rules the order follows (docs/lottery.md); recompute them with <c>verify-lottery</c> or sha256sum.</param>
/// <param name="SeedHash">SHA-256 of the seed, published before registration closed; null until the organiser commits.</param>
/// <param name="Seed">Revealed at the draw; null before.</param>
/// <param name="EntryListHash">SHA-256 of the entry list frozen when registration closed (docs/lottery.md); null until then.</param>
internal sealed record LotteryCheckView(Guid EventId, string Algorithm, string? SeedHash, string? Seed, DateTime RegistrationClosesAt, DateTime? DrawnAt, IReadOnlyList<LotterySessionView> Sessions, string? EntryListHash = null);

internal sealed class LotteryQueries(AppDbContext db)
{
    /// <summary>The public record of a lottery event that members can see (published, or cancelled later).</summary>
    public async Task<LotteryCheckView?> CheckAsync(Guid eventId, CancellationToken cancellationToken) =>
        await db.Set<Event>().AsNoTracking().AnyAsync(e => e.Id == eventId && e.Mode == EventMode.Lottery && e.Status != EventStatus.Draft, cancellationToken)
            ? await ViewAsync(eventId, cancellationToken)
            : null;

    public async Task<LotteryCheckView> ViewAsync(Guid eventId, CancellationToken cancellationToken)
    {
        var e = await db.Set<Event>().AsNoTracking().Include(x => x.Sessions).SingleAsync(x => x.Id == eventId, cancellationToken);
        var bookings = db.Set<Booking>().AsNoTracking().Where(b => b.EventId == eventId);
        // Before the close the entries are the live applications; then the frozen list; after the draw, exactly the tickets drawn.
        bookings = e.DrawnAt is not null ? bookings.Where(b => b.WaitlistPosition != null)
            : e.EntriesFrozenAt is not null ? bookings.Where(b => b.EnteredDraw)
            : bookings.Where(b => b.Status == BookingStatus.Applied);
        var entries = await bookings.Select(b => new { b.Id, b.SessionId, b.WaitlistPosition }).ToListAsync(cancellationToken);

        var sessions = e.Sessions.OrderBy(s => s.StartsAt).ThenBy(s => s.Id).Select(s => new LotterySessionView(
                s.Id,
                s.StartsAt,
                s.Capacity,
                entries.Where(x => x.SessionId == s.Id)
                    .Select(x => new { Ticket = LotteryDraw.Ticket(x.Id), Rank = (int?)x.WaitlistPosition })
                    .OrderBy(x => x.Rank).ThenBy(x => x.Ticket, StringComparer.Ordinal)
                    .Select(x => new LotteryEntryView(x.Ticket, x.Rank, x.Rank is { } rank ? LotteryDraw.Result(rank, s.Capacity, e.Waitlist) : LotteryDraw.Pending))
                    .ToList()))
            .ToList();
        var algorithm = e.DrawnAt is not null && e.EntryListHash is null ? LotteryDraw.AlgorithmWithoutEntryList : LotteryDraw.Algorithm;
        return new LotteryCheckView(e.Id, algorithm, e.LotterySeedHash, e.LotterySeed, e.RegistrationClosesAt, e.DrawnAt, sessions, e.EntryListHash);
    }
}
