using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using UnionHome.Platform.Data;

namespace UnionHome.Platform.Audit;

public sealed class AuditOptions
{
    /// <summary>Whether this node runs the sealer at all; with several nodes any may, the lease lets one at a time.</summary>
    public bool SealOnThisNode { get; set; } = true;

    /// <summary>How often the sealer looks for new entries.</summary>
    public TimeSpan SealInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>At most this many entries go under one checkpoint; a longer queue is sealed in several at once.</summary>
    public int SealBatchSize { get; set; } = 5000;
}

/// <summary>
/// Seals new audit entries into the log's Merkle tree, on one node at a time (a lease): in one transaction it takes
/// the queued entries in the order they were written, gives each the next leaf, and writes a checkpoint with the
/// tree's size and root signed by <see cref="AuditSigningKey"/>; then it appends the checkpoint to
/// <see cref="AuditCheckpointFile"/> and the log. Writers never wait for it: they only insert.
/// </summary>
public sealed partial class AuditSealer(
    IServiceScopeFactory scopes,
    AuditSigningKey key,
    AuditCheckpointFile file,
    AuditOptions options,
    TimeProvider time,
    ILogger<AuditSealer> logger) : BackgroundService
{
    public const string LeaseName = "audit-sealer";

    // A node that stops mid-sealing is replaced by another after this long.
    private static readonly TimeSpan LeaseDuration = TimeSpan.FromSeconds(30);

    private readonly string holder = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    // The loop and a caller (the CLI, a test) on the same node hold the same lease: they take turns.
    private readonly SemaphoreSlim sealing = new(1, 1);

    /// <summary>Seals what is queued, checkpoint after checkpoint; returns the checkpoints this sealer wrote.</summary>
    public async Task<IReadOnlyList<AuditCheckpoint>> SealAllAsync(CancellationToken cancellationToken)
    {
        var written = new List<AuditCheckpoint>();
        while (await SealOnceAsync(cancellationToken) is { } checkpoint)
        {
            written.Add(checkpoint);
        }

        return written;
    }

    /// <summary>One checkpoint over up to a batch of queued entries; null when nothing is queued or another node seals.</summary>
    public async Task<AuditCheckpoint?> SealOnceAsync(CancellationToken cancellationToken)
    {
        await sealing.WaitAsync(cancellationToken);
        try
        {
            return await SealBatchAsync(cancellationToken);
        }
        finally
        {
            sealing.Release();
        }
    }

    public override void Dispose()
    {
        sealing.Dispose();
        base.Dispose();
    }

    private async Task<AuditCheckpoint?> SealBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = time.GetUtcNow().UtcDateTime;
        if (!await db.TryTakeAsync(LeaseName, holder, now, LeaseDuration, cancellationToken))
        {
            return null;
        }

        await using var transaction = await db.BeginWriteAsync(cancellationToken);
        var entries = await db.Set<AuditPending>()
            .Join(db.AuditEntries, p => p.EntryId, e => e.Id, (p, e) => e)
            .OrderBy(e => e.Sequence)
            .Take(options.SealBatchSize)
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        if (entries.Count == 0)
        {
            return null;
        }

        var tree = await ResumeAsync(db, cancellationToken);
        // Only checkpoints the tree was just vouched for reach the file.
        await file.CatchUpAsync(db, cancellationToken);
        foreach (var entry in entries)
        {
            var hash = MerkleTree.LeafHash(AuditLeafData.Of(entry));
            db.Add(new AuditLeaf { LeafIndex = tree.Size, EntryId = entry.Id, Hash = Convert.ToHexStringLower(hash) });
            tree.Append(hash);
        }

        var ids = entries.ConvertAll(e => e.Id);
        await db.Set<AuditPending>().Where(p => ids.Contains(p.EntryId)).ExecuteDeleteAsync(cancellationToken);
        var sealedAt = AuditLeafData.TruncateToMilliseconds(now);
        var root = Convert.ToHexStringLower(tree.Root());
        var checkpoint = new AuditCheckpoint
        {
            TreeSize = tree.Size,
            RootHash = root,
            Frontier = tree.FrontierText,
            SealedAt = sealedAt,
            KeyId = key.KeyId,
            Signature = key.Sign(tree.Size, root, sealedAt),
        };
        db.Add(checkpoint);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            // Another node took over an expired lease and sealed these leaves first: its checkpoint stands.
            return null;
        }

        // Committed: the copy outside the database is written whatever happens to the caller now.
        await file.AppendAsync(checkpoint, CancellationToken.None);
        LogSealed(logger, checkpoint.TreeSize, entries.Count, checkpoint.RootHash, checkpoint.KeyId);
        return checkpoint;
    }

    /// <summary>
    /// The tree as the newest checkpoint left it, checked first: its signature, its frontier against its root, and
    /// the leaves against its size. A sealer never extends a tree it cannot vouch for (a forged or damaged newest
    /// checkpoint would otherwise be signed over from then on); it stops with an error for an operator to look into.
    /// </summary>
    private async Task<MerkleTree> ResumeAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var last = await db.Set<AuditCheckpoint>().AsNoTracking().OrderByDescending(c => c.TreeSize).FirstOrDefaultAsync(cancellationToken);
        var leaves = await db.Set<AuditLeaf>().MaxAsync(l => (long?)l.LeafIndex, cancellationToken) + 1 ?? 0;
        if (last is null)
        {
            return leaves == 0 ? MerkleTree.Empty() : throw new InvalidOperationException($"The audit log has {leaves} leaves but no checkpoint: run verify-audit.");
        }

        var tree = key.Check(last) is { } wrong
            ? throw new InvalidOperationException($"The newest audit checkpoint (tree size {last.TreeSize}) does not verify: {wrong}. Run verify-audit.")
            : MerkleTree.Resume(last.TreeSize, last.Frontier);
        return Convert.ToHexStringLower(tree.Root()) != last.RootHash
            ? throw new InvalidOperationException($"The newest audit checkpoint's frontier does not give its signed root (tree size {last.TreeSize}). Run verify-audit.")
            : leaves != last.TreeSize
                ? throw new InvalidOperationException($"The newest audit checkpoint covers {last.TreeSize} leaves but the log has {leaves}. Run verify-audit.")
                : tree;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (options.SealOnThisNode && !stoppingToken.IsCancellationRequested)
        {
            try
            {
                await SealAllAsync(stoppingToken);
                await Task.Delay(options.SealInterval, time, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogFailed(logger, ex);
                await Task.Delay(TimeSpan.FromSeconds(10), time, stoppingToken);
            }
        }
    }

    // The checkpoint in the log too: with syslog or a collector configured, a third copy outside the database.
    [LoggerMessage(Level = LogLevel.Information, Message = "Audit checkpoint: tree size {TreeSize} (+{Sealed}), root {RootHash}, key {KeyId}")]
    private static partial void LogSealed(ILogger logger, long treeSize, int @sealed, string rootHash, string keyId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Sealing the audit log failed; retrying in 10 s")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
