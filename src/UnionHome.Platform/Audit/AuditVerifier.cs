using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using UnionHome.Platform.Data;
using UnionHome.Platform.Encryption.Rotation;

namespace UnionHome.Platform.Audit;

/// <summary>What verify-audit found: counts, and every problem with where it is. Intact when there is none.</summary>
public sealed record AuditVerification(long EntriesChecked, int CheckpointsChecked, long WaitingToBeSealed, IReadOnlyList<string> Problems)
{
    public bool Intact => Problems.Count == 0;
}

/// <summary>
/// Checks the log against its signed checkpoints: every checkpoint's signature (and its copy in the checkpoint file),
/// every leaf's hash against its entry, the tree's root at every checkpoint, and that every entry is sealed or queued.
/// Rows are read as stored and parsed one by one, so a malformed value is reported where it is instead of ending the
/// walk.
/// </summary>
public sealed class AuditVerifier(AppDbContext db, AuditSigningKey key, AuditCheckpointFile file)
{
    private const int MaxProblems = 200;

    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            // The file first: a line is written after its checkpoint commits, so a sealing in between is no false alarm.
            var copies = await file.ReadAsync(cancellationToken);
            var checkpoints = await CheckpointsAsync(problems, cancellationToken);
            CompareWithFile(copies, checkpoints, problems);
            var leaves = await WalkLeavesAsync(checkpoints, problems, cancellationToken);
            var (unsealed, waiting) = await UnsealedAsync(problems, cancellationToken);
            return new AuditVerification(leaves + unsealed, checkpoints.Count, waiting, problems.Count > MaxProblems ? [.. problems.Take(MaxProblems), $"… and {problems.Count - MaxProblems} more"] : problems);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task<List<AuditCheckpoint>> CheckpointsAsync(List<string> problems, CancellationToken cancellationToken)
    {
        var table = StoredTable.Of(db, typeof(AuditCheckpoint));
        var columns = new[] { nameof(AuditCheckpoint.TreeSize), nameof(AuditCheckpoint.RootHash), nameof(AuditCheckpoint.Frontier), nameof(AuditCheckpoint.SealedAt), nameof(AuditCheckpoint.KeyId), nameof(AuditCheckpoint.Signature) };
        var checkpoints = new List<AuditCheckpoint>();
        await foreach (var row in RowsAsync($"SELECT {string.Join(", ", columns.Select(table.Column))} FROM {table.Sql} ORDER BY {table.Column(nameof(AuditCheckpoint.TreeSize))}", cancellationToken))
        {
            try
            {
                var checkpoint = new AuditCheckpoint
                {
                    TreeSize = Long(row[0]), RootHash = Text(row[1]), Frontier = Text(row[2]), SealedAt = Time(row[3]), KeyId = Text(row[4]), Signature = Text(row[5]),
                };
                if (key.Check(checkpoint) is { } wrong)
                {
                    problems.Add($"checkpoint at tree size {checkpoint.TreeSize}: {wrong}");
                }

                checkpoints.Add(checkpoint);
            }
            catch (Exception e) when (e is FormatException or InvalidCastException or OverflowException)
            {
                problems.Add($"checkpoint {Text(row[0])}: malformed ({e.Message})");
            }
        }

        return checkpoints;
    }

    private void CompareWithFile((List<CheckpointLine> Lines, List<int> Unreadable) copies, List<AuditCheckpoint> checkpoints, List<string> problems)
    {
        var (lines, unreadable) = copies;
        problems.AddRange(unreadable.Select(n => $"checkpoint file {file.Path}, line {n}: not a checkpoint"));
        var stored = checkpoints.ToDictionary(c => c.TreeSize);
        foreach (var line in lines)
        {
            if (!stored.TryGetValue(line.TreeSize, out var checkpoint))
            {
                problems.Add($"checkpoint at tree size {line.TreeSize} is in {file.Path} but not in the database (deleted)");
            }
            else if (checkpoint.RootHash != line.RootHash || checkpoint.Signature != line.Signature)
            {
                problems.Add($"checkpoint at tree size {line.TreeSize} differs from its copy in {file.Path} (rewritten)");
            }
        }
    }

