using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using UnionHome.Platform.Data;

namespace UnionHome.Platform.Retention;

/// <summary>How a retention rule takes a batch of due records that no other node's sweep is working on.</summary>
public static class RetentionClaims
{
    /// <summary>
    /// The ids of up to <paramref name="batchSize"/> of the <paramref name="due"/> records, locked for the caller's write
    /// transaction. PostgreSQL skips the rows another node's sweep holds (<c>FOR UPDATE SKIP LOCKED</c>, as the outbox
    /// claims messages); SQLite lets one writer in at a time, so the transaction itself is the claim. A record another
    /// node finished meanwhile can still be among them: write with statements that check it is still due.
    /// </summary>
    public static async Task<List<Guid>> ClaimAsync<TRecord>(this AppDbContext db, IQueryable<TRecord> due, Expression<Func<TRecord, Guid>> id, int batchSize, CancellationToken cancellationToken)
        where TRecord : class
    {
        var candidates = await due.Select(id).OrderBy(key => key).Take(batchSize).ToListAsync(cancellationToken);
        if (candidates.Count == 0 || db.Provider != DatabaseProvider.Postgres)
        {
            return candidates;
        }

        var entity = db.Model.FindEntityType(typeof(TRecord)) ?? throw new InvalidOperationException($"{typeof(TRecord).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var key = entity.FindPrimaryKey()!.Properties.Single().GetColumnName(table);
        var name = table.Schema is null ? $"\"{table.Name}\"" : $"\"{table.Schema}\".\"{table.Name}\"";
#pragma warning disable EF1002 // the table and column names come from our own model; the ids are a parameter
        return await db.Database.SqlQueryRaw<Guid>(
                $$"""SELECT "{{key}}" AS "Value" FROM {{name}} WHERE "{{key}}" = ANY({0}) ORDER BY "{{key}}" FOR UPDATE SKIP LOCKED""",
                [candidates.ToArray()])
            .ToListAsync(cancellationToken);
#pragma warning restore EF1002
    }
}
