using Microsoft.EntityFrameworkCore;
using UnionHome.Platform.Data;

namespace UnionHome.Platform.Outbox;

/// <summary>Claims a batch of due messages so that no two nodes work on the same one.</summary>
internal static class OutboxClaims
{
    public static async Task<List<OutboxMessage>> ClaimAsync(AppDbContext db, int batchSize, DateTime now, DateTime lockedUntil, CancellationToken cancellationToken)
    {
        if (db.Provider == DatabaseProvider.Postgres)
        {
            var table = TableNaming.QualifiedName(PlatformModel.Module, "outbox_messages", DatabaseProvider.Postgres);
#pragma warning disable EF1002 // the table name is ours; every value is a parameter
            return await db.OutboxMessages.FromSqlRaw(
                    $$"""
                    UPDATE {{table}} SET "LockedUntil" = {0}
                    WHERE "Id" IN (
                        SELECT "Id" FROM {{table}}
                        WHERE "ProcessedAt" IS NULL AND ("LockedUntil" IS NULL OR "LockedUntil" < {1})
                        ORDER BY "OccurredAt"
                        LIMIT {2}
                        FOR UPDATE SKIP LOCKED)
                    RETURNING *
                    """,
                    lockedUntil,
                    now,
                    batchSize)
                .AsNoTracking()
                .ToListAsync(cancellationToken);
#pragma warning restore EF1002
        }

        // SQLite has one writer at a time: a conditional update per candidate is claim enough.
        var candidates = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.ProcessedAt == null && (m.LockedUntil == null || m.LockedUntil < now))
            .OrderBy(m => m.OccurredAt)
            .Take(batchSize)
            .ToListAsync(cancellationToken);
        var claimed = new List<OutboxMessage>(candidates.Count);
        foreach (var message in candidates)
        {
            var rows = await db.OutboxMessages
                .Where(m => m.Id == message.Id && m.ProcessedAt == null && (m.LockedUntil == null || m.LockedUntil < now))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedUntil, lockedUntil), cancellationToken);
            if (rows == 1)
            {
                claimed.Add(message);
            }
        }

        return claimed;
    }
}