    /// <summary>Leaves in order, each against its entry; the root at every checkpoint's size. Returns the leaves read.</summary>
    private async Task<long> WalkLeavesAsync(List<AuditCheckpoint> checkpoints, List<string> problems, CancellationToken cancellationToken)
    {
        var (leaves, entries) = (StoredTable.Of(db, typeof(AuditLeaf)), StoredTable.Of(db, typeof(AuditEntry)));
        string L(string p) => "l." + leaves.Column(p);
        string E(string p) => "e." + entries.Column(p);
        var sql = $"SELECT {L(nameof(AuditLeaf.LeafIndex))}, {L(nameof(AuditLeaf.EntryId))}, {L(nameof(AuditLeaf.Hash))}, {E(nameof(AuditEntry.Id))}, "
            + string.Join(", ", EntryColumns.Select(E))
            + $" FROM {leaves.Sql} l LEFT JOIN {entries.Sql} e ON e.{entries.Column(nameof(AuditEntry.Id))} = {L(nameof(AuditLeaf.EntryId))}"
            + $" ORDER BY {L(nameof(AuditLeaf.LeafIndex))}";
        var tree = MerkleTree.Empty();
        var next = 0;
        var sealedBefore = 0L;
        void Append(byte[] hash)
        {
            tree.Append(hash);
            for (; next < checkpoints.Count && checkpoints[next].TreeSize <= tree.Size; next++)
            {
                if (checkpoints[next].TreeSize == tree.Size && Convert.ToHexStringLower(tree.Root()) != checkpoints[next].RootHash)
                {
                    problems.Add($"checkpoint at tree size {tree.Size} (sealed {checkpoints[next].SealedAt:yyyy-MM-dd HH:mm:ss}Z): the leaves {sealedBefore}–{tree.Size - 1} do not give its signed root (an entry among them was altered and re-hashed, or a leaf replaced)");
                }

                sealedBefore = checkpoints[next].TreeSize;
            }
        }

        await foreach (var row in RowsAsync(sql, cancellationToken))
        {
            var index = Long(row[0]);
            if (index > tree.Size)
            {
                problems.Add($"leaves {tree.Size}–{index - 1} are missing (deleted)");

                // Gaps count as leaves: the roots after them cannot match, and the message above says why.
                while (tree.Size < index)
                {
                    Append(new byte[32]);
                }
            }

            byte[] stored;
            try
            {
                stored = Convert.FromHexString(Text(row[2]));
            }
            catch (FormatException)
            {
                problems.Add($"leaf {index}: its hash is malformed");
                stored = new byte[32];
            }

            if (row[3] is null or DBNull)
            {
                problems.Add($"leaf {index}: its entry {Text(row[1])} is missing (deleted)");
            }
            else if (Entry(row, 4, out var malformed) is { } entry)
            {
                if (!MerkleTree.LeafHash(AuditLeafData.Of(entry)).AsSpan().SequenceEqual(stored))
                {
                    problems.Add($"leaf {index} (entry {entry.Sequence}, {entry.Action} {entry.Target}): its content does not match its sealed hash (altered)");
                }
            }
            else
            {
                problems.Add($"leaf {index} (entry {Text(row[1])}): malformed entry ({malformed})");
            }

            Append(stored);
        }

        for (; next < checkpoints.Count; next++)
        {
            problems.Add($"checkpoint at tree size {checkpoints[next].TreeSize}: the log has only {tree.Size} leaves (leaves deleted)");
        }

        return tree.Size;
    }

    /// <summary>Entries without a leaf: queued ones wait for the sealer; any other lost its place in the queue.</summary>
    private async Task<(long Unsealed, long Waiting)> UnsealedAsync(List<string> problems, CancellationToken cancellationToken)
    {
        var (entries, leaves, pending) = (StoredTable.Of(db, typeof(AuditEntry)), StoredTable.Of(db, typeof(AuditLeaf)), StoredTable.Of(db, typeof(AuditPending)));
        var id = entries.Column(nameof(AuditEntry.Id));
        var sql = $"SELECT e.{entries.Column(nameof(AuditEntry.Sequence))}, e.{id}, p.{pending.Column(nameof(AuditPending.EntryId))} FROM {entries.Sql} e"
            + $" LEFT JOIN {pending.Sql} p ON p.{pending.Column(nameof(AuditPending.EntryId))} = e.{id}"
            + $" WHERE NOT EXISTS (SELECT 1 FROM {leaves.Sql} l WHERE l.{leaves.Column(nameof(AuditLeaf.EntryId))} = e.{id})"
            + $" ORDER BY e.{entries.Column(nameof(AuditEntry.Sequence))}";
        long unsealed = 0, waiting = 0;
        await foreach (var row in RowsAsync(sql, cancellationToken))
        {
            unsealed++;
            if (row[2] is null or DBNull)
            {
                problems.Add($"entry {Text(row[0])} ({Text(row[1])}) is neither sealed nor waiting to be sealed (its place in the queue was removed)");
            }
            else
            {
                waiting++;
            }
        }

        return (unsealed, waiting);
    }

    private static readonly string[] EntryColumns =
    [
        nameof(AuditEntry.Sequence), nameof(AuditEntry.At), nameof(AuditEntry.ActorId), nameof(AuditEntry.ActorName), nameof(AuditEntry.Action),
        nameof(AuditEntry.Target), nameof(AuditEntry.Details), nameof(AuditEntry.OrgUnitId), nameof(AuditEntry.IpAddress),
    ];

    private static AuditEntry? Entry(object?[] row, int from, out string? malformed)
    {
        try
        {
            malformed = null;
            return new AuditEntry
            {
                Id = Uuid(row[from - 1]) ?? throw new FormatException("Id is empty"),
                Sequence = Long(row[from]),
                At = Time(row[from + 1]),
                ActorId = Text(row[from + 2]),
                ActorName = Text(row[from + 3]),
                Action = Text(row[from + 4]),
                Target = Text(row[from + 5]),
                Details = Nullable(row[from + 6]),
                OrgUnitId = Uuid(row[from + 7]),
                IpAddress = Nullable(row[from + 8]),
            };
        }
        catch (Exception e) when (e is FormatException or InvalidCastException or OverflowException)
        {
            malformed = e.Message;
            return null;
        }
    }

    private async IAsyncEnumerable<object?[]> RowsAsync(string sql, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using DbCommand command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var values = new object?[reader.FieldCount];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            yield return values;
        }
    }

    private static string Text(object? value) => value switch
    {
        null or DBNull => "",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string? Nullable(object? value) => value is null or DBNull ? null : Text(value);

    private static long Long(object? value) => value switch
    {
        long l => l,
        int i => i,
        _ => long.Parse(Text(value), CultureInfo.InvariantCulture),
    };

    private static Guid? Uuid(object? value) => value switch
    {
        null or DBNull => null,
        Guid g => g,
        _ => Guid.TryParse(Text(value), out var g) ? g : throw new FormatException($"'{Text(value)}' is not a GUID"),
    };

    private static DateTime Time(object? value) => value switch
    {
        DateTime d => DateTime.SpecifyKind(d, DateTimeKind.Utc),
        _ => DateTime.SpecifyKind(DateTime.Parse(Text(value), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal), DateTimeKind.Utc),
    };
}
