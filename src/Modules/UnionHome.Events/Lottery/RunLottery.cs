using Microsoft.EntityFrameworkCore;
using UnionHome.Events.Bookings;
using UnionHome.Events.Catalogue;
using UnionHome.Events.Data;
using UnionHome.Platform.Audit;
using UnionHome.Platform.Data;
using UnionHome.Platform.Encryption;
using UnionHome.Platform.Errors;
using UnionHome.Platform.Organization;
using UnionHome.Platform.Outbox;

namespace UnionHome.Events.Lottery;

/// <param name="SeedHash">The SHA-256 of a seed the organiser keeps (64 lowercase hex); leave it out and the server makes and keeps the seed.</param>
internal sealed record LotteryCommitRequest(string? SeedHash);

/// <param name="Seed">The seed behind the published hash; needed only when the organiser kept it.</param>
internal sealed record LotteryDrawRequest(string? Seed);

/// <summary>
/// The organiser's two steps: commit to a seed before registration closes, then draw once it has. The draw is
/// claimed, ranked, applied to the bookings and announced in one transaction, so it happens whole or not at all.
/// </summary>
internal sealed class RunLottery(AppDbContext db, EventQueries events, LotteryQueries queries, FieldCipher cipher, AuditLog audit, Outbox outbox, TimeProvider time)
{
    public async Task<Result<LotteryCheckView>> CommitAsync(Actor actor, Guid eventId, LotteryCommitRequest request, CancellationToken cancellationToken)
    {
        if (actor.EnsureCanWrite() is { } readOnly)
        {
            return readOnly;
        }

        var e = await events.ManagedAsync(actor, eventId, cancellationToken);
        if (e is null)
        {
            return CatalogueErrors.EventNotFound;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var refused = Refusal(e)
            ?? (now >= e.RegistrationClosesAt ? LotteryErrors.CommitAfterClose : null)
            ?? (e.LotterySeedHash is not null ? LotteryErrors.AlreadyCommitted : null);
        if (refused is not null)
        {
            return refused;
        }

        string hash;
        string? sealedSeed = null;
        if (request.SeedHash?.Trim() is { Length: > 0 } supplied)
        {
            if (!LotteryDraw.IsCommitment(supplied))
            {
                return LotteryErrors.InvalidSeedHash;
            }

            hash = supplied;
        }
        else
        {
            var seed = LotteryDraw.NewSeed();
            hash = LotteryDraw.Commitment(seed);
            sealedSeed = cipher.Encrypt<Event>(seed, nameof(Event.LotterySeedCipher), eventId);
        }

        await using var transaction = await db.BeginWriteAsync(cancellationToken);
        var committed = await db.Set<Event>().Where(x => x.Id == eventId && x.LotterySeedHash == null && x.RegistrationClosesAt > now)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.LotterySeedHash, hash).SetProperty(x => x.LotterySeedCipher, sealedSeed), cancellationToken);
        if (committed == 0)
        {
            return LotteryErrors.AlreadyCommitted;
        }

