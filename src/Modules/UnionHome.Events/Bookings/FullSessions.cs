using Microsoft.Extensions.Caching.Memory;

namespace UnionHome.Events.Bookings;

/// <summary>
/// Remembers for a second that a session was found full. When thousands book a few hundred places, everyone
/// after the last place would otherwise queue on the session row (PostgreSQL) or the write lock (SQLite) only
/// to be told it is full; they go to the waitlist without touching the row instead. It can only ever send
/// someone to the waitlist, never past the capacity; a place freed in that second reaches the waitlist through
/// the cancellation's own offer or, at the latest, the next sweep.
/// </summary>
internal sealed class FullSessions(IMemoryCache cache)
{
    private static readonly TimeSpan Memory = TimeSpan.FromSeconds(1);

    public bool LooksFull(Guid sessionId) => cache.TryGetValue(("events.full", sessionId), out _);

    public void Full(Guid sessionId) => cache.Set(("events.full", sessionId), true, Memory);

    public void Freed(Guid sessionId) => cache.Remove(("events.full", sessionId));
}
