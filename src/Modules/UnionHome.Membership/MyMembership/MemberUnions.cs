using Microsoft.EntityFrameworkCore;
using UnionHome.Membership.Data;
using UnionHome.Platform.Data;
using UnionHome.Platform.Organization;

namespace UnionHome.Membership.MyMembership;

/// <summary>A member's union as the member record has it: what a member sees of the tree follows from it.</summary>
internal sealed class MemberUnions : IMemberUnions
{
    public Task<Guid?> UnionOfAsync(AppDbContext db, string userId, CancellationToken cancellationToken) =>
        db.Set<Member>().AsNoTracking()
            .Where(m => m.UserId == userId && m.Status == MemberStatus.Active)
            .Select(m => m.OrgUnitId)
            .FirstOrDefaultAsync(cancellationToken);
}
