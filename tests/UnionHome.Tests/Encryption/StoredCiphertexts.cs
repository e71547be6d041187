using System.Data.Common;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using UnionHome.Platform.Data;
using UnionHome.Platform.Encryption;
using UnionHome.Platform.Encryption.Rotation;
using UnionHome.Tests.Infrastructure;

namespace UnionHome.Tests.Encryption;

/// <summary>Every registered encrypted value as stored, read straight from the tables the EF model names.</summary>
internal static class StoredCiphertexts
{
    /// <summary>The encrypted columns of the app's model, in the order the rotation verb takes them.</summary>
    public static IReadOnlyList<EncryptedColumn> Columns(UnionHomeApp app)
    {
        using var scope = app.Services.CreateScope();
        return EncryptedColumns.Encrypted(scope.ServiceProvider.GetRequiredService<AppDbContext>().Model);
    }

    /// <summary>"Entity.Property#key" of every non-empty value, with its stored text.</summary>
    public static Task<Dictionary<string, (EncryptedColumn Column, string Stored, object Key)>> ReadAsync(UnionHomeApp app) =>
        app.WithServices(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var values = new Dictionary<string, (EncryptedColumn, string, object)>();
            await db.Database.OpenConnectionAsync(TestContext.Current.CancellationToken);
            foreach (var column in EncryptedColumns.Encrypted(db.Model))
            {
                var (table, key, value) = Locate(db, column);
                foreach (var row in await QueryAsync(db.Database.GetDbConnection(), $"SELECT {key}, {value} FROM {table} WHERE {value} IS NOT NULL AND {value} <> ''"))
                {
                    values[$"{column}#{row.Key}"] = (column, row.Value, row.Key);
                }
            }

            return values;
        });

    /// <summary>The key ids in a stored value: one for a whole value, one an encrypted secret for a Data Protection key.</summary>
    public static IEnumerable<string> KeyIds(EncryptedColumn column, string stored) =>
        Ciphertexts(column, stored).Select(c => c[..c.IndexOf(':', StringComparison.Ordinal)]);

    public static string Plain(FieldCipher cipher, EncryptedColumn column, object key, string stored) =>
        string.Join("\n", Ciphertexts(column, stored).Select(c => cipher.Decrypt(c, column.ScopeOf(key))));

    /// <summary>The first row of a column under the given key, in key order: the first one re-encryption rewrites.</summary>
    public static Task<object> FirstKeyUnderAsync(UnionHomeApp app, EncryptedColumn column, string keyId) =>
        app.WithServices(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var (table, key, value) = Locate(db, column);
            await db.Database.OpenConnectionAsync(TestContext.Current.CancellationToken);
            var rows = await QueryAsync(db.Database.GetDbConnection(), $"SELECT {key}, {value} FROM {table} WHERE substr({value}, 1, {keyId.Length + 1}) = '{keyId}:' ORDER BY {key} LIMIT 1");
            return rows.Single().Key;
        });

    /// <summary>What another node does: writes a value over its own connection, outside any transaction of the caller.</summary>
    public static async Task WriteAsNodeAsync(UnionHomeApp app, DbConnection connection, EncryptedColumn column, object rowKey, string stored)
    {
        var (table, key, value) = await app.WithServices(sp => Task.FromResult(Locate(sp.GetRequiredService<AppDbContext>(), column)));
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"UPDATE {table} SET {value} = @value WHERE {key} = @key";
        command.Parameters.Add(Parameter(command, "value", stored));
        command.Parameters.Add(Parameter(command, "key", rowKey));
        (await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken)).ShouldBe(1);
    }

    private static IEnumerable<string> Ciphertexts(EncryptedColumn column, string stored) =>
        column.Layout == CiphertextLayout.Whole
            ? [stored]
            : XElement.Parse(stored).Descendants().Where(e => e.Name.LocalName == "encryptedKey").Elements().Where(e => e.Name.LocalName == "value").Select(e => e.Value);

    private static (string Table, string Key, string Value) Locate(AppDbContext db, EncryptedColumn column)
    {
        var entity = db.Model.FindEntityType(column.Entity)!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var name = table.Schema is null ? $"\"{table.Name}\"" : $"\"{table.Schema}\".\"{table.Name}\"";
        return (name, $"\"{entity.FindPrimaryKey()!.Properties.Single().GetColumnName(table)}\"", $"\"{entity.FindProperty(column.Property)!.GetColumnName(table)}\"");
    }

    private static async Task<List<(object Key, string Value)>> QueryAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        var rows = new List<(object, string)>();
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            rows.Add((reader.GetValue(0), reader.GetString(1)));
        }

        return rows;
    }

    private static DbParameter Parameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        return parameter;
    }
}
