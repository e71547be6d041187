using Microsoft.EntityFrameworkCore;
using UnionHome.Cases.Data;
using UnionHome.Platform.Data;
using UnionHome.Platform.Identity;
using UnionHome.Platform.Organization;

namespace UnionHome.Cases.Queue;

/// <summary>How the caller stands to a case; anyone else is told it does not exist.</summary>
internal enum CaseRole
{
    None,
    Requester,
    AssignedExpert,
    Staff,
}

internal sealed record CaseAndRole(HelpCase Case, CaseRole Role);

/// <summary>
/// Who may see a case: the person who filed it, the expert or volunteer it is assigned to (and no other), and
/// staff whose subtree holds its queue.
/// </summary>
internal sealed class CaseAccess(AppDbContext db)
{
    public async Task<CaseAndRole?> FindAsync(Caller caller, Guid caseId, bool tracked, CancellationToken cancellationToken)
    {
        var query = db.Set<HelpCase>().Where(c => c.Id == caseId);
        var found = await (tracked ? query : query.AsNoTracking()).SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return null;
        }

        var role = await RoleOfAsync(caller, found, cancellationToken);
        return role == CaseRole.None ? null : new CaseAndRole(found, role);
    }

    private async Task<CaseRole> RoleOfAsync(Caller caller, HelpCase found, CancellationToken cancellationToken)
    {
        if (found.RequesterUserId == caller.UserId)
        {
            return CaseRole.Requester;
        }

        if (found.AssignedPoolMemberId is { } assigned
            && await db.Set<PoolMember>().AnyAsync(m => m.Id == assigned && m.UserId == caller.UserId, cancellationToken))
        {
            return CaseRole.AssignedExpert;
        }

        if (!caller.HasSubtreeScope)
        {
            return CaseRole.None;
        }

        var scope = await OrgScope.ResolveAsync(db, caller, cancellationToken);
        var unit = await db.OrgUnits.AsNoTracking().SingleOrDefaultAsync(u => u.Id == found.OrgUnitId, cancellationToken);
        return unit is not null && scope.CoversSubtree && scope.Covers(unit) ? CaseRole.Staff : CaseRole.None;
    }
}
