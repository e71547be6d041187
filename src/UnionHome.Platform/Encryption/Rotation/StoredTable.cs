using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using UnionHome.Platform.Data;

namespace UnionHome.Platform.Encryption.Rotation;

/// <summary>
/// The table of a registered entity, its key and its columns, read from the EF model so that the rotation verbs
/// follow migrations and both providers (a schema a module on PostgreSQL, a prefix on SQLite).
/// </summary>
internal sealed class StoredTable
{
    private readonly IEntityType entity;
    private readonly StoreObjectIdentifier table;

    private StoredTable(IEntityType entity, StoreObjectIdentifier table, string keyColumn)
    {
        this.entity = entity;
        this.table = table;
        KeyColumn = keyColumn;
    }

    /// <summary>As an operator would type it: membership.members, or membership_members on SQLite.</summary>
    public string Name => table.Schema is null ? table.Name : $"{table.Schema}.{table.Name}";

    public string Sql => table.Schema is null ? Quote(table.Name) : $"{Quote(table.Schema)}.{Quote(table.Name)}";

    /// <summary>The primary key column, quoted for SQL.</summary>
    public string Key => Quote(KeyColumn);

    public string KeyColumn { get; }

    /// <summary>A row as a message names it: membership.members Id=...</summary>
    public string Row(object? key) => $"{Name} {KeyColumn}={key}";

    public static StoredTable Of(AppDbContext db, Type clrType)
    {
        var entity = db.Model.FindEntityType(clrType) ?? throw new InvalidOperationException($"{clrType.Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var key = entity.FindPrimaryKey()?.Properties is [var single]
            ? single.GetColumnName(table)!
            : throw new InvalidOperationException($"{clrType.Name} needs a one-column primary key to be rewritten in batches.");
        return new StoredTable(entity, table, key);
    }

    public string Column(string property) =>
        Quote((entity.FindProperty(property) ?? throw new InvalidOperationException($"{entity.ClrType.Name} has no property {property}.")).GetColumnName(table)!);

    private static string Quote(string identifier) => $"\"{identifier}\"";
}

/// <summary>Plain commands on the context's connection and transaction, for batches that must not load entities.</summary>
internal static class RawCommands
{
    public static async Task<List<object?[]>> ReadAsync(this AppDbContext db, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(db, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<object?[]>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    public static async Task<int> ExecuteAsync(this AppDbContext db, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(db, sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// Runs one statement once a row, with the row's values as @p0, @p1, ...; returns the rows it changed. A row the
    /// database refuses (a unique index) stops the run with the row's name.
    /// </summary>
    public static async Task<int> ExecuteEachAsync(this AppDbContext db, string sql, IEnumerable<object?[]> rows, Func<object?[], string> rowName, CancellationToken cancellationToken)
    {
        DbCommand? command = null;
        var changed = 0;
        try
        {
            foreach (var row in rows)
            {
                command ??= Command(db, sql, row.Select((_, i) => ($"p{i}", (object?)null)).ToArray());
                for (var i = 0; i < row.Length; i++)
                {
                    command.Parameters[i].Value = row[i] ?? DBNull.Value;
                }

                try
                {
                    changed += await command.ExecuteNonQueryAsync(cancellationToken);
                }
                catch (DbException e) when (!TransientFailures.IsTransient(e))
                {
                    throw new InvalidOperationException($"{rowName(row)}: {e.Message}", e);
                }
            }
        }
        finally
        {
            if (command is not null)
            {
                await command.DisposeAsync();
            }
        }

        return changed;
    }

    private static DbCommand Command(AppDbContext db, string sql, (string Name, object? Value)[] parameters)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }
}
