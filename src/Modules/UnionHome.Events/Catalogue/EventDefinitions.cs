using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using UnionHome.Events.Data;
using UnionHome.Platform.Data;

namespace UnionHome.Events.Catalogue;

/// <summary>
/// Published events as the booking path reads them, held for a few seconds: a storm of bookings on one event
/// asks the same question thousands of times. Only the definition is cached (audience, window, sessions,
/// quotas); places are never read from here, they are taken by conditional updates in the database.
/// </summary>
internal sealed class EventDefinitions(AppDbContext db, IMemoryCache cache)
{
    private static readonly TimeSpan EventLife = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan PathLife = TimeSpan.FromMinutes(1);

    public async Task<Event?> PublishedAsync(Guid eventId, CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(("events.published", eventId), out Event? cached) && cached is not null)
        {
            return cached;
        }

        // A miss is not remembered: an event published a moment later is bookable at once.
        var e = await db.Set<Event>().AsNoTracking().AsSplitQuery().Include(x => x.Sessions).Include(x => x.Quotas)
            .SingleOrDefaultAsync(x => x.Id == eventId && x.Status == EventStatus.Published, cancellationToken);
        if (e is not null)
        {
            cache.Set(("events.published", eventId), e, EventLife);
        }

        return e;
    }

    /// <summary>The materialized paths of union ids; a union's place in the tree changes rarely and never mid-booking.</summary>
    public async Task<Dictionary<Guid, string>> PathsAsync(IEnumerable<Guid> unitIds, CancellationToken cancellationToken)
    {
        var paths = new Dictionary<Guid, string>();
        var missing = new List<Guid>();
        foreach (var id in unitIds.Distinct())
        {
            if (cache.TryGetValue(("org.path", id), out string? path) && path is not null)
            {
                paths[id] = path;
            }
            else
            {
                missing.Add(id);
            }
        }

        if (missing.Count > 0)
        {
            foreach (var unit in await db.OrgUnits.AsNoTracking().Where(u => missing.Contains(u.Id)).Select(u => new { u.Id, u.Path }).ToListAsync(cancellationToken))
            {
                cache.Set(("org.path", unit.Id), unit.Path, PathLife);
                paths[unit.Id] = unit.Path;
            }
        }

        return paths;
    }
}
