using Microsoft.EntityFrameworkCore;
using UnionHome.Cases.Data;
using UnionHome.Platform.Api;
using UnionHome.Platform.Data;
using UnionHome.Platform.Organization;

namespace UnionHome.Cases.Pools;

internal sealed record PoolMemberView(Guid Id, string UserId, string Name, IReadOnlyList<string> Specialties, bool Available, string? Availability);

internal sealed record PoolView(Guid Id, Guid OrgUnitId, string OrgUnitName, string Name, string Kind, IReadOnlyList<PoolMemberView> Members);

/// <summary>Pools with their members, as the API and the case console show them.</summary>
internal sealed class PoolQueries(AppDbContext db)
{
    /// <summary>Pools of my subtree and of the unions above me, both mine to assign cases to; by name.</summary>
    public async Task<Paged<PoolView>> UsableAsync(Actor actor, PageRequest paging, CancellationToken cancellationToken)
    {
        var page = await db.Set<ExpertPool>().AsNoTracking().InScopeOrAboveOf(actor, db.OrgUnits)
            .OrderBy(p => p.Name).ThenBy(p => p.Id).Select(p => p.Id)
            .ToPageAsync(paging, cancellationToken);
        var views = (await ViewsAsync(page.Items, cancellationToken)).ToDictionary(v => v.Id);
        return page.Select(id => views[id]);
    }

    public async Task<PoolView> ViewAsync(Guid poolId, CancellationToken cancellationToken) => (await ViewsAsync([poolId], cancellationToken))[0];

    private async Task<List<PoolView>> ViewsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var pools = await db.Set<ExpertPool>().AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.OrgUnitId, p.Name, p.Kind, Unit = db.OrgUnits.Where(u => u.Id == p.OrgUnitId).Select(u => u.Name).First() })
            .ToListAsync(cancellationToken);
        var members = await db.Set<PoolMember>().AsNoTracking().Where(m => ids.Contains(m.PoolId)).OrderBy(m => m.Name).ThenBy(m => m.Id).ToListAsync(cancellationToken);
        return pools.ConvertAll(p => new PoolView(p.Id, p.OrgUnitId!.Value, p.Unit, p.Name, Names.Of(p.Kind),
            members.Where(m => m.PoolId == p.Id).Select(m => new PoolMemberView(m.Id, m.UserId, m.Name, m.Specialties.Split(',', StringSplitOptions.RemoveEmptyEntries), m.Available, m.Availability)).ToList()));
    }
}
