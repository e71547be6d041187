using UnionHome.Platform.Data;

namespace UnionHome.TestSupport;

/// <summary>One application per database provider, shared by the integration tests of the run.</summary>
public sealed class Apps : IAsyncLifetime
{
    private UnionHomeApp? sqlite;
    private UnionHomeApp? postgres;

    public PostgresCluster Postgres { get; } = new();

    public UnionHomeApp this[DatabaseProvider provider] => provider == DatabaseProvider.Postgres ? postgres! : sqlite!;

    public async ValueTask InitializeAsync()
    {
        await Postgres.InitializeAsync();
        // Two instants for the price of one: every test that runs on both databases also runs on a working morning and
        // late on a Friday night. The tests move these clocks forward as they need; nothing moves them back.
        sqlite = await UnionHomeApp.StartAsync(DatabaseProvider.Sqlite, time: Clocks.Thursday1000Beijing());
        postgres = await UnionHomeApp.StartAsync(DatabaseProvider.Postgres, Postgres, time: Clocks.Friday2350Beijing());
    }

    /// <summary>A separate application for a test that needs its own settings or clock; the clock is <see cref="Clocks.Thursday1000Beijing"/> unless given.</summary>
    public Task<UnionHomeApp> StartDedicatedAsync(
        DatabaseProvider provider,
        Dictionary<string, string?>? settings = null,
        Microsoft.Extensions.Time.Testing.FakeTimeProvider? time = null,
        Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? configureServices = null) =>
        UnionHomeApp.StartAsync(provider, Postgres, settings, time, configureServices);

    public async ValueTask DisposeAsync()
    {
        if (sqlite is not null)
        {
            await sqlite.DisposeAsync();
        }

        if (postgres is not null)
        {
            await postgres.DisposeAsync();
        }

        await Postgres.DisposeAsync();
    }
}

/// <summary>Theory rows: every integration test runs once per database.</summary>
public static class Databases
{
    public static TheoryData<DatabaseProvider> Both => [DatabaseProvider.Sqlite, DatabaseProvider.Postgres];

    /// <summary>
    /// Theory rows for a time-sensitive test on dedicated apps: each database at least once, at a named instant each, on
    /// both sides of a working day's end and of a year's (one app per row: a full matrix would cost twice as many).
    /// </summary>
    public static TheoryData<DatabaseProvider, string> BothAtSeveralInstants => new()
    {
        { DatabaseProvider.Sqlite, nameof(Clocks.Thursday1510Beijing) },
        { DatabaseProvider.Postgres, nameof(Clocks.Friday2350Beijing) },
        { DatabaseProvider.Sqlite, nameof(Clocks.NewYearsEve235959Beijing) },
    };
}
