using Microsoft.EntityFrameworkCore;
using UnionHome.Membership.Data;
using UnionHome.Platform.Api;
using UnionHome.Platform.Data;
using UnionHome.Platform.Errors;
using UnionHome.Platform.Organization;

namespace UnionHome.Membership.Enterprises;

internal sealed record EnterpriseMember(string Name, string IdNumberMasked, string MemberNumber, string Union, string Status, DateTime JoinedAt);

/// <summary>The members an enterprise's liaison sees, newest first: its workers in the enterprise's own union or a union below it.</summary>
internal sealed class EnterpriseMembers(AppDbContext db)
{
    public async Task<Result<Paged<EnterpriseMember>>> ListAsync(Actor actor, Guid enterpriseId, PageRequest paging, CancellationToken ct)
    {
        var enterprise = await actor.EnterpriseAsync(db, enterpriseId, ct);
        if (!enterprise.Succeeded)
        {
            return enterprise.Error;
        }

        var unionPath = enterprise.Value.UnionId is { } union
            ? await db.OrgUnits.AsNoTracking().Where(u => u.Id == union).Select(u => u.Path).SingleOrDefaultAsync(ct)
            : null;
        if (unionPath is null)
        {
            return Paged<EnterpriseMember>.Of([], paging);
        }

        // A worker who joins through a regional or joint union is never shown to their employer's liaison:
        // only the subtree of the enterprise's own union counts, whoever the employer on file is.
        var members = db.Set<Member>().AsNoTracking().InScopeOf(new OrgScope(unionPath), db.OrgUnits)
            .Where(m => m.EnterpriseId == enterpriseId && m.Status != MemberStatus.Erased);
        return await members.OrderByDescending(m => m.JoinedAt).ThenBy(m => m.MemberNumber)
            .Select(m => new EnterpriseMember(
                m.Name, m.ResidentIdMasked, m.MemberNumber, db.OrgUnits.Where(u => u.Id == m.OrgUnitId).Select(u => u.Name).First(),
                m.Status.ToString().ToLower(), m.JoinedAt))
            .ToPageAsync(paging, ct);
    }
}
