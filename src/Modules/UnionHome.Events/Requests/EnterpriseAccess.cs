using Microsoft.EntityFrameworkCore;
using UnionHome.Platform.Data;
using UnionHome.Platform.Errors;
using UnionHome.Platform.Identity;
using UnionHome.Platform.Organization;

namespace UnionHome.Events.Requests;

/// <summary>
/// Who may act for an enterprise: its own liaison, or staff whose subtree holds the enterprise's union — the rule the
/// roster upload follows. Anyone else is told the enterprise does not exist.
/// </summary>
internal sealed class EnterpriseAccess(AppDbContext db)
{
    public async Task<Result<Enterprise>> ReadAsync(Actor actor, Guid enterpriseId, CancellationToken cancellationToken)
    {
        var enterprise = await db.Enterprises.AsNoTracking().SingleOrDefaultAsync(e => e.Id == enterpriseId, cancellationToken);
        if (enterprise is null)
        {
            return RequestErrors.EnterpriseNotFound;
        }

        if (IsOwnLiaison(actor.Caller, enterpriseId) || actor.Scope.IsEverything)
        {
            return enterprise;
        }

        return actor.Scope.CoversSubtree && enterprise.UnionId is { } union && await db.OrgUnits.VisibleTo(actor).AnyAsync(u => u.Id == union, cancellationToken)
            ? enterprise
            : RequestErrors.EnterpriseNotFound;
    }

    /// <summary>Filing a request is the liaison's, or an officer's taking it by phone; reviewers and auditors only read.</summary>
    public async Task<Result<Enterprise>> ActAsync(Actor actor, Guid enterpriseId, CancellationToken cancellationToken)
    {
        var enterprise = await ReadAsync(actor, enterpriseId, cancellationToken);
        if (!enterprise.Succeeded)
        {
            return enterprise;
        }

        var caller = actor.Caller;
        return IsOwnLiaison(caller, enterpriseId) || caller.IsInRole(Roles.UnionStaff) || caller.IsInRole(Roles.Admin) ? enterprise : RequestErrors.ReadOnlyRole;
    }

    private static bool IsOwnLiaison(Caller caller, Guid enterpriseId) => caller.IsInRole(Roles.EnterpriseLiaison) && caller.EnterpriseId == enterpriseId;
}
