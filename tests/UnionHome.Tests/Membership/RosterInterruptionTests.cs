using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MiniExcelLibs;
using Npgsql;
using UnionHome.Membership.Data;
using UnionHome.Membership.Rosters;
using UnionHome.Platform.Data;
using UnionHome.Tests.Infrastructure;

namespace UnionHome.Tests.Membership;

[Collection(PlatformCollection.Name)]
public sealed class RosterInterruptionTests(Apps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_roster_interrupted_by_the_database_pauses_and_then_finishes_instead_of_failing()
    {
        var clock = Clocks.Thursday1000Beijing();
        var restart = new DatabaseRestartDuringDuplicateCheck();
        await using var app = await apps.StartDedicatedAsync(
            DatabaseProvider.Sqlite, time: clock, configureServices: services => services.ConfigureDbContext<AppDbContext>(o => o.AddInterceptors(restart)));
        var tag = Guid.NewGuid().ToString("N")[..6];
        using var roster = new MemoryStream();
        roster.SaveAs(Enumerable.Range(0, 3).Select(i => new Dictionary<string, object> { ["姓名"] = $"中断{tag}{i}", ["身份证号"] = ResidentIds.New("330102"), ["手机号"] = Sessions.NewPhone() }).ToArray());
        var importId = await app.WithServices(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var enterprise = await db.Enterprises.Where(e => e.CreditCode == "91330102MA2H00001L").Select(e => e.Id).SingleAsync(Ct);
            var import = new RosterImport
            {
                Id = Guid.CreateVersion7(), EnterpriseId = enterprise, UploadedBy = "test", FileName = "r.xlsx", FileHash = tag, ContentCipher = "plainhex:" + Convert.ToHexString(roster.ToArray()),
                Status = RosterImportStatus.Queued, CreatedAt = clock.GetUtcNow().UtcDateTime,
            };
            db.Add(import);
            await db.SaveChangesAsync(Ct);
            return import.Id;
        });

        restart.Armed = true;
        RosterImportWorker.Wake.Release();
        var paused = await UntilAsync(app, importId, i => i.ClaimToken is null && i.LockedUntil > clock.GetUtcNow().UtcDateTime);

        paused.Status.ShouldBe(RosterImportStatus.Running);
        paused.ContentCipher.ShouldNotBeNull();
        clock.Advance(TimeSpan.FromSeconds(31));
        RosterImportWorker.Wake.Release();
        var finished = await UntilAsync(app, importId, i => i.Status is RosterImportStatus.Completed or RosterImportStatus.Failed);
        finished.Status.ShouldBe(RosterImportStatus.Completed);
        (finished.Imported, finished.Rejected).ShouldBe((3, 0));
    }

    private static async Task<RosterImport> UntilAsync(UnionHomeApp app, Guid importId, Func<RosterImport, bool> condition)
    {
        RosterImport? import = null;
        for (var i = 0; i < 100 && (import is null || !condition(import)); i++)
        {
            await Task.Delay(100, Ct);
            import = await app.WithServices(sp => sp.GetRequiredService<AppDbContext>().Set<RosterImport>().AsNoTracking().SingleAsync(r => r.Id == importId, Ct));
            RosterImportWorker.Wake.Release();
        }

        condition(import!).ShouldBeTrue($"import stuck at {import!.Status}, claim {import.ClaimToken}, locked until {import.LockedUntil:O}");
        return import;
    }

    /// <summary>The first duplicate check after arming fails the way a PostgreSQL restart cuts a query.</summary>
    private sealed class DatabaseRestartDuringDuplicateCheck : DbCommandInterceptor
    {
        private int fired;

        public bool Armed { get; set; }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (Armed && command.CommandText.Contains("ResidentIdIndex", StringComparison.Ordinal) && Interlocked.Exchange(ref fired, 1) == 0)
            {
                throw new PostgresException("terminating connection due to administrator command", "FATAL", "FATAL", "57P01");
            }

            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
