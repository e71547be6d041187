using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;

namespace UnionHome.Platform.Data;

public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public const string SqliteMigrationsAssembly = "UnionHome.Migrations.Sqlite";
    public const string PostgresMigrationsAssembly = "UnionHome.Migrations.Postgres";

    /// <summary>Database:Provider (Sqlite, the default, or Postgres) and ConnectionStrings:UnionHome.</summary>
    public static DatabaseSettings From(IConfiguration configuration, string dataDirectory)
    {
        var provider = Enum.Parse<DatabaseProvider>(configuration["Database:Provider"] ?? nameof(DatabaseProvider.Sqlite), ignoreCase: true);
        var connectionString = configuration.GetConnectionString("UnionHome");
        if (provider == DatabaseProvider.Postgres)
        {
            return new(provider, connectionString ?? throw new InvalidOperationException("Database:Provider=Postgres needs ConnectionStrings:UnionHome."));
        }

        if (string.IsNullOrWhiteSpace(connectionString))
        {
            Directory.CreateDirectory(dataDirectory);
            connectionString = new SqliteConnectionStringBuilder
            {
                DataSource = Path.Combine(dataDirectory, "unionhome.db"),
                Pooling = true,
                DefaultTimeout = 30,
            }.ToString();
        }

        return new(provider, connectionString);
    }

    public void Apply(DbContextOptionsBuilder options)
    {
        // Take or Skip without an order picks arbitrary rows (a sweep would pass over the same ones again and again):
        // an error, so that the tests running every sweep and list find it, not a warning in a log.
        options.ConfigureWarnings(warnings => warnings.Throw(CoreEventId.RowLimitingOperationWithoutOrderByWarning));
        if (Provider == DatabaseProvider.Postgres)
        {
            options.UseNpgsql(ConnectionString, npgsql => npgsql
                .MigrationsAssembly(PostgresMigrationsAssembly)
                .MigrationsHistoryTable("__ef_migrations_history", "platform"));
        }
        else
        {
            options.UseSqlite(ConnectionString, sqlite => sqlite.MigrationsAssembly(SqliteMigrationsAssembly));
            options.AddInterceptors(SqliteWalInterceptor.Instance);
        }
    }
}

/// <summary>WAL lets readers work while one writer writes; busy_timeout makes a second writer wait instead of failing.</summary>
internal sealed class SqliteWalInterceptor : DbConnectionInterceptor
{
    public static readonly SqliteWalInterceptor Instance = new();

    public override void ConnectionOpened(System.Data.Common.DbConnection connection, ConnectionEndEventData eventData) => Configure(connection);

    public override Task ConnectionOpenedAsync(System.Data.Common.DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Configure(connection);
        return Task.CompletedTask;
    }

    private static void Configure(System.Data.Common.DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000; PRAGMA foreign_keys=ON;";
        command.ExecuteNonQuery();
    }
}
