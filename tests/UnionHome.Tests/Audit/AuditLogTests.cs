using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UnionHome.Platform.Audit;
using UnionHome.Platform.Data;
using UnionHome.Platform.Identity;
using UnionHome.Tests.Infrastructure;

namespace UnionHome.Tests.Audit;

/// <summary>
/// The audit log: writers only insert; a sealer (one node at a time) seals entries into a Merkle tree under signed
/// checkpoints; the verifier names what was altered, deleted or re-hashed, and where (issue 13, item 2).
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class AuditLogTests(Apps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Revealing_a_phone_is_audited_with_who_and_whose(DatabaseProvider provider)
    {
        var app = apps[provider];
        var (token, staffId) = await app.NewStaffAsync(Roles.UnionStaff, "ZJ-ZS");
        var seafarer = await app.WithServices(sp => sp.GetRequiredService<AppDbContext>().Users.Where(u => u.UserName == "m.seafarer").Select(u => u.Id).SingleAsync(Ct));

        var revealed = await app.ClientWithToken(token).GetFromJsonAsync<UnionHome.Platform.Api.RevealedPhone>($"/api/v1/users/{seafarer}/phone", Ct);

        revealed!.Phone.ShouldBe("+8613800138000");
        var entry = await app.WithServices(sp => sp.GetRequiredService<AppDbContext>().AuditEntries
            .Where(e => e.Action == AuditActions.SensitiveFieldRevealed && e.ActorId == staffId)
            .SingleAsync(Ct));
        entry.Target.ShouldBe($"user:{seafarer}");
        entry.Details.ShouldBe("phone");
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Concurrent_writers_and_two_sealers_seal_every_entry_once_and_one_sealer_holds_the_lease(DatabaseProvider provider)
    {
        // The node's own sealer stays off: these two stand for the sealers of two nodes.
        await using var app = await apps.StartDedicatedAsync(provider, new() { ["Audit:SealOnThisNode"] = "false" });
        var (first, second) = (ActivatorUtilities.CreateInstance<AuditSealer>(app.Services), ActivatorUtilities.CreateInstance<AuditSealer>(app.Services));
        await first.SealAllAsync(Ct);
        var writing = 1;
        var writers = Task.WhenAll(Enumerable.Range(0, 20).Select(i => app.WithServices(async sp =>
        {
            for (var j = 0; j < 5; j++)
            {
                sp.GetRequiredService<AuditLog>().Record("test.concurrent", $"item:{i}.{j}");
                await sp.GetRequiredService<AppDbContext>().SaveChangesAsync(Ct);
            }

            return i;
        })));
        var sealers = Task.WhenAll(new[] { first, second }.Select(async sealer =>
        {
            var written = 0;
            while (Volatile.Read(ref writing) == 1)
            {
                written += (await sealer.SealAllAsync(Ct)).Count;
                await Task.Delay(5, Ct);
            }

            return written + (await sealer.SealAllAsync(Ct)).Count;
        }));

        await writers;
        Volatile.Write(ref writing, 0);
        var checkpoints = await sealers;

        checkpoints[1].ShouldBe(0, "the first sealer holds the lease while it renews it");
        var (entries, leaves) = await app.WithServices(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            return (await db.AuditEntries.CountAsync(Ct), await db.Set<AuditLeaf>().OrderBy(l => l.LeafIndex).ToListAsync(Ct));
        });
        leaves.Select(l => l.LeafIndex).ShouldBe(Enumerable.Range(0, entries).Select(i => (long)i));
        leaves.Select(l => l.EntryId).Distinct().Count().ShouldBe(entries);
        var verification = await VerifyAsync(app);
        verification.Problems.ShouldBeEmpty();
        verification.WaitingToBeSealed.ShouldBe(0);

        app.Time.Advance(TimeSpan.FromSeconds(31));
        await WriteAsync(app, "test.after_lease");
        (await second.SealAllAsync(Ct)).Count.ShouldBe(1, "once the lease lapses another node takes over");
        (await VerifyAsync(app)).Problems.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Entries_written_in_one_unit_of_work_are_numbered_and_wait_in_the_sealers_queue(DatabaseProvider provider)
    {
        var app = apps[provider];

        var (sequences, queued) = await app.WithServices(async sp =>
        {
            var audit = sp.GetRequiredService<AuditLog>();
            audit.Record("test.first", "item:1");
            audit.Record("test.second", "item:2");
            var db = sp.GetRequiredService<AppDbContext>();
            await db.SaveChangesAsync(Ct);
            var ids = db.AuditEntries.Local.Select(e => e.Id).ToList();
            return (db.AuditEntries.Local.Select(e => e.Sequence).ToList(), await db.Set<AuditPending>().CountAsync(p => ids.Contains(p.EntryId), Ct));
        });

        sequences.ShouldAllBe(s => s > 0);
        sequences.Distinct().Count().ShouldBe(2);
        queued.ShouldBe(2);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Altering_a_sealed_entry_is_found_and_named_by_its_leaf(DatabaseProvider provider)
    {
        await using var app = await SealedAppAsync(provider);
        var entry = await EntryAtLeafAsync(app, 3);

        await AsTableOwnerWithoutTriggersAsync(app, provider, db => db.AuditEntries.Where(e => e.Id == entry).ExecuteUpdateAsync(s => s.SetProperty(e => e.Details, "someone else"), Ct));

        var problems = (await VerifyAsync(app)).Problems;
        problems.ShouldHaveSingleItem().ShouldStartWith("leaf 3 (entry ");
        problems[0].ShouldContain("altered");
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Deleting_a_sealed_entry_is_found_and_named_by_its_leaf(DatabaseProvider provider)
    {
        await using var app = await SealedAppAsync(provider);
        var entry = await EntryAtLeafAsync(app, 4);

        await AsTableOwnerWithoutTriggersAsync(app, provider, db => db.AuditEntries.Where(e => e.Id == entry).ExecuteDeleteAsync(Ct));

        (await VerifyAsync(app)).Problems.ShouldHaveSingleItem().ShouldBe($"leaf 4: its entry {Spelled(provider, entry)} is missing (deleted)");
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Altering_an_entry_and_recomputing_its_leaf_hash_breaks_the_signed_checkpoint(DatabaseProvider provider)
    {
        await using var app = await SealedAppAsync(provider);
        var entry = await EntryAtLeafAsync(app, 2);
        var size = await app.WithServices(sp => sp.GetRequiredService<AppDbContext>().Set<AuditCheckpoint>().MinAsync(c => c.TreeSize, Ct));

        await AsTableOwnerWithoutTriggersAsync(app, provider, async db =>
        {
            await db.AuditEntries.Where(e => e.Id == entry).ExecuteUpdateAsync(s => s.SetProperty(e => e.Target, "user:nobody"), Ct);
            var altered = await db.AuditEntries.AsNoTracking().SingleAsync(e => e.Id == entry, Ct);
            return await db.Set<AuditLeaf>().Where(l => l.LeafIndex == 2).ExecuteUpdateAsync(s => s.SetProperty(l => l.Hash, AuditLeafData.LeafHashOf(altered)), Ct);
        });

        var problem = (await VerifyAsync(app)).Problems.ShouldHaveSingleItem();
        problem.ShouldStartWith($"checkpoint at tree size {size} ");
        problem.ShouldContain($"the leaves 0–{size - 1} do not give its signed root");
    }

    [Fact]
    public async Task A_rewritten_checkpoint_fails_its_signature_and_differs_from_the_copy_in_the_checkpoint_file()
    {
        await using var app = await SealedAppAsync(DatabaseProvider.Sqlite);
        var size = await app.WithServices(sp => sp.GetRequiredService<AppDbContext>().Set<AuditCheckpoint>().MinAsync(c => c.TreeSize, Ct));

        await AsTableOwnerWithoutTriggersAsync(app, DatabaseProvider.Sqlite, db => db.Set<AuditCheckpoint>()
            .Where(c => c.TreeSize == size)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.RootHash, new string('0', 64)), Ct));

        var problems = (await VerifyAsync(app)).Problems;
        problems.ShouldContain(p => p.StartsWith($"checkpoint at tree size {size}: its signature does not match", StringComparison.Ordinal));
        problems.ShouldContain(p => p.Contains("differs from its copy", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_malformed_value_is_reported_where_it_is_and_the_walk_goes_on()
    {
        await using var app = await SealedAppAsync(DatabaseProvider.Sqlite);
        var entry = await EntryAtLeafAsync(app, 1);
        await AsTableOwnerWithoutTriggersAsync(app, DatabaseProvider.Sqlite, db =>
            db.Database.ExecuteSqlRawAsync("UPDATE platform_audit_log SET \"OrgUnitId\" = 'not-a-guid' WHERE \"Id\" = {0}", [entry], Ct));
        var output = new StringWriter();

        var exitCode = await UnionHome.Web.Cli.AdminCommands.RunAsync(app.Services, "verify-audit", [], output, TextWriter.Null);

        exitCode.ShouldBe(1);
        output.ToString().ShouldContain("leaf 1 (entry ");
        output.ToString().ShouldContain("malformed entry ('not-a-guid' is not a GUID)");
        output.ToString().ShouldNotContain("leaf 2");
    }

    [Fact]
    public async Task An_entry_taken_out_of_the_sealers_queue_is_reported_as_never_sealed()
    {
        await using var app = await SealedAppAsync(DatabaseProvider.Sqlite);
        var id = await WriteAsync(app, "test.unqueued");

        await app.WithServices(sp => sp.GetRequiredService<AppDbContext>().Set<AuditPending>().Where(p => p.EntryId == id).ExecuteDeleteAsync(Ct));
        await app.Services.GetRequiredService<AuditSealer>().SealAllAsync(Ct);

        (await VerifyAsync(app)).Problems.ShouldHaveSingleItem().ShouldContain("is neither sealed nor waiting to be sealed");
    }

    [Fact]
    public async Task The_verify_audit_verb_says_intact_with_its_counts_and_exits_zero()
    {
        await using var app = await SealedAppAsync(DatabaseProvider.Sqlite);
        await WriteAsync(app, "test.waiting");
        var output = new StringWriter();

        var exitCode = await UnionHome.Web.Cli.AdminCommands.RunAsync(app.Services, "verify-audit", [], output, TextWriter.Null);

        exitCode.ShouldBe(0, output.ToString());
        output.ToString().ShouldMatch(@"Audit log intact: \d+ entries, \d+ signed checkpoints, 1 waiting to be sealed\.");
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_application_cannot_delete_or_alter_entries_leaves_or_checkpoints(DatabaseProvider provider)
    {
        await using var app = await SealedAppAsync(provider);
        var entry = await EntryAtLeafAsync(app, 2);
        Func<AppDbContext, Task<int>>[] tampering =
        [
            db => db.AuditEntries.Where(e => e.Id == entry).ExecuteDeleteAsync(Ct),
            db => db.AuditEntries.Where(e => e.Id == entry).ExecuteUpdateAsync(s => s.SetProperty(e => e.ActorName, "someone else"), Ct),
            db => db.Set<AuditLeaf>().Where(l => l.LeafIndex == 1).ExecuteDeleteAsync(Ct),
            db => db.Set<AuditLeaf>().Where(l => l.LeafIndex == 1).ExecuteUpdateAsync(s => s.SetProperty(l => l.Hash, new string('0', 64)), Ct),
            db => db.Set<AuditCheckpoint>().ExecuteDeleteAsync(Ct),
            db => db.Set<AuditCheckpoint>().ExecuteUpdateAsync(s => s.SetProperty(c => c.RootHash, new string('0', 64)), Ct),
        ];

        foreach (var tamper in tampering)
        {
            (await Should.ThrowAsync<Exception>(() => app.WithServices(sp => tamper(sp.GetRequiredService<AppDbContext>())))).ToString().ShouldContain("append-only");
        }

        (await VerifyAsync(app)).Problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_application_cannot_truncate_the_audit_tables_on_postgres()
    {
        await using var app = await apps.StartDedicatedAsync(DatabaseProvider.Postgres);

        foreach (var table in new[] { "audit_log", "audit_leaves", "audit_checkpoints" })
        {
            var sql = "TRUNCATE platform." + table;
            var truncate = () => app.WithServices(sp => sp.GetRequiredService<AppDbContext>().Database.ExecuteSqlRawAsync(sql, Ct));
            (await Should.ThrowAsync<Exception>(truncate)).ToString().ShouldContain("append-only");
        }
    }

    [Fact]
    public async Task A_failed_staff_sign_in_leaves_an_audit_entry()
    {
        var app = apps[DatabaseProvider.Sqlite];
        var response = await app.Anonymous().PostAsJsonAsync("/api/v1/auth/staff-login", new { userName = "zj.auditor", password = "Not-the-password-9" }, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var found = await app.WithServices(sp => sp.GetRequiredService<AppDbContext>().AuditEntries.AnyAsync(e => e.Action == AuditActions.StaffSignInFailed && e.Details == "password", Ct));
        found.ShouldBeTrue();
    }

    /// <summary>A fresh application whose demo data is sealed under at least one checkpoint.</summary>
    private async Task<UnionHomeApp> SealedAppAsync(DatabaseProvider provider)
    {
        var app = await apps.StartDedicatedAsync(provider);
        await app.Services.GetRequiredService<AuditSealer>().SealAllAsync(Ct);
        var verification = await VerifyAsync(app);
        verification.Problems.ShouldBeEmpty();
        verification.EntriesChecked.ShouldBeGreaterThan(5);
        return app;
    }

    private static Task<AuditVerification> VerifyAsync(UnionHomeApp app) => app.WithServices(sp => sp.GetRequiredService<AuditVerifier>().VerifyAsync(Ct));

    private static Task<Guid> EntryAtLeafAsync(UnionHomeApp app, long leaf) =>
        app.WithServices(sp => sp.GetRequiredService<AppDbContext>().Set<AuditLeaf>().Where(l => l.LeafIndex == leaf).Select(l => l.EntryId).SingleAsync(Ct));

    private static Task<Guid> WriteAsync(UnionHomeApp app, string action) =>
        app.WithServices(async sp =>
        {
            sp.GetRequiredService<AuditLog>().Record(action, "item:1");
            var db = sp.GetRequiredService<AppDbContext>();
            await db.SaveChangesAsync(Ct);
            return db.AuditEntries.Local.Single().Id;
        });

    /// <summary>A GUID as the verifier reads it back from the provider: SQLite keeps EF's upper-case text.</summary>
    private static string Spelled(DatabaseProvider provider, Guid id) => provider == DatabaseProvider.Sqlite ? id.ToString().ToUpperInvariant() : id.ToString();

    /// <summary>
    /// Tampering as only the tables' owner could: the triggers that keep them append-only are removed first, so these
    /// tests show what the verifier finds when someone gets past them.
    /// </summary>
    private static Task AsTableOwnerWithoutTriggersAsync(UnionHomeApp app, DatabaseProvider provider, Func<AppDbContext, Task<int>> tamper) =>
        app.WithServices(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            foreach (var table in new[] { "audit_log", "audit_leaves", "audit_checkpoints" })
            {
                var sql = provider == DatabaseProvider.Postgres
                    ? "ALTER TABLE platform." + table + " DISABLE TRIGGER USER"
                    : "DROP TRIGGER platform_" + table + "_no_update; DROP TRIGGER platform_" + table + "_no_delete;";
                await db.Database.ExecuteSqlRawAsync(sql, Ct);
            }

            return await tamper(db);
        });
}
