using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using UnionHome.Platform.Data;

namespace UnionHome.Platform.Audit;

/// <summary>Links new entries to the end of the chain. Runs inside the saving transaction.</summary>
internal static class AuditChain
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    // Any constant will do: it only has to be the same on every node.
    private const long PostgresAdvisoryLockKey = 0x55_48_41_55_44_49_54;

    public static async Task SealAsync(AppDbContext db, IReadOnlyList<AuditEntry> pending, CancellationToken cancellationToken)
    {
        if (db.Provider == DatabaseProvider.Postgres)
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({PostgresAdvisoryLockKey})", cancellationToken);
        }

        var last = await db.AuditEntries.AsNoTracking()
            .OrderByDescending(e => e.Sequence)
            .Select(e => new { e.Sequence, e.Hash })
            .FirstOrDefaultAsync(cancellationToken);
        var sequence = last?.Sequence ?? 0;
        var previousHash = last?.Hash ?? Genesis;
        foreach (var entry in pending.OrderBy(e => e.At))
        {
            entry.Sequence = ++sequence;
            entry.PreviousHash = previousHash;
            entry.Hash = HashOf(entry);
            previousHash = entry.Hash;
        }
    }

    public static string HashOf(AuditEntry e)
    {
        var canonical = string.Join(
            '\u001f',
            e.Sequence.ToString(CultureInfo.InvariantCulture),
            e.Id.ToString("N"),
            e.At.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
            e.ActorId,
            e.ActorName,
            e.Action,
            e.Target,
            e.Details ?? "",
            e.OrgUnitId?.ToString("N") ?? "",
            e.IpAddress ?? "",
            e.PreviousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    /// <summary>Both databases keep at least milliseconds; the hash must survive the round trip.</summary>
    public static DateTime TruncateToMilliseconds(DateTime utc) =>
        new(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);
}
