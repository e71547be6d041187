using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace UnionHome.Platform.Data;

public static class TableNaming
{
    /// <summary>PostgreSQL: one schema a module; SQLite has no schemas, so the module becomes a prefix.</summary>
    public static EntityTypeBuilder<T> ToModuleTable<T>(this EntityTypeBuilder<T> builder, string module, string table, DatabaseProvider provider)
        where T : class =>
        provider == DatabaseProvider.Postgres
            ? builder.ToTable(table, module)
            : builder.ToTable($"{module}_{table}");

    public static string QualifiedName(string module, string table, DatabaseProvider provider) =>
        provider == DatabaseProvider.Postgres ? $"\"{module}\".\"{table}\"" : $"\"{module}_{table}\"";
}
