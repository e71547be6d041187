using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using NpgsqlTypes;

namespace UnionHome.Platform.Data;

/// <summary>
/// Inserts many new rows of one entity in the caller's transaction. On PostgreSQL the rows go through one binary
/// COPY, whose columns and value conversions come from the EF model, so a table added by a migration stays in
/// step; on SQLite, which runs in-process, EF's batched inserts are already close to the disk's speed.
/// Only for entities whose keys the application sets (no identity columns) and that need no audit or events.
/// </summary>
public static class BulkInsert
{
    public static async Task InsertAllAsync<T>(this AppDbContext db, IReadOnlyCollection<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        if (db.Provider == DatabaseProvider.Sqlite)
        {
            db.Set<T>().AddRange(rows);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return;
        }

        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var columns = entityType.GetProperties().Select(p => new CopyColumn(p, p.GetColumnName(table)!)).ToList();
        var target = table.Schema is null ? $"\"{table.Name}\"" : $"\"{table.Schema}\".\"{table.Name}\"";
        var command = $"COPY {target} ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) FROM STDIN (FORMAT BINARY)";

        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var writer = await connection.BeginBinaryImportAsync(command, cancellationToken);
            foreach (var row in rows)
            {
                await writer.StartRowAsync(cancellationToken);
                foreach (var column in columns)
                {
                    await column.WriteAsync(writer, row, cancellationToken);
                }
            }

            await writer.CompleteAsync(cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private sealed class CopyColumn(IProperty property, string name)
    {
        private readonly Func<object, object?> read = property.GetGetter().GetClrValueUsingContainingEntity;
        private readonly Func<object?, object?>? convert = property.GetTypeMapping().Converter?.ConvertToProvider;
        private readonly NpgsqlDbType type = TypeOf(property.GetTypeMapping().Converter?.ProviderClrType ?? property.ClrType);

        public string Name => name;

        public Task WriteAsync(NpgsqlBinaryImporter writer, object row, CancellationToken cancellationToken)
        {
            var value = read(row);
            if (value is not null && convert is not null)
            {
                value = convert(value);
            }

            return value is null ? writer.WriteNullAsync(cancellationToken) : writer.WriteAsync(value, type, cancellationToken);
        }

        private static NpgsqlDbType TypeOf(Type clrType) => (Nullable.GetUnderlyingType(clrType) ?? clrType) switch
        {
            var t when t == typeof(string) => NpgsqlDbType.Text,
            var t when t == typeof(Guid) => NpgsqlDbType.Uuid,
            var t when t == typeof(DateTime) => NpgsqlDbType.TimestampTz,
            var t when t == typeof(DateTimeOffset) => NpgsqlDbType.TimestampTz,
            var t when t == typeof(DateOnly) => NpgsqlDbType.Date,
            var t when t == typeof(int) => NpgsqlDbType.Integer,
            var t when t == typeof(long) => NpgsqlDbType.Bigint,
            var t when t == typeof(short) => NpgsqlDbType.Smallint,
            var t when t == typeof(bool) => NpgsqlDbType.Boolean,
            var t when t == typeof(decimal) => NpgsqlDbType.Numeric,
            var t when t == typeof(double) => NpgsqlDbType.Double,
            var t when t == typeof(byte[]) => NpgsqlDbType.Bytea,
            var t => throw new NotSupportedException($"No COPY mapping for {t.Name}."),
        };
    }
}
