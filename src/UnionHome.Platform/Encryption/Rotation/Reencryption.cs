using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using UnionHome.Platform.Data;

namespace UnionHome.Platform.Encryption.Rotation;

/// <summary>The values of one column by the id of the key they are encrypted with.</summary>
public sealed record ColumnKeys(string Table, string Column, IReadOnlyDictionary<string, long> ValuesByKeyId);

public sealed record ColumnReencrypted(string Table, string Column, int Reencrypted, int ChangedMeanwhile);

/// <summary>
/// Rewrites every registered encrypted value that is not under the active key with the active key, in batches in
/// key order, while nodes keep running: a row is updated only if its ciphertext is still the one read, so a value a
/// node wrote meanwhile is never replaced by a stale one. A re-run skips what is already under the active key.
/// </summary>
public sealed class Reencryption(AppDbContext db, FieldCipher cipher, PlatformKeys keys)
{
    public const int DefaultBatchSize = 1000;

    private IReadOnlyList<EncryptedColumn> Columns => EncryptedColumns.Encrypted(db.Model);

    public string ActiveKeyId => keys.ActiveKeyId;

    /// <summary>How many values each column holds under each key id; erased ("") and absent values are not counted.</summary>
    public async Task<IReadOnlyList<ColumnKeys>> CountAsync(CancellationToken cancellationToken)
    {
        var counts = new List<ColumnKeys>();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            foreach (var column in Columns)
            {
                var table = StoredTable.Of(db, column.Entity);
                var name = table.Column(column.Property);
                IEnumerable<KeyValuePair<string, long>> byKeyId;
                if (column.Layout == CiphertextLayout.Whole)
                {
                    var keyId = db.Provider == DatabaseProvider.Postgres ? $"split_part({name}, ':', 1)" : $"substr({name}, 1, instr({name}, ':') - 1)";
                    var rows = await db.ReadAsync($"SELECT {keyId}, count(*) FROM {table.Sql} WHERE {name} IS NOT NULL AND {name} <> '' GROUP BY {keyId}", cancellationToken);
                    byKeyId = rows.Select(r => KeyValuePair.Create((string)r[0]!, Convert.ToInt64(r[1], System.Globalization.CultureInfo.InvariantCulture)));
                }
                else
                {
                    var rows = await db.ReadAsync($"SELECT {name} FROM {table.Sql} WHERE {name} IS NOT NULL", cancellationToken);
                    byKeyId = rows.SelectMany(r => KeyIdsIn((string)r[0]!, column.Layout)).CountBy(k => k).Select(c => KeyValuePair.Create(c.Key, (long)c.Value));
                }

                counts.Add(new ColumnKeys(table.Name, column.Property, new SortedDictionary<string, long>(byKeyId.ToDictionary(), StringComparer.Ordinal)));
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        return counts;
    }

    public async Task<IReadOnlyList<ColumnReencrypted>> RunAsync(int batchSize, Func<ColumnReencrypted, Task>? columnDone, CancellationToken cancellationToken)
    {
        var results = new List<ColumnReencrypted>();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            foreach (var column in Columns)
            {
                var result = await ReencryptAsync(column, batchSize, cancellationToken);
                results.Add(result);
                if (columnDone is not null)
                {
                    await columnDone(result);
                }
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        return results;
    }

    private async Task<ColumnReencrypted> ReencryptAsync(EncryptedColumn column, int batchSize, CancellationToken cancellationToken)
    {
        var table = StoredTable.Of(db, column.Entity);
        var value = table.Column(column.Property);
        var prefix = cipher.CurrentPrefix;
        // Whole values under the active key and bound to their row are skipped by the query itself; substr, not LIKE,
        // which ignores case on SQLite. Values from before rows were bound, or left as plaintext by a migration, are not.
        var notYetActive = column.Layout == CiphertextLayout.Whole ? $" AND {value} <> '' AND substr({value}, 1, @length) <> @prefix" : "";
        var select = $"SELECT {table.Key}, {value} FROM {table.Sql} WHERE {value} IS NOT NULL{notYetActive}";
        var update = $"UPDATE {table.Sql} SET {value} = @p0 WHERE {table.Key} = @p1 AND {value} = @p2";

        int reencrypted = 0, changedMeanwhile = 0;
        object? after = null;
        while (true)
        {
            List<(string, object?)> parameters = [("batch", batchSize)];
            if (column.Layout == CiphertextLayout.Whole)
            {
                parameters.AddRange([("length", prefix.Length), ("prefix", prefix)]);
            }

            if (after is not null)
            {
                parameters.Add(("after", after));
            }

            var rows = await db.ReadAsync(
                after is null ? $"{select} ORDER BY {table.Key} LIMIT @batch" : $"{select} AND {table.Key} > @after ORDER BY {table.Key} LIMIT @batch",
                cancellationToken,
                [.. parameters]);
            if (rows.Count == 0)
            {
                break;
            }

            after = rows[^1][0];
            var rewrites = rows
                .Select(r => (Key: r[0], Old: (string)r[1]!, New: Rewrite((string)r[1]!, column, r[0]!, table.Row(r[0]))))
                .Where(r => !ReferenceEquals(r.Old, r.New))
                .Select(r => new[] { r.New, r.Key, r.Old })
                .ToList();
            if (rewrites.Count == 0)
            {
                continue;
            }

            await using var transaction = await db.BeginWriteAsync(cancellationToken);
            var updated = await db.ExecuteEachAsync(update, rewrites, r => table.Row(r[1]), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            reencrypted += updated;
            changedMeanwhile += rewrites.Count - updated;
        }

        return new ColumnReencrypted(table.Name, column.Property, reencrypted, changedMeanwhile);
    }

    /// <summary>The value with every ciphertext under the active key; the same instance when there was nothing to do.</summary>
    private string Rewrite(string stored, EncryptedColumn column, object key, string row)
    {
        try
        {
            return Rewrite(stored, column.Layout, column.ScopeOf(key));
        }
        catch (Exception e) when (e is System.Security.Cryptography.CryptographicException or FormatException or ArgumentException or System.Xml.XmlException)
        {
            throw new InvalidOperationException($"Cannot re-encrypt {row}: {e.Message}", e);
        }
    }

    private string Rewrite(string stored, CiphertextLayout layout, CipherScope scope)
    {
        if (layout == CiphertextLayout.Whole)
        {
            return stored.Length == 0 || cipher.IsCurrent(stored) ? stored : cipher.EncryptBytes(cipher.DecryptBytes(stored, scope), scope);
        }

        var xml = XElement.Parse(stored);
        var stale = CiphertextsIn(xml).Where(v => !cipher.IsCurrent(v.Value)).ToList();
        foreach (var element in stale)
        {
            element.Value = cipher.EncryptBytes(cipher.DecryptBytes(element.Value, scope), scope);
        }

        return stale.Count == 0 ? stored : xml.ToString(SaveOptions.DisableFormatting);
    }

    private IEnumerable<string> KeyIdsIn(string stored, CiphertextLayout layout) =>
        layout == CiphertextLayout.Whole ? [cipher.KeyIdOf(stored)] : CiphertextsIn(XElement.Parse(stored)).Select(v => cipher.KeyIdOf(v.Value));

    // FieldCipherXmlEncryptor writes <encryptedKey><value>keyId:payload</value></encryptedKey> inside the key's XML.
    private static IEnumerable<XElement> CiphertextsIn(XElement key) =>
        key.Descendants().Where(e => e.Name.LocalName == "encryptedKey").Elements().Where(e => e.Name.LocalName == "value");
}
