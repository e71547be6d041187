using System.IO.Compression;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using UnionHome.Membership.Data;
using UnionHome.Membership.Rosters;
using UnionHome.Platform.Audit;
using UnionHome.Platform.Data;
using UnionHome.Tests.Infrastructure;

namespace UnionHome.Tests.Membership;

[Collection(PlatformCollection.Name)]
public sealed class RosterClaimTests(Apps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_worker_whose_claim_was_taken_over_commits_nothing()
    {
        var app = apps[DatabaseProvider.Sqlite];
        var name = $"接管测试{Guid.NewGuid():N}"[..10];
        using var roster = new MemoryStream();
        roster.SaveAs(new[] { new Dictionary<string, object> { ["姓名"] = name, ["身份证号"] = ResidentIds.New("330102"), ["手机号"] = Sessions.NewPhone() } });
        var importId = await app.WithServices(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var enterprise = await db.Enterprises.Where(e => e.CreditCode == "91330102MA2H00001L").Select(e => e.Id).SingleAsync(Ct);
            var import = new RosterImport
            {
                Id = Guid.CreateVersion7(), EnterpriseId = enterprise, UploadedBy = "test", FileName = "r.xlsx", FileHash = "x", ContentCipher = "plainhex:" + Convert.ToHexString(roster.ToArray()),
                Status = RosterImportStatus.Running, ClaimToken = Guid.NewGuid(), LockedUntil = app.Time.GetUtcNow().UtcDateTime.AddHours(1), CreatedAt = app.Time.GetUtcNow().UtcDateTime,
            };
            db.Add(import);
            await db.SaveChangesAsync(Ct);
            return import.Id;
        });

        await app.WithServices(async sp =>
        {
            var importer = ActivatorUtilities.CreateInstance<RosterImporter>(sp, new AuditLog(sp.GetRequiredService<AppDbContext>(), new FixedAuditActor("test", "test"), app.Time));
            await Should.ThrowAsync<RosterClaimLostException>(() => importer.RunAsync(importId, Guid.NewGuid(), TimeSpan.FromMinutes(10), Ct));
            return 0;
        });

        var filed = await app.WithServices(sp => sp.GetRequiredService<AppDbContext>().Set<MembershipApplication>().AnyAsync(a => a.Name == name, Ct));
        filed.ShouldBeFalse();
    }

    [Fact]
    public async Task A_roster_resumed_after_its_node_died_continues_after_the_last_committed_batch()
    {
        var app = apps[DatabaseProvider.Sqlite];
        var tag = Guid.NewGuid().ToString("N")[..6];
        var rows = Enumerable.Range(0, 3).Select(i => new Dictionary<string, object> { ["姓名"] = $"续导{tag}{i}", ["身份证号"] = ResidentIds.New("330102"), ["手机号"] = Sessions.NewPhone() }).ToArray();
        // The first row was committed by the node that died: its application exists and the import says so.
        var first = await NewImportAsync(app, rows[..1], processed: 0, imported: 0);
        await RunAsync(app, first);
        var resumed = await NewImportAsync(app, rows, processed: 1, imported: 1);

        await RunAsync(app, resumed);

        var after = await app.WithServices(sp => sp.GetRequiredService<AppDbContext>().Set<RosterImport>().AsNoTracking().SingleAsync(r => r.Id == resumed.Id, Ct));
        after.Status.ShouldBe(RosterImportStatus.Completed);
        (after.Imported, after.Rejected, after.Total).ShouldBe((3, 0, 3));
        var names = await app.WithServices(sp => sp.GetRequiredService<AppDbContext>().Set<MembershipApplication>().Where(a => a.Name.StartsWith($"续导{tag}")).Select(a => a.Name).ToListAsync(Ct));
        names.Order().ShouldBe(rows.Select(r => (string)r["姓名"]));
    }

    private static async Task<RosterImport> NewImportAsync(UnionHomeApp app, Dictionary<string, object>[] rows, int processed, int imported)
    {
        using var roster = new MemoryStream();
        roster.SaveAs(rows);
        return await app.WithServices(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var enterprise = await db.Enterprises.Where(e => e.CreditCode == "91330102MA2H00001L").Select(e => e.Id).SingleAsync(Ct);
            var import = new RosterImport
            {
                Id = Guid.CreateVersion7(), EnterpriseId = enterprise, UploadedBy = "test", FileName = "r.xlsx", FileHash = Guid.NewGuid().ToString(), ContentCipher = "plainhex:" + Convert.ToHexString(roster.ToArray()),
                Status = RosterImportStatus.Running, ClaimToken = Guid.NewGuid(), LockedUntil = app.Time.GetUtcNow().UtcDateTime.AddHours(1), CreatedAt = app.Time.GetUtcNow().UtcDateTime,
                Processed = processed, Imported = imported,
            };
            db.Add(import);
            await db.SaveChangesAsync(Ct);
            return import;
        });
    }

    private static Task RunAsync(UnionHomeApp app, RosterImport import) => app.WithServices(async sp =>
    {
        var importer = ActivatorUtilities.CreateInstance<RosterImporter>(sp, new AuditLog(sp.GetRequiredService<AppDbContext>(), new FixedAuditActor("test", "test"), app.Time));
        await importer.RunAsync(import.Id, import.ClaimToken!.Value, TimeSpan.FromMinutes(10), Ct);
        return 0;
    });

    [Fact]
    public async Task A_roster_that_cannot_be_read_fails_and_its_workbook_is_dropped()
    {
        var app = apps[DatabaseProvider.Sqlite];
        using var broken = new MemoryStream();
        using (var zip = new ZipArchive(broken, ZipArchiveMode.Create, leaveOpen: true))
        {
            await using var workbook = new StreamWriter(zip.CreateEntry("xl/workbook.xml").Open());
            await workbook.WriteAsync("<not a workbook");
        }

        var importId = await app.WithServices(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var enterprise = await db.Enterprises.Where(e => e.CreditCode == "91330102MA2H00001L").Select(e => e.Id).SingleAsync(Ct);
            var import = new RosterImport
            {
                Id = Guid.CreateVersion7(), EnterpriseId = enterprise, UploadedBy = "test", FileName = "broken.xlsx", FileHash = "y", ContentCipher = "plainhex:" + Convert.ToHexString(broken.ToArray()),
                Status = RosterImportStatus.Queued, CreatedAt = app.Time.GetUtcNow().UtcDateTime,
            };
            db.Add(import);
            await db.SaveChangesAsync(Ct);
            return import.Id;
        });
        RosterImportWorker.Wake.Release();

        RosterImport? after = null;
        for (var i = 0; i < 100 && after?.Status is null or RosterImportStatus.Queued or RosterImportStatus.Running; i++)
        {
            await Task.Delay(100, Ct);
            after = await app.WithServices(sp => sp.GetRequiredService<AppDbContext>().Set<RosterImport>().AsNoTracking().SingleAsync(r => r.Id == importId, Ct));
        }

        after!.Status.ShouldBe(RosterImportStatus.Failed);
        after.ContentCipher.ShouldBeNull();
    }
}
