using UnionHome.Platform.Data;

namespace UnionHome.Platform.PersonalData;

/// <summary>
/// Erases a person across every module (PIPL art. 47). The caller holds the write transaction and saves once after:
/// if any contributor fails, nothing of the erasure is committed and no module is left half-erased.
/// </summary>
public sealed class PersonalDataErasure(AppDbContext db, IEnumerable<IPersonalDataContributor> contributors)
{
    public const string ErasedName = "已注销";

    public async Task EraseAsync(string userId, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("An erasure runs inside the caller's write transaction (db.BeginWriteAsync), so that it commits whole or not at all.");
        }

        foreach (var contributor in contributors)
        {
            await contributor.EraseAsync(userId, cancellationToken);
        }
    }
}
