using Microsoft.EntityFrameworkCore;
using UnionHome.Platform.Data;

namespace UnionHome.Platform.Audit;

/// <summary>Numbers new entries on SQLite, after the highest so far; on PostgreSQL a database sequence does it.</summary>
internal static class AuditSequence
{
    public const string PostgresSequence = "audit_log_sequence";

    public static async Task NumberAsync(AppDbContext db, IReadOnlyList<AuditEntry> pending, CancellationToken cancellationToken)
    {
        var sequence = await db.AuditEntries.MaxAsync(e => (long?)e.Sequence, cancellationToken) ?? 0;
        foreach (var entry in pending.OrderBy(e => e.At))
        {
            entry.Sequence = ++sequence;
        }
    }
}
