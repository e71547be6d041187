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
    public async Task<CaseAndRole?> FindAsync(Actor actor, Guid caseId, bool tracked, CancellationToken cancellationToken)
    {
        var query = db.Set<HelpCase>().Where(c => c.Id == caseId);
        var found = await (tracked ? query : query.AsNoTracking()).SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return null;
        }

        var role = await RoleOfAsync(actor, found, cancellationToken);
        return role == CaseRole.None ? null : new CaseAndRole(found, role);
    }

    private async Task<CaseRole> RoleOfAsync(Actor actor, HelpCase found, CancellationToken cancellationToken)
    {
        if (found.RequesterUserId == actor.UserId)
        {
            return CaseRole.Requester;
        }

        // The role is asked of the database each time: an expert whose role was taken away reads nothing more.
        var helpers = db.CaseHelperAccounts();
        if (found.AssignedPoolMemberId is { } assigned
            && await db.Set<PoolMember>().AnyAsync(m => m.Id == assigned && m.UserId == actor.UserId && helpers.Contains(m.UserId), cancellationToken))
        {
            return CaseRole.AssignedExpert;
        }

        if (!actor.Scope.CoversSubtree)
        {
            return CaseRole.None;
        }

        var unit = await db.OrgUnits.AsNoTracking().SingleOrDefaultAsync(u => u.Id == found.OrgUnitId, cancellationToken);
        return unit is not null && actor.Manages(unit) ? CaseRole.Staff : CaseRole.None;
    }
}
