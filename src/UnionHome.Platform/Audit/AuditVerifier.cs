using Microsoft.EntityFrameworkCore;
using UnionHome.Platform.Data;

namespace UnionHome.Platform.Audit;

public sealed record AuditVerification(bool Intact, long EntriesChecked, long? FirstBrokenSequence, string? Reason);

/// <summary>Walks the chain from the first entry and names the first one that does not hold.</summary>
public sealed class AuditVerifier(AppDbContext db)
{
    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken)
    {
        long expectedSequence = 1;
        var previousHash = AuditChain.Genesis;
        await foreach (var entry in db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (entry.Sequence != expectedSequence)
            {
                return Broken(expectedSequence, entry.Sequence, $"entry {expectedSequence} is missing");
            }

            if (entry.PreviousHash != previousHash)
            {
                return Broken(expectedSequence, entry.Sequence, "its previous-hash does not match the entry before it");
            }

            if (AuditChain.HashOf(entry) != entry.Hash)
            {
                return Broken(expectedSequence, entry.Sequence, "its content does not match its hash (altered)");
            }

            previousHash = entry.Hash;
            expectedSequence++;
        }

        return new AuditVerification(true, expectedSequence - 1, null, null);
    }

    private static AuditVerification Broken(long expected, long found, string reason) =>
        new(false, expected - 1, Math.Min(expected, found), reason);
}
