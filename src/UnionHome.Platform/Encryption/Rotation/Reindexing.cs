using Microsoft.EntityFrameworkCore;
using UnionHome.Platform.Data;

namespace UnionHome.Platform.Encryption.Rotation;

public sealed record IndexRecomputed(string Table, string Column, int Recomputed, int AlreadyCurrent);

public sealed record ShortLivedRowsDeleted(string Table, IReadOnlyList<string> Columns, int Rows);

public sealed record ReindexReport(IReadOnlyList<IndexRecomputed> Recomputed, IReadOnlyList<ShortLivedRowsDeleted> Deleted);

/// <summary>
/// After the blind-index key changes: recomputes every registered index from its column's plaintext with the
/// configured (new) key, and deletes the short-lived rows whose indexes have no ciphertext to start from.
/// Meant for a maintenance window: a node still running with the old key would write indexes this misses.
/// </summary>
/// <remarks>
/// Unique indexes (one account per phone, one member per ID) hold at every step, so batches commit on their own and
/// the order does not matter: equal plaintexts already shared one old index, so they cannot be two rows of a unique
/// column; and a new index equal to another row's old or new one would be an HMAC-SHA256 collision, about 2^-256 a
/// pair. An interrupted run is simply run again: rows already recomputed compare equal and are not written.
/// </remarks>
public sealed class Reindexing(AppDbContext db, FieldCipher cipher, BlindIndex blindIndex)
{
    public async Task<ReindexReport> RunAsync(int batchSize, CancellationToken cancellationToken)
    {
        var registered = EncryptedColumns.BlindIndexes(db.Model);
        var mixed = registered.GroupBy(c => c.Entity).FirstOrDefault(g => g.Any(c => c.ShortLived) && g.Any(c => !c.ShortLived));
        if (mixed is not null)
        {
            throw new InvalidOperationException($"{mixed.Key.Name} has both short-lived and recomputable blind indexes: its rows can be neither deleted nor kept.");
        }

        var recomputed = new List<IndexRecomputed>();
        var deleted = new List<ShortLivedRowsDeleted>();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            foreach (var column in registered.Where(c => !c.ShortLived))
            {
                recomputed.Add(await RecomputeAsync(column, batchSize, cancellationToken));
            }

            foreach (var entity in registered.Where(c => c.ShortLived).GroupBy(c => c.Entity))
            {
                var table = StoredTable.Of(db, entity.Key);
                await using var transaction = await db.BeginWriteAsync(cancellationToken);
                var rows = await db.ExecuteAsync($"DELETE FROM {table.Sql}", cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                deleted.Add(new ShortLivedRowsDeleted(table.Name, entity.Select(c => c.Property).ToList(), rows));
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        return new ReindexReport(recomputed, deleted);
    }

    private async Task<IndexRecomputed> RecomputeAsync(BlindIndexColumn column, int batchSize, CancellationToken cancellationToken)
    {
        var table = StoredTable.Of(db, column.Entity);
        var index = table.Column(column.Property);
        var source = table.Column(column.FromCipher!);
        // Erased people keep an "erased:<id>" placeholder and an empty ciphertext: nothing to recompute.
        var select = $"SELECT {table.Key}, {source}, {index} FROM {table.Sql} WHERE {source} IS NOT NULL AND {source} <> ''";
        var update = $"UPDATE {table.Sql} SET {index} = @p0 WHERE {table.Key} = @p1 AND {source} = @p2";

        int changed = 0, current = 0;
        object? after = null;
        while (true)
        {
            var rows = after is null
                ? await db.ReadAsync($"{select} ORDER BY {table.Key} LIMIT @batch", cancellationToken, ("batch", batchSize))
                : await db.ReadAsync($"{select} AND {table.Key} > @after ORDER BY {table.Key} LIMIT @batch", cancellationToken, ("batch", batchSize), ("after", after));
            if (rows.Count == 0)
            {
                break;
            }

            after = rows[^1][0];
            var updates = new List<object?[]>();
            foreach (var row in rows)
            {
                var recomputedIndex = blindIndex.Compute(column.Purpose, Decrypt((string)row[1]!, ScopeOf(column, row[0]!), table.Row(row[0])));
                if (recomputedIndex == (string?)row[2])
                {
                    current++;
                }
                else
                {
                    updates.Add([recomputedIndex, row[0], row[1]]);
                }
            }

            if (updates.Count > 0)
            {
                await using var transaction = await db.BeginWriteAsync(cancellationToken);
                changed += await db.ExecuteEachAsync(update, updates, r => $"{table.Row(r[1])} ({column.Property})", cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
        }

        return new IndexRecomputed(table.Name, column.Property, changed, current);
    }

    private static CipherScope ScopeOf(BlindIndexColumn column, object key) => CipherScope.For(column.Entity, column.FromCipher!, key);

    private string Decrypt(string stored, CipherScope scope, string row)
    {
        try
        {
            return cipher.Decrypt(stored, scope);
        }
        catch (Exception e) when (e is System.Security.Cryptography.CryptographicException or FormatException)
        {
            throw new InvalidOperationException($"Cannot decrypt {row} to recompute its index: {e.Message}", e);
        }
    }
}
