using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using UnionHome.Platform.Data;

namespace UnionHome.Tests.Encryption;

/// <summary>A table as someone holding the database file or a dump reads it: every cell of every row, as text.</summary>
internal static class RawTables
{
    /// <summary>All cells of the entity's table, one line a row; bytes as Latin-1, numbers invariant.</summary>
    public static Task<string> TextAsync(UnionHomeApp app, Type entity) =>
        app.WithServices(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var type = db.Model.FindEntityType(entity)!;
            var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
            var name = table.Schema is null ? $"\"{table.Name}\"" : $"\"{table.Schema}\".\"{table.Name}\"";
            await db.Database.OpenConnectionAsync(TestContext.Current.CancellationToken);
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = $"SELECT * FROM {name}";
            await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
            var text = new StringBuilder();
            while (await reader.ReadAsync(TestContext.Current.CancellationToken))
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    text.Append(reader.IsDBNull(i) ? "" : Cell(reader.GetValue(i))).Append('\t');
                }

                text.Append('\n');
            }

            return text.ToString();
        });

    /// <summary>Sets one column of one row, as someone with write access to the database (not the keys) would.</summary>
    public static Task<int> SetAsync(UnionHomeApp app, Type entity, string property, object id, object? value) =>
        app.WithServices(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var type = db.Model.FindEntityType(entity)!;
            var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
            var name = table.Schema is null ? $"\"{table.Name}\"" : $"\"{table.Schema}\".\"{table.Name}\"";
            var column = type.FindProperty(property)!.GetColumnName(table);
            var key = type.FindPrimaryKey()!.Properties.Single().GetColumnName(table);
            // Through EF's own parameter handling, so a Guid key matches however the provider stores it.
            var sql = $"UPDATE {name} SET \"{column}\" = {{0}} WHERE \"{key}\" = {{1}}";
            return await db.Database.ExecuteSqlRawAsync(sql, [value!, id], TestContext.Current.CancellationToken);
        });

    /// <summary>One column of one row as stored.</summary>
    public static Task<string?> GetAsync(UnionHomeApp app, Type entity, string property, object id) =>
        app.WithServices(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var type = db.Model.FindEntityType(entity)!;
            var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
            var name = table.Schema is null ? $"\"{table.Name}\"" : $"\"{table.Schema}\".\"{table.Name}\"";
            var column = type.FindProperty(property)!.GetColumnName(table);
            var key = type.FindPrimaryKey()!.Properties.Single().GetColumnName(table);
            var sql = $"SELECT \"{column}\" AS \"Value\" FROM {name} WHERE \"{key}\" = {{0}}";
            return await db.Database.SqlQueryRaw<string?>(sql, id).SingleAsync(TestContext.Current.CancellationToken);
        });

    private static string Cell(object value) => value switch
    {
        byte[] bytes => Encoding.Latin1.GetString(bytes),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
