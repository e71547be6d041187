namespace UnionHome.Platform.RateLimits;

/// <summary>Lets a warning through at most once a minute: during an outage every request would otherwise log the same line.</summary>
internal sealed class OncePerMinute(TimeProvider time)
{
    private long lastTicks;

    public bool IsDue()
    {
        var now = time.GetUtcNow().UtcTicks;
        var last = Interlocked.Read(ref lastTicks);
        return now - last >= TimeSpan.TicksPerMinute && Interlocked.CompareExchange(ref lastTicks, now, last) == last;
    }
}
