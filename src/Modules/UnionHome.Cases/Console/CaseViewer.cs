using UnionHome.Cases.Queue;
using UnionHome.Platform.Audit;
using UnionHome.Platform.Data;
using UnionHome.Platform.Encryption;
using UnionHome.Platform.Organization;

namespace UnionHome.Cases.Console;

/// <summary>
/// One case for a console page, through the same access rule and view as GET /api/v1/cases/{id}; the reading of
/// a medical or psychological case is audited in the caller's name.
/// </summary>
internal sealed class CaseViewer(CaseAccess access, AppDbContext db, FieldCipher cipher, AuditLog audit, TimeProvider time)
{
    public async Task<(CaseView View, CaseRole Role)?> ViewAsync(Actor actor, Guid caseId, CancellationToken cancellationToken)
    {
        if (await access.FindAsync(actor, caseId, tracked: false, cancellationToken) is not { } found || found.Role == CaseRole.Requester)
        {
            return null;
        }

        return (await new CaseQueries(db, cipher, audit, time).ViewAsync(found, cancellationToken), found.Role);
    }
}
