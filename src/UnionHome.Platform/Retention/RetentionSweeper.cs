using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using UnionHome.Platform.Audit;
using UnionHome.Platform.Data;

namespace UnionHome.Platform.Retention;

/// <summary>
/// Runs every module's retention rules on every node, each batch in its own write transaction with an audit entry
/// saying how many records of which kind went and why. Nodes sweeping at once share the work: a rule claims its
/// batch (<see cref="RetentionClaims"/>) and writes only records still due, so none is processed twice.
/// </summary>
internal sealed partial class RetentionSweeper(IServiceScopeFactory scopes, IOptions<RetentionOptions> settings, TimeProvider time, ILogger<RetentionSweeper> logger) : BackgroundService
{
    public const string AuditAction = "retention.applied";

    private static readonly FixedAuditActor Sweep = new("system:retention", "保存期限清理");

    private RetentionOptions Options => settings.Value;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        if (Options.Enabled)
        {
            await using var scope = scopes.CreateAsyncScope();
            var names = scope.ServiceProvider.GetServices<IRetentionRule>().Select(r => r.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
            // A mistyped key would silently keep records for the default period instead of the one the operator chose.
            if (Options.Periods.Keys.FirstOrDefault(k => !names.Contains(k)) is { } unknown)
            {
                throw new InvalidOperationException($"Retention:Periods:{unknown} names no kind of record; the kinds are {string.Join(", ", names.Order(StringComparer.Ordinal))}.");
            }
        }

        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Options.Enabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await SweepAsync(stoppingToken);
                await Task.Delay(Options.Interval, time, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogFailed(logger, ex);
                await Task.Delay(TimeSpan.FromMinutes(1), time, stoppingToken);
            }
        }
    }

    /// <summary>
    /// Applies every rule batch after batch while batches change something; returns how many records of each kind this
    /// node changed. A node whose batch is all taken by another stops; the other goes on until nothing is due.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, int>> SweepAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        List<(string Name, TimeSpan Period)> rules;
        await using (var scope = scopes.CreateAsyncScope())
        {
            rules = scope.ServiceProvider.GetServices<IRetentionRule>().Select(r => (r.Name, Options.PeriodOf(r))).ToList();
        }

        var changed = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (name, period) in rules)
        {
            var cutoff = now - period;
            int batch;
            changed[name] = 0;
            do
            {
                batch = await ApplyBatchAsync(name, cutoff, cancellationToken);
                changed[name] += batch;
            }
            while (batch > 0);

            if (changed[name] > 0)
            {
                LogApplied(logger, changed[name], name, period);
            }
        }

        return changed;
    }

    private async Task<int> ApplyBatchAsync(string name, DateTime cutoff, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var rule = scope.ServiceProvider.GetServices<IRetentionRule>().Single(r => r.Name == name);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await using var transaction = await db.BeginWriteAsync(cancellationToken);
        var count = await rule.ApplyAsync(cutoff, Options.BatchSize, cancellationToken);
        if (count > 0)
        {
            new AuditLog(db, Sweep, time).Record(AuditAction, $"retention:{name}", $"{count} due before {cutoff:yyyy-MM-dd HH:mm}Z");
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return count;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention: {Count} records of {Rule} past {Period} deleted or anonymised")]
    private static partial void LogApplied(ILogger logger, int count, string rule, TimeSpan period);

    [LoggerMessage(Level = LogLevel.Error, Message = "Retention sweep failed; it will run again")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
