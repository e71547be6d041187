namespace UnionHome.Platform.RateLimits;

/// <summary>The hits counted so far in the current window, and when that window ends.</summary>
public readonly record struct WindowCount(long Hits, DateTimeOffset WindowEnds);

/// <summary>Counts hits on a key in fixed windows aligned to the clock, so that every node agrees where a window starts.</summary>
public interface IRateCounter
{
    /// <summary>Adds one hit and returns the count in the current window, this hit included.</summary>
    Task<WindowCount> HitAsync(string key, TimeSpan window, CancellationToken cancellationToken);
}

internal readonly record struct FixedWindow(DateTimeOffset Start, DateTimeOffset End)
{
    public static FixedWindow Containing(DateTimeOffset now, TimeSpan length)
    {
        var start = now.UtcTicks - (now.UtcTicks % length.Ticks);
        return new FixedWindow(new DateTimeOffset(start, TimeSpan.Zero), new DateTimeOffset(start + length.Ticks, TimeSpan.Zero));
    }
}
