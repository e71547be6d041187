using UnionHome.Platform.Data;

namespace UnionHome.Platform.Organization;

/// <summary>
/// The union a person belongs to as a member, kept on the membership record; never the account's own unit, which is
/// what staff rights follow. The membership module answers it.
/// </summary>
public interface IMemberUnions
{
    Task<Guid?> UnionOfAsync(AppDbContext db, string userId, CancellationToken cancellationToken);
}
