using System.Collections.Concurrent;

namespace UnionHome.Platform.RateLimits;

/// <summary>The counters of a single node, kept in its memory; with several nodes each would count only its own share.</summary>
internal sealed class InProcessRateCounter(TimeProvider time) : IRateCounter
{
    private readonly ConcurrentDictionary<string, Tally> tallies = new(StringComparer.Ordinal);
    private long nextSweepTicks;

    public Task<WindowCount> HitAsync(string key, TimeSpan window, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var current = FixedWindow.Containing(now, window);
        SweepEndedWindows(now);
        var tally = tallies.AddOrUpdate(
            key,
            _ => new Tally(current.End, 1),
            (_, t) => t.WindowEnds == current.End ? t with { Hits = t.Hits + 1 } : new Tally(current.End, 1));
        return Task.FromResult(new WindowCount(tally.Hits, current.End));
    }

    // Every address that ever signed in would otherwise stay in memory: drop ended windows once a minute.
    private void SweepEndedWindows(DateTimeOffset now)
    {
        var due = Interlocked.Read(ref nextSweepTicks);
        if (now.UtcTicks < due || Interlocked.CompareExchange(ref nextSweepTicks, now.UtcTicks + TimeSpan.TicksPerMinute, due) != due)
        {
            return;
        }

        foreach (var entry in tallies)
        {
            if (entry.Value.WindowEnds <= now)
            {
                tallies.TryRemove(entry);
            }
        }
    }

    private sealed record Tally(DateTimeOffset WindowEnds, long Hits);
}
