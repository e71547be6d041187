using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using UnionHome.Cases.Data;
using UnionHome.Cases.Queue;
using UnionHome.Platform.Data;

namespace UnionHome.Cases.Sla;

/// <summary>
/// Finds cases whose first response or resolution is overdue and escalates each to the parent union's queue.
/// Any number of nodes may sweep at once: a due case is claimed with a conditional update on its check time,
/// so exactly one of them escalates it.
/// </summary>
internal sealed partial class BreachSweeper(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider time, ILogger<BreachSweeper> logger) : BackgroundService
{
    private TimeSpan Interval => configuration.GetValue("Cases:SweepInterval", TimeSpan.FromSeconds(15));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("Cases:SweepEnabled", true))
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await SweepAsync(stoppingToken);
                await Task.Delay(Interval, time, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogFailed(logger, ex);
                await Task.Delay(TimeSpan.FromSeconds(5), stoppingToken);
            }
        }
    }

    /// <summary>Escalates every case due now; returns how many this sweeper escalated.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        List<(Guid Id, DateTime CheckAt)> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            due = (await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<HelpCase>().AsNoTracking()
                    .Where(c => c.SlaCheckAt <= now && c.Status != CaseStatus.Resolved)
                    .OrderBy(c => c.SlaCheckAt).Take(200)
                    .Select(c => new { c.Id, c.SlaCheckAt })
                    .ToListAsync(cancellationToken))
                .ConvertAll(c => (c.Id, c.SlaCheckAt!.Value));
        }

        var escalated = 0;
        foreach (var (id, checkAt) in due)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await using var transaction = await db.BeginWriteAsync(cancellationToken);
            var claimed = await db.Set<HelpCase>().Where(c => c.Id == id && c.SlaCheckAt == checkAt)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.SlaCheckAt, (DateTime?)null), cancellationToken);
            if (claimed == 0)
            {
                continue;
            }

            var c = await db.Set<HelpCase>().SingleAsync(x => x.Id == id, cancellationToken);
            var firstResponse = c.FirstRespondedAt is null;
            if (firstResponse)
            {
                c.FirstResponseBreachedAt ??= now;
            }
            else
            {
                c.ResolutionBreachedAt ??= now;
            }

            var reason = firstResponse ? "超过首次响应时限未答复，自动上报上级工会" : "超过办结时限，自动上报上级工会";
            if (await scope.ServiceProvider.GetRequiredService<EscalateCase>().ToParentUnitAsync(c, "sla", "时限监控", reason, cancellationToken))
            {
                escalated++;
            }

            c.Version = Guid.NewGuid();
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return escalated;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "SLA breach sweep failed; it will run again")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
