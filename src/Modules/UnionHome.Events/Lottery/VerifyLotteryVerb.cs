using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using UnionHome.Platform.Modules;

namespace UnionHome.Events.Lottery;

/// <summary>verify-lottery: recompute a drawn lottery from the database, or any draw offline from a seed and a ticket list.</summary>
internal static class VerifyLotteryVerb
{
    public const string Usage = "verify-lottery EVENT-ID | verify-lottery --seed HEX --tickets FILE [--entry-list-hash HEX]";

    public static AdminVerb Verb { get; } = new(
        "verify-lottery",
        Usage,
        "recomputes a drawn lottery from its revealed seed and tickets; exits 1 naming the first mismatch (see docs/lottery.md)",
        VerifyAsync);

    private static async Task<int> VerifyAsync(VerbInvocation verb)
    {
        var (services, args, options, output, error) = (verb.Services, verb.Arguments, verb.Options, verb.Output, verb.Error);
        if (options.Has("seed") || options.Has("tickets"))
        {
            return await OrderOfflineAsync(verb);
        }

        if (!Guid.TryParse(args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)), out var eventId))
        {
            return await verb.UsageAsync(Usage);
        }

        var check = await services.GetRequiredService<LotteryQueries>().CheckAsync(eventId, CancellationToken.None);
        if (check is null)
        {
            await error.WriteLineAsync($"No published lottery event {eventId}.");
            return 1;
        }

        if (check.DrawnAt is null)
        {
            await error.WriteLineAsync($"Lottery {eventId} has not been drawn yet; its seed hash is {check.SeedHash ?? "not published"}.");
            return 1;
        }

        var entries = check.Sessions.Sum(s => s.Entries.Count);
        if (LotteryVerification.FirstMismatch(check) is { } mismatch)
        {
            await output.WriteLineAsync($"MISMATCH in lottery {eventId}: {mismatch}.");
            return 1;
        }

        await output.WriteLineAsync($"OK: lottery {eventId} ({check.Algorithm}) — seed {check.Seed} hashes to the published {check.SeedHash}; {entries} entries in {check.Sessions.Count} sessions are in the recomputed order.");
        return 0;
    }

    private static async Task<int> OrderOfflineAsync(VerbInvocation verb)
    {
        var (options, output, error) = (verb.Options, verb.Output, verb.Error);
        if (options.Missing("seed", "tickets") is { } missing)
        {
            return await verb.UsageAsync(Usage, $"missing --{missing}");
        }

        var seed = options["seed"]!;
        if (!LotteryDraw.IsSeed(seed))
        {
            await error.WriteLineAsync("usage: --seed takes 64 lowercase hex digits");
            return 2;
        }

        if (!File.Exists(options["tickets"]))
        {
            await error.WriteLineAsync($"No such file: {options["tickets"]}");
            return 2;
        }

        // Without the published entry-list hash, the order of draws made before lists were frozen (v1).
        var entryListHash = options["entry-list-hash"];
        if (entryListHash is not null && !LotteryDraw.IsCommitment(entryListHash))
        {
            await error.WriteLineAsync("usage: --entry-list-hash takes 64 lowercase hex digits");
            return 2;
        }

        var tickets = (await File.ReadAllLinesAsync(options["tickets"]!)).Select(l => l.Trim()).Where(l => l.Length > 0);
        await output.WriteLineAsync($"# {(entryListHash is null ? LotteryDraw.AlgorithmWithoutEntryList : LotteryDraw.Algorithm)}; seed hash {LotteryDraw.Commitment(seed)}");
        await output.WriteLineAsync(entryListHash is null ? "# rank ticket sha256(seed:ticket)" : "# rank ticket sha256(seed:entryListHash:ticket)");
        foreach (var drawn in LotteryDraw.Order(seed, entryListHash, tickets))
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{drawn.Rank} {drawn.Ticket} {drawn.Key}"));
        }

        return 0;
    }
}
