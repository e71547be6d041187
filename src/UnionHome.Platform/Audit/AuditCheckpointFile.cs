using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using UnionHome.Platform.Data;

namespace UnionHome.Platform.Audit;

/// <summary>One checkpoint as a line of the file: what verify-audit compares the database's checkpoints with.</summary>
public sealed record CheckpointLine(long TreeSize, string RootHash, DateTime SealedAt, string KeyId, string Signature);

/// <summary>
/// Appends every checkpoint to a file outside the database (Audit:CheckpointFile, by default audit-checkpoints.jsonl
/// in the data directory), one JSON line each: a copy someone who rewrites the database does not reach. Ship it off
/// the host (log collector, WORM storage) for the copy to outlive the host too.
/// </summary>
public sealed class AuditCheckpointFile(string path)
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public string Path => path;

    // The largest tree size in the file, read once; -1 until then.
    private long lastInFile = -1;

    public async Task AppendAsync(AuditCheckpoint checkpoint, CancellationToken cancellationToken)
    {
        await Gate.WaitAsync(cancellationToken);
        try
        {
            await WriteAsync([checkpoint], cancellationToken);
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>
    /// Appends the database's checkpoints the file does not have yet: one whose append failed (a full disk, a crash
    /// just after its commit), or those another node sealed while this one held no lease.
    /// </summary>
    public async Task CatchUpAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        await Gate.WaitAsync(cancellationToken);
        try
        {
            if (lastInFile < 0)
            {
                var (lines, _) = await ReadAsync(cancellationToken);
                lastInFile = lines.Count == 0 ? 0 : lines.Max(l => l.TreeSize);
            }

            var after = lastInFile;
            var missing = await db.Set<AuditCheckpoint>().Where(c => c.TreeSize > after).OrderBy(c => c.TreeSize).ToListAsync(cancellationToken);
            await WriteAsync(missing, cancellationToken);
        }
        finally
        {
            Gate.Release();
        }
    }

    private async Task WriteAsync(IReadOnlyList<AuditCheckpoint> checkpoints, CancellationToken cancellationToken)
    {
        if (checkpoints.Count == 0)
        {
            return;
        }

        var lines = string.Concat(checkpoints.Select(c => JsonSerializer.Serialize(new CheckpointLine(c.TreeSize, c.RootHash, c.SealedAt, c.KeyId, c.Signature)) + "\n"));
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!);
        await File.AppendAllTextAsync(path, lines, cancellationToken);
        lastInFile = Math.Max(lastInFile, checkpoints.Max(c => c.TreeSize));
    }

    /// <summary>The lines that parse, and the numbers of those that do not.</summary>
    public async Task<(List<CheckpointLine> Lines, List<int> Unreadable)> ReadAsync(CancellationToken cancellationToken)
    {
        var (lines, unreadable) = (new List<CheckpointLine>(), new List<int>());
        if (!File.Exists(path))
        {
            return (lines, unreadable);
        }

        var number = 0;
        foreach (var text in await File.ReadAllLinesAsync(path, cancellationToken))
        {
            number++;
            if (text.Length == 0)
            {
                continue;
            }

            try
            {
                lines.Add(JsonSerializer.Deserialize<CheckpointLine>(text) ?? throw new JsonException());
            }
            catch (JsonException)
            {
                unreadable.Add(number);
            }
        }

        return (lines, unreadable);
    }
}
