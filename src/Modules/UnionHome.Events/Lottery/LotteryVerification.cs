namespace UnionHome.Events.Lottery;

/// <summary>Recomputes a published draw from its own record: the check anyone can run, and what verify-lottery runs.</summary>
internal static class LotteryVerification
{
    /// <summary>Null when the seed opens the commitment and every recorded rank is the recomputed one; otherwise the first difference.</summary>
    public static string? FirstMismatch(LotteryCheckView check)
    {
        if (check.DrawnAt is null || check.Seed is null)
        {
            return "the lottery has not been drawn yet";
        }

        if (check.SeedHash is null || !LotteryDraw.Opens(check.SeedHash, check.Seed))
        {
            return $"the seed hashes to {LotteryDraw.Commitment(check.Seed)}, not to the published {check.SeedHash ?? "(none)"}";
        }

        if (check.EntryListHash is { } published && LotteryDraw.EntryListHash(check.Sessions.SelectMany(s => s.Entries).Select(e => e.Ticket)) is var listed && listed != published)
        {
            return $"the drawn tickets hash to {listed}, not to the entry list {published} published at close";
        }

        foreach (var session in check.Sessions)
        {
            var recorded = session.Entries.ToDictionary(e => e.Ticket, e => e.Rank, StringComparer.Ordinal);
            foreach (var expected in LotteryDraw.Order(check.Seed, check.EntryListHash, recorded.Keys))
            {
                if (recorded[expected.Ticket] != expected.Rank)
                {
                    return $"session {session.SessionId}: ticket {expected.Ticket} is recorded at rank {recorded[expected.Ticket]?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(none)"}, recomputed at rank {expected.Rank}";
                }
            }
        }

        return null;
    }
}