        audit.Record("events.lottery_committed", $"event:{eventId}", $"{hash}; seed kept by {(sealedSeed is null ? "the organiser" : "the server")}", e.OrgUnitId);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return await queries.ViewAsync(eventId, cancellationToken);
    }

    public async Task<Result<LotteryCheckView>> DrawAsync(Actor actor, Guid eventId, LotteryDrawRequest request, CancellationToken cancellationToken)
    {
        if (actor.EnsureCanWrite() is { } readOnly)
        {
            return readOnly;
        }

        var e = await events.ManagedAsync(actor, eventId, cancellationToken);
        if (e is null)
        {
            return CatalogueErrors.EventNotFound;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var refused = Refusal(e)
            ?? (e.Status != EventStatus.Published ? LotteryErrors.EventNotPublished : null)
            ?? (e.LotterySeedHash is null ? LotteryErrors.NotCommitted : null)
            ?? (e.DrawnAt is not null ? LotteryErrors.AlreadyDrawn : null)
            ?? (now < e.RegistrationClosesAt ? LotteryErrors.RegistrationStillOpen : null);
        if (refused is not null)
        {
            return refused;
        }

        var seed = request.Seed?.Trim() is { Length: > 0 } supplied ? supplied
            : e.LotterySeedCipher is { } sealedSeed ? cipher.Decrypt<Event>(sealedSeed, nameof(Event.LotterySeedCipher), e.Id)
            : null;
        if (seed is null)
        {
            return LotteryErrors.SeedRequired;
        }

        if (!LotteryDraw.IsSeed(seed))
        {
            return LotteryErrors.InvalidSeed;
        }

        if (!LotteryDraw.Opens(e.LotterySeedHash!, seed))
        {
            return LotteryErrors.SeedMismatch;
        }

        await using var transaction = await db.BeginWriteAsync(cancellationToken);
        var claimed = await db.Set<Event>().Where(x => x.Id == eventId && x.DrawnAt == null && x.Status == EventStatus.Published)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.DrawnAt, now).SetProperty(x => x.LotterySeed, seed).SetProperty(x => x.LotterySeedCipher, (string?)null), cancellationToken);
        if (claimed == 0)
        {
            return LotteryErrors.AlreadyDrawn;
        }

        // The list frozen at close (by the sweep, or here if it has not run): the same list whose hash was published.
        var entryListHash = await LotteryEntries.FreezeAsync(db, eventId, now, cancellationToken);
        var sessions = await db.Set<EventSession>().AsNoTracking().Where(s => s.EventId == eventId).ToListAsync(cancellationToken);
        var entries = await db.Set<Booking>().AsNoTracking().Where(b => b.EventId == eventId && b.EnteredDraw)
            .Select(b => new { b.Id, b.SessionId }).ToListAsync(cancellationToken);
        var outcomes = new List<string>();
        foreach (var session in sessions)
        {
            var drawn = LotteryDraw.Order(seed, entryListHash, entries.Where(x => x.SessionId == session.Id).Select(x => LotteryDraw.Ticket(x.Id)));
            var won = await ApplyAsync(session, drawn, e.Waitlist, now, cancellationToken);
            outcomes.Add($"{session.Id}: {drawn.Count} entries, {won} won");
        }

        outbox.Publish(new LotteryDrawn(eventId));
        audit.Record("events.lottery_drawn", $"event:{eventId}", $"seed {seed}; entry list {entryListHash}; {string.Join("; ", outcomes)}", e.OrgUnitId);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return await queries.ViewAsync(eventId, cancellationToken);
    }

    private static Error? Refusal(Event e) =>
        e.Mode != EventMode.Lottery ? LotteryErrors.NotALottery
        : e.Status == EventStatus.Cancelled ? LotteryErrors.EventCancelled
        : null;

    /// <summary>
    /// Records every rank, confirms the first <c>Capacity</c> entries and takes their places, and puts the rest on the
    /// waitlist in rank order (or turns them away when the event keeps none). Returns how many were confirmed.
    /// </summary>
    private async Task<int> ApplyAsync(EventSession session, IReadOnlyList<DrawnTicket> drawn, bool waitlist, DateTime now, CancellationToken cancellationToken)
    {
        foreach (var ticket in drawn)
        {
            // The rank is kept even by an entry withdrawn a moment ago, so the drawn set stays the one the seed ordered.
            var id = Guid.Parse(ticket.Ticket);
            long rank = ticket.Rank;
            await db.Set<Booking>().Where(b => b.Id == id).ExecuteUpdateAsync(s => s.SetProperty(b => b.WaitlistPosition, rank), cancellationToken);
        }

        var winners = drawn.Take(session.Capacity).Select(t => Guid.Parse(t.Ticket)).ToList();
        var others = drawn.Skip(session.Capacity).Select(t => Guid.Parse(t.Ticket)).ToList();
        var confirmed = await db.Set<Booking>().Where(b => winners.Contains(b.Id) && b.Status == BookingStatus.Applied)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.Status, BookingStatus.Confirmed).SetProperty(b => b.ConfirmedAt, now), cancellationToken);
        if (confirmed > 0)
        {
            var taken = await db.Set<EventSession>().Where(s => s.Id == session.Id && s.Taken + confirmed <= s.Capacity)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.Taken, x => x.Taken + confirmed), cancellationToken);
            if (taken == 0)
            {
                throw new InvalidOperationException($"Session {session.Id} of a lottery held places before its draw.");
            }
        }

        var rest = db.Set<Booking>().Where(b => others.Contains(b.Id) && b.Status == BookingStatus.Applied);
        if (waitlist)
        {
            await rest.ExecuteUpdateAsync(s => s.SetProperty(b => b.Status, BookingStatus.Waitlisted), cancellationToken);
        }
        else
        {
            await rest.ExecuteUpdateAsync(
                s => s.SetProperty(b => b.Status, BookingStatus.Cancelled).SetProperty(b => b.CancelReason, CancelReasons.NotDrawn).SetProperty(b => b.CancelledAt, now),
                cancellationToken);
        }

        return confirmed;
    }
}
