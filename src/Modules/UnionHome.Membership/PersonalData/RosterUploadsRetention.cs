using Microsoft.EntityFrameworkCore;
using UnionHome.Membership.Data;
using UnionHome.Platform.Data;
using UnionHome.Platform.Retention;

namespace UnionHome.Membership.PersonalData;

/// <summary>
/// An uploaded roster — the workbook until it is processed, and the report of rows it could not take, which quotes
/// names, phones and masked ID numbers — is deleted 90 days after the upload: a quarter gives the enterprise time to
/// correct and upload the rejected rows again. The members and applications it created stay; the audit log keeps who
/// uploaded what. An import still claimed by a worker is left alone.
/// </summary>
internal sealed class RosterUploadsRetention(AppDbContext db) : IRetentionRule
{
    public string Name => "RosterUploads";

    public TimeSpan DefaultPeriod => TimeSpan.FromDays(90);

    public async Task<int> ApplyAsync(DateTime cutoff, int batchSize, CancellationToken cancellationToken)
    {
        var claimed = await db.ClaimAsync(Due(cutoff).OrderBy(i => i.CreatedAt), i => i.Id, batchSize, cancellationToken);
        await db.Set<RosterImportIssue>().Where(i => claimed.Contains(i.ImportId)).ExecuteDeleteAsync(cancellationToken);
        return await Due(cutoff).Where(i => claimed.Contains(i.Id)).ExecuteDeleteAsync(cancellationToken);
    }

    private IQueryable<RosterImport> Due(DateTime cutoff) =>
        db.Set<RosterImport>().Where(i => i.CreatedAt < cutoff
            && (i.Status == RosterImportStatus.Completed || i.Status == RosterImportStatus.Failed || i.LockedUntil == null || i.LockedUntil < cutoff));
}
