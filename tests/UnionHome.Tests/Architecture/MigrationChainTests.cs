using System.Reflection;
using Microsoft.EntityFrameworkCore.Migrations;

namespace UnionHome.Tests.Architecture;

/// <summary>
/// Every change to the model is one migration with the same name on both providers (tools/add-migration.sh adds
/// both), on top of one baseline: a migration added for one provider only, or renamed on one, fails here.
/// </summary>
public sealed class MigrationChainTests
{
    [Fact]
    public void Both_providers_carry_the_same_migrations_in_the_same_order()
    {
        var sqlite = NamesIn("UnionHome.Migrations.Sqlite");
        var postgres = NamesIn("UnionHome.Migrations.Postgres");

        sqlite.ShouldNotBeEmpty();
        sqlite.ShouldBe(postgres);
    }

    [Fact]
    public void The_chain_starts_at_one_baseline()
    {
        NamesIn("UnionHome.Migrations.Sqlite")[0].ShouldBe("Baseline");
        NamesIn("UnionHome.Migrations.Postgres")[0].ShouldBe("Baseline");
    }

    /// <summary>Migration names without their timestamps, oldest first (ids sort by their timestamp prefix).</summary>
    private static List<string> NamesIn(string assemblyName) =>
        Assembly.Load(assemblyName).GetTypes()
            .Select(t => t.GetCustomAttribute<MigrationAttribute>()?.Id)
            .OfType<string>()
            .Order(StringComparer.Ordinal)
            .Select(id => id[(id.IndexOf('_', StringComparison.Ordinal) + 1)..])
            .ToList();
}
