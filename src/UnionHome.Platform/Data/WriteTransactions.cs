using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace UnionHome.Platform.Data;

/// <summary>
/// The one way to open a write transaction: its commit wakes the outbox dispatcher at once, so an integration event
/// written in it (an emergency alert) does not wait for the next poll. SQLite lets one writer in at a time and makes the others poll
/// the file lock with growing sleeps, which under a storm of requests costs far more than the writes; so on
/// SQLite writers of one database queue here first, in process, and the lock is always free when they reach it.
/// PostgreSQL locks rows, not the database: there the transaction starts at once.
/// </summary>
public static class WriteTransactions
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Queues = new(StringComparer.Ordinal);

    public static async Task<WriteTransaction> BeginWriteAsync(this AppDbContext db, CancellationToken cancellationToken)
    {
        SemaphoreSlim? queue = null;
        if (db.Provider == DatabaseProvider.Sqlite)
        {
            queue = Queues.GetOrAdd(db.Database.GetConnectionString() ?? "", _ => new SemaphoreSlim(1, 1));
            await queue.WaitAsync(cancellationToken);
        }

        try
        {
            return new WriteTransaction(db, await db.Database.BeginTransactionAsync(cancellationToken), queue);
        }
        catch
        {
            queue?.Release();
            throw;
        }
    }
}

public sealed class WriteTransaction(AppDbContext db, IDbContextTransaction transaction, SemaphoreSlim? queue) : IAsyncDisposable
{
    private int released;

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        await transaction.CommitAsync(cancellationToken);
        db.Committed();
    }

    public Task RollbackAsync(CancellationToken cancellationToken) => transaction.RollbackAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        try
        {
            await transaction.DisposeAsync();
        }
        finally
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                queue?.Release();
            }
        }
    }
}
