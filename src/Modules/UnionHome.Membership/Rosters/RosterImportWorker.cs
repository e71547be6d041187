using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using UnionHome.Membership.Data;
using UnionHome.Platform.Audit;
using UnionHome.Platform.Data;

namespace UnionHome.Membership.Rosters;

/// <summary>
/// Works through queued rosters in the background. A roster is claimed with a conditional update, so with several
/// nodes each is processed once; a claim that outlives a crashed node expires and the roster is taken up again.
/// </summary>
internal sealed partial class RosterImportWorker(IServiceScopeFactory scopes, TimeProvider time, ILogger<RosterImportWorker> logger) : BackgroundService
{
    private static readonly TimeSpan ClaimFor = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan RetryAfterInterruption = TimeSpan.FromSeconds(30);

    public static readonly SemaphoreSlim Wake = new(0);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!await ProcessNextAsync(stoppingToken))
                {
                    await Wake.WaitAsync(TimeSpan.FromSeconds(2), stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogFailed(logger, ex);
                await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken);
            }
        }
    }

    public async Task<bool> ProcessNextAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = time.GetUtcNow().UtcDateTime;
        var candidate = await db.Set<RosterImport>().AsNoTracking()
            .Where(i => i.Status == RosterImportStatus.Queued || (i.Status == RosterImportStatus.Running && i.LockedUntil < now))
            .OrderBy(i => i.CreatedAt)
            .Select(i => new { i.Id, i.UploadedBy })
            .FirstOrDefaultAsync(cancellationToken);
        if (candidate is null)
        {
            return false;
        }

        var token = Guid.NewGuid();
        var claimed = await db.Set<RosterImport>()
            .Where(i => i.Id == candidate.Id && (i.Status == RosterImportStatus.Queued || (i.Status == RosterImportStatus.Running && i.LockedUntil < now)))
            .ExecuteUpdateAsync(
                s => s.SetProperty(i => i.Status, RosterImportStatus.Running).SetProperty(i => i.LockedUntil, now + ClaimFor).SetProperty(i => i.ClaimToken, token),
                cancellationToken);
        if (claimed == 0)
        {
            return true;
        }

        var audit = new AuditLog(db, new FixedAuditActor(candidate.UploadedBy, "名册导入"), time);
        var importer = ActivatorUtilities.CreateInstance<RosterImporter>(scope.ServiceProvider, audit);
        try
        {
            await importer.RunAsync(candidate.Id, token, ClaimFor, cancellationToken);
        }
        catch (RosterClaimLostException)
        {
            // Another node took the roster over after this one's claim lapsed; it finishes the work.
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && TransientFailures.IsTransient(ex))
        {
            // The database went away for a moment: any node may take the roster up again after a pause and resume
            // after its last committed batch. A pause, not at once: some "transient" conditions (a full disk, lock
            // contention) last, and re-reading the workbook in a tight loop would only add load. If the database is
            // still gone this update fails too and the 10-minute claim lapses instead.
            LogInterrupted(logger, ex);
            db.ChangeTracker.Clear();
            var retryAt = time.GetUtcNow().UtcDateTime + RetryAfterInterruption;
            await db.Set<RosterImport>().Where(i => i.Id == candidate.Id && i.ClaimToken == token).ExecuteUpdateAsync(
                s => s.SetProperty(i => i.LockedUntil, retryAt).SetProperty(i => i.ClaimToken, (Guid?)null),
                cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogFailed(logger, ex);
            db.ChangeTracker.Clear();
            await db.Set<RosterImport>().Where(i => i.Id == candidate.Id && i.ClaimToken == token).ExecuteUpdateAsync(
                s => s.SetProperty(i => i.Status, RosterImportStatus.Failed)
                    .SetProperty(i => i.Error, "处理名册时出错，请联系管理员")
                    .SetProperty(i => i.ContentCipher, (string?)null),
                cancellationToken);
        }

        return true;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Roster import interrupted by the database; it resumes in 30 seconds")]
    private static partial void LogInterrupted(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Roster import failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}

/// <summary>This worker's claim on a roster lapsed and another took it: stop without writing anything more.</summary>
internal sealed class RosterClaimLostException() : Exception("The roster claim was taken over by another worker.");
