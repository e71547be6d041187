using System.Globalization;
using UnionHome.Platform.Audit;
using UnionHome.Platform.Data;
using UnionHome.Platform.Encryption.Rotation;
using UnionHome.Platform.Modules;

namespace UnionHome.Web.Cli;

/// <summary>reencrypt and reindex: the batch steps of a key rotation (docs/operations.md, "Key rotation").</summary>
internal static class KeyRotationCommands
{
    public const string ReencryptUsage = "reencrypt [--dry-run | --count] [--batch ROWS]";
    public const string ReindexUsage = "reindex [--batch ROWS]";

    public static async Task<int> ReencryptAsync(IServiceProvider services, AuditLog audit, VerbOptions options, TextWriter output, TextWriter error)
    {
        if (BatchSize(options) is not { } batchSize)
        {
            return await UsageAsync(error, ReencryptUsage);
        }

        var reencryption = services.GetRequiredService<Reencryption>();
        var active = reencryption.ActiveKeyId;
        if (options.Has("dry-run") || options.Has("count"))
        {
            await output.WriteLineAsync($"Values per key id (active key {active}); nothing is written.");
            foreach (var column in await reencryption.CountAsync(CancellationToken.None))
            {
                var stale = column.ValuesByKeyId.Where(k => k.Key != active).Sum(k => k.Value);
                await output.WriteLineAsync($"{column.Table}.{column.Column}: {Describe(column.ValuesByKeyId, "no values")}{(stale == 0 ? "" : $"  <- {stale} to re-encrypt")}");
            }

            return 0;
        }

        await output.WriteLineAsync($"Re-encrypting every value not under the active key {active}, {batchSize} rows a transaction; nodes may keep running.");
        IReadOnlyList<ColumnReencrypted> results;
        try
        {
            results = await reencryption.RunAsync(
                batchSize,
                r => output.WriteLineAsync($"{r.Table}.{r.Column}: {r.Reencrypted} re-encrypted"
                    + (r.ChangedMeanwhile == 0 ? "" : $", {r.ChangedMeanwhile} rewritten by a node meanwhile (left as the node wrote them)")),
                CancellationToken.None);
        }
        catch (InvalidOperationException e)
        {
            await error.WriteLineAsync($"reencrypt stopped: {e.Message}");
            await error.WriteLineAsync("Batches committed so far stay re-encrypted; configure the key the row names (or repair the row) and run reencrypt again.");
            return 1;
        }

        audit.Record(AuditActions.FieldsReencrypted, $"key:{active}", string.Create(CultureInfo.InvariantCulture, $"{results.Sum(r => r.Reencrypted)} values re-encrypted"));
        await services.GetRequiredService<AppDbContext>().SaveChangesAsync();

        await output.WriteLineAsync($"Values left under keys other than {active}:");
        long left = 0;
        foreach (var column in await reencryption.CountAsync(CancellationToken.None))
        {
            var stale = column.ValuesByKeyId.Where(k => k.Key != active).ToDictionary();
            left += stale.Values.Sum();
            await output.WriteLineAsync($"{column.Table}.{column.Column}: {Describe(stale, "0")}");
        }

        if (left == 0)
        {
            await output.WriteLineAsync($"Done: every value is under {active}. Older keys can be removed from Encryption:Keys once every node runs with ActiveKeyId={active}.");
            return 0;
        }

        await output.WriteLineAsync($"{left} values are still under other keys: check that every node runs with ActiveKeyId={active}, then run reencrypt again.");
        return 1;
    }

    private static string Describe(IReadOnlyDictionary<string, long> valuesByKeyId, string none) =>
        valuesByKeyId.Count == 0 ? none : string.Join(", ", valuesByKeyId.Select(k => $"{k.Key} {k.Value}"));

    public static async Task<int> ReindexAsync(IServiceProvider services, AuditLog audit, VerbOptions options, TextWriter output, TextWriter error)
    {
        if (BatchSize(options) is not { } batchSize)
        {
            return await UsageAsync(error, ReindexUsage);
        }

        await error.WriteLineAsync(
            "WARNING: reindex is for a maintenance window. Every node must be stopped: a node still running with the old "
            + "Encryption:BlindIndexKey writes indexes this run does not see, and look-ups by phone or ID number fail for them.");
        await output.WriteLineAsync($"Recomputing blind indexes with the configured Encryption:BlindIndexKey, {batchSize} rows a transaction.");
        ReindexReport report;
        try
        {
            report = await services.GetRequiredService<Reindexing>().RunAsync(batchSize, CancellationToken.None);
        }
        catch (InvalidOperationException e)
        {
            await error.WriteLineAsync($"reindex stopped: {e.Message}");
            await error.WriteLineAsync("Batches committed so far keep their new indexes. Resolve the row named (a unique index refusing it means two rows now share a value: was a node running?), then run reindex again.");
            return 1;
        }

        foreach (var column in report.Recomputed)
        {
            await output.WriteLineAsync($"{column.Table}.{column.Column}: {column.Recomputed} recomputed, {column.AlreadyCurrent} already current");
        }

        foreach (var table in report.Deleted)
        {
            await output.WriteLineAsync($"{table.Table}: {table.Rows} short-lived rows deleted (no ciphertext to recompute {string.Join(", ", table.Columns)} from)");
        }

        var recomputed = report.Recomputed.Sum(c => c.Recomputed);
        audit.Record(AuditActions.BlindIndexesRecomputed, "blind-index-key", string.Create(CultureInfo.InvariantCulture, $"{recomputed} indexes recomputed"));
        await services.GetRequiredService<AppDbContext>().SaveChangesAsync();
        if (recomputed == 0 && report.Recomputed.Any(c => c.AlreadyCurrent > 0))
        {
            await output.WriteLineAsync("No index changed: they were already computed with this key (a re-run, or the key did not change).");
        }

        await output.WriteLineAsync("Done. Start the nodes with this Encryption:BlindIndexKey.");
        return 0;
    }

    private static int? BatchSize(VerbOptions options) =>
        !options.Has("batch") ? Reencryption.DefaultBatchSize
        : int.TryParse(options["batch"], NumberStyles.None, CultureInfo.InvariantCulture, out var rows) && rows > 0 ? rows
        : null;

    private static async Task<int> UsageAsync(TextWriter error, string usage)
    {
        await error.WriteLineAsync($"usage: UnionHome.Web {usage}");
        return 2;
    }
}
