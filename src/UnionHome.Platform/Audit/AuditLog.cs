using UnionHome.Platform.Data;

namespace UnionHome.Platform.Audit;

/// <summary>
/// Adds an entry to the unit of work; it is written by the same SaveChanges as the change it describes, so a write
/// and its audit line land together or not at all. Writers take no lock: the <see cref="AuditSealer"/> seals the
/// entry into the signed Merkle tree within a second or so.
/// </summary>
public sealed class AuditLog(AppDbContext db, IAuditActor actor, TimeProvider time)
{
    public void Record(string action, string target, string? details = null, Guid? orgUnitId = null) =>
        db.AuditEntries.Add(new AuditEntry
        {
            Id = Guid.CreateVersion7(),
            At = AuditLeafData.TruncateToMilliseconds(time.GetUtcNow().UtcDateTime),
            ActorId = actor.Id,
            ActorName = actor.Name,
            Action = action,
            Target = target,
            Details = details,
            OrgUnitId = orgUnitId,
            IpAddress = actor.IpAddress,
        });

    /// <summary>Records the reveal of a sensitive field and saves at once: the reveal happens whether or not anything else is saved.</summary>
    public async Task RecordRevealAsync(string field, string target, Guid? orgUnitId, CancellationToken cancellationToken)
    {
        Record(AuditActions.SensitiveFieldRevealed, target, field, orgUnitId);
        await db.SaveChangesAsync(cancellationToken);
    }
}
