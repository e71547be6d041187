using System.Text.Json;

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

    public async Task AppendAsync(AuditCheckpoint checkpoint, CancellationToken cancellationToken)
    {
        var line = JsonSerializer.Serialize(new CheckpointLine(checkpoint.TreeSize, checkpoint.RootHash, checkpoint.SealedAt, checkpoint.KeyId, checkpoint.Signature)) + "\n";
        await Gate.WaitAsync(cancellationToken);
        try
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!);
            await File.AppendAllTextAsync(path, line, cancellationToken);
        }
        finally
        {
            Gate.Release();
        }
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
