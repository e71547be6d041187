using UnionHome.Platform.Data;

namespace UnionHome.Tests.Infrastructure;

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
        sqlite = await UnionHomeApp.StartAsync(DatabaseProvider.Sqlite, time: NewClock());
        postgres = await UnionHomeApp.StartAsync(DatabaseProvider.Postgres, Postgres, time: NewClock());
    }

    /// <summary>A clock tests can move; each reading advances it a millisecond so that events keep their order.</summary>
    public static Microsoft.Extensions.Time.Testing.FakeTimeProvider NewClock() =>
        new(DateTimeOffset.UtcNow) { AutoAdvanceAmount = TimeSpan.FromMilliseconds(1) };

    /// <summary>A clock like <see cref="NewClock"/> at the next whole hour: fixed windows that divide an hour start there, not half-way through a test.</summary>
    public static Microsoft.Extensions.Time.Testing.FakeTimeProvider NewClockOnTheHour()
    {
        var now = DateTimeOffset.UtcNow;
        return new(new DateTimeOffset(now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerHour), TimeSpan.Zero).AddHours(1)) { AutoAdvanceAmount = TimeSpan.FromMilliseconds(1) };
    }

    /// <summary>A separate application for a test that needs its own settings or clock.</summary>
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

[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<Apps>
{
    public const string Name = "platform";
}

/// <summary>Theory rows: every integration test runs once per database.</summary>
public static class Databases
{
    public static TheoryData<DatabaseProvider> Both => [DatabaseProvider.Sqlite, DatabaseProvider.Postgres];
}
