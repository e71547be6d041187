using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UnionHome.Platform.Audit;
using UnionHome.Platform.Data;
using UnionHome.Platform.Identity;
using UnionHome.Tests.Infrastructure;

namespace UnionHome.Tests.Audit;

[Collection(PlatformCollection.Name)]
public sealed class AuditChainTests(Apps apps)
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
    public async Task Concurrent_writers_keep_one_unbroken_chain(DatabaseProvider provider)
    {
        await using var app = await apps.StartDedicatedAsync(provider);

        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => app.WithServices(async sp =>
        {
            sp.GetRequiredService<AuditLog>().Record("test.concurrent", $"item:{i}");
            return await sp.GetRequiredService<AppDbContext>().SaveChangesAsync(Ct);
        })));

        var verification = await app.WithServices(sp => sp.GetRequiredService<AuditVerifier>().VerifyAsync(Ct));
        verification.Intact.ShouldBeTrue(verification.Reason);
        var sequences = await app.WithServices(sp => sp.GetRequiredService<AppDbContext>().AuditEntries.Select(e => e.Sequence).OrderBy(s => s).ToListAsync(Ct));
        sequences.ShouldBe(Enumerable.Range(1, sequences.Count).Select(i => (long)i));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Two_entries_in_one_unit_of_work_get_consecutive_places_in_the_chain(DatabaseProvider provider)
    {
        var app = apps[provider];

        var sequences = await app.WithServices(async sp =>
        {
            var audit = sp.GetRequiredService<AuditLog>();
            audit.Record("test.first", "item:1");
            audit.Record("test.second", "item:2");
            var db = sp.GetRequiredService<AppDbContext>();
            await db.SaveChangesAsync(Ct);
            return db.AuditEntries.Local.Select(e => e.Sequence).Order().ToList();
        });

        sequences.Count.ShouldBe(2);
        sequences[1].ShouldBe(sequences[0] + 1);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Altering_an_entry_is_found_and_named_by_the_verifier(DatabaseProvider provider)
    {
        await using var app = await apps.StartDedicatedAsync(provider);
        var intact = await app.WithServices(sp => sp.GetRequiredService<AuditVerifier>().VerifyAsync(Ct));
        intact.Intact.ShouldBeTrue();
        intact.EntriesChecked.ShouldBeGreaterThan(5);

        await AsTableOwnerWithoutTriggersAsync(app, provider, db => db.AuditEntries
            .Where(e => e.Sequence == 3)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Details, "someone else"), Ct));

        var broken = await app.WithServices(sp => sp.GetRequiredService<AuditVerifier>().VerifyAsync(Ct));
        broken.Intact.ShouldBeFalse();
        broken.FirstBrokenSequence.ShouldBe(3);
        broken.Reason!.ShouldContain("altered");
    }

    [Fact]
    public async Task Deleting_an_entry_is_found_by_the_verifier()
    {
        await using var app = await apps.StartDedicatedAsync(DatabaseProvider.Sqlite);
        await AsTableOwnerWithoutTriggersAsync(app, DatabaseProvider.Sqlite, db => db.AuditEntries.Where(e => e.Sequence == 4).ExecuteDeleteAsync(Ct));

        var broken = await app.WithServices(sp => sp.GetRequiredService<AuditVerifier>().VerifyAsync(Ct));

        broken.FirstBrokenSequence.ShouldBe(4);
    }

    [Fact]
    public async Task The_verify_audit_verb_exits_non_zero_and_names_the_broken_entry()
    {
        await using var app = await apps.StartDedicatedAsync(DatabaseProvider.Sqlite);
        await AsTableOwnerWithoutTriggersAsync(app, DatabaseProvider.Sqlite, db => db.AuditEntries
            .Where(e => e.Sequence == 2)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Action, "tampered"), Ct));
        var output = new StringWriter();

        var exitCode = await UnionHome.Web.Cli.AdminCommands.RunAsync(app.Services, "verify-audit", [], output, TextWriter.Null);

        exitCode.ShouldBe(1);
        output.ToString().ShouldContain("entry 2");
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_application_cannot_delete_a_sealed_audit_entry(DatabaseProvider provider)
    {
        await using var app = await apps.StartDedicatedAsync(provider);
        var before = await app.WithServices(sp => sp.GetRequiredService<AppDbContext>().AuditEntries.CountAsync(Ct));

        var delete = () => app.WithServices(sp => sp.GetRequiredService<AppDbContext>().AuditEntries.Where(e => e.Sequence == 2).ExecuteDeleteAsync(Ct));

        (await Should.ThrowAsync<Exception>(delete)).ToString().ShouldContain("append-only");
        (await app.WithServices(sp => sp.GetRequiredService<AppDbContext>().AuditEntries.CountAsync(Ct))).ShouldBe(before);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_application_cannot_alter_a_sealed_audit_entry(DatabaseProvider provider)
    {
        await using var app = await apps.StartDedicatedAsync(provider);

        var alter = () => app.WithServices(sp => sp.GetRequiredService<AppDbContext>().AuditEntries
            .Where(e => e.Sequence == 2)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.ActorName, "someone else"), Ct));

        (await Should.ThrowAsync<Exception>(alter)).ToString().ShouldContain("append-only");
        var verification = await app.WithServices(sp => sp.GetRequiredService<AuditVerifier>().VerifyAsync(Ct));
        verification.Intact.ShouldBeTrue(verification.Reason);
    }

    [Fact]
    public async Task The_application_cannot_truncate_the_audit_log_on_postgres()
    {
        await using var app = await apps.StartDedicatedAsync(DatabaseProvider.Postgres);

        var truncate = () => app.WithServices(sp => sp.GetRequiredService<AppDbContext>().Database.ExecuteSqlRawAsync("TRUNCATE platform.audit_log", Ct));

        (await Should.ThrowAsync<Exception>(truncate)).ToString().ShouldContain("append-only");
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

    /// <summary>
    /// Tampering as only the table's owner could: the triggers that keep the log append-only are removed first, so
    /// these tests show what the verifier finds when someone gets past them.
    /// </summary>
    private static Task AsTableOwnerWithoutTriggersAsync(UnionHomeApp app, DatabaseProvider provider, Func<AppDbContext, Task<int>> tamper) =>
        app.WithServices(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            await db.Database.ExecuteSqlRawAsync(
                provider == DatabaseProvider.Postgres
                    ? "ALTER TABLE platform.audit_log DISABLE TRIGGER USER"
                    : "DROP TRIGGER platform_audit_log_no_update; DROP TRIGGER platform_audit_log_no_delete;",
                Ct);
            return await tamper(db);
        });
}
