using Microsoft.EntityFrameworkCore;
using UnionHome.Membership.Data;
using UnionHome.Platform.Data;
using UnionHome.Platform.Errors;
using UnionHome.Platform.Organization;
using UnionHome.Platform.Regions;

namespace UnionHome.Membership.Joining;

internal sealed record RoutingDecision(OrgUnit Union, string Reason);

/// <summary>
/// Decides which union receives an application: the employer's own union if it has one; for gig workers the
/// gig-worker joint union of the work region; otherwise the lowest federation that covers the work region.
/// </summary>
internal sealed class JoinRouter(AppDbContext db, RegionDirectory regions)
{
    public async Task<Result<RoutingDecision>> RouteAsync(WorkerType workerType, Enterprise? employer, string workRegionCode, CancellationToken cancellationToken)
    {
        if (employer?.UnionId is { } employerUnion)
        {
            var union = await db.OrgUnits.AsNoTracking().SingleAsync(u => u.Id == employerUnion, cancellationToken);
            return new RoutingDecision(union, $"转至{union.Name}：用人单位{employer.Name}已建立工会");
        }

        // Most specific first: the county, then its city, then its province.
        var chain = regions.AncestorsOf(workRegionCode).Select(r => r.Code).Append(workRegionCode).Reverse().ToList();
        var region = regions.Find(workRegionCode)!;
        var candidates = await db.OrgUnits.AsNoTracking().Where(u => chain.Contains(u.RegionCode)).ToListAsync(cancellationToken);

        if (workerType == WorkerType.Gig && Closest(candidates.Where(u => u.Kind == OrgUnitKind.GigWorkerJointUnion), chain) is { } jointUnion)
        {
            return new RoutingDecision(jointUnion, $"转至{jointUnion.Name}：新就业形态劳动者，工作地 {region.Code}（{region.Name}）");
        }

        if (Closest(candidates.Where(u => u.Kind.IsFederation()), chain) is { } federation)
        {
            var why = employer is null ? "未填写已登记的用人单位" : $"用人单位{employer.Name}未建立工会";
            return new RoutingDecision(federation, $"转至{federation.Name}：{why}，工作地 {region.Code}（{region.Name}）");
        }

        return JoinErrors.NoUnionForRegion;
    }

    private static OrgUnit? Closest(IEnumerable<OrgUnit> units, List<string> chain) =>
        units.OrderBy(u => chain.IndexOf(u.RegionCode)).ThenByDescending(u => u.Depth).ThenBy(u => u.Code, StringComparer.Ordinal).FirstOrDefault();
}
