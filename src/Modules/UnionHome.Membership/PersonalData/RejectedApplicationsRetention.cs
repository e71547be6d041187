using Microsoft.EntityFrameworkCore;
using UnionHome.Membership.Data;
using UnionHome.Platform.Data;
using UnionHome.Platform.Retention;

namespace UnionHome.Membership.PersonalData;

/// <summary>
/// A rejected application keeps the applicant's name, ID number and phone for a year after the decision — long
/// enough to answer an objection or a complaint about the decision and to spot a repeated application — and is then
/// anonymised like an erased one: the union, worker type, region, dates and the reason stay for the statistics.
/// </summary>
internal sealed class RejectedApplicationsRetention(AppDbContext db) : IRetentionRule
{
    public const string ExpiredName = "已删除";

    public string Name => "RejectedApplications";

    public TimeSpan DefaultPeriod => TimeSpan.FromDays(365);

    public async Task<int> ApplyAsync(DateTime cutoff, int batchSize, CancellationToken cancellationToken)
    {
        var due = db.Set<MembershipApplication>()
            .Where(a => a.Status == ApplicationStatus.Rejected && a.ResidentIdCipher != "" && (a.DecidedAt ?? a.SubmittedAt) < cutoff)
            .OrderBy(a => a.SubmittedAt);
        var claimed = await db.ClaimAsync(due, a => a.Id, batchSize, cancellationToken);
        return await db.Set<MembershipApplication>()
            .Where(a => claimed.Contains(a.Id) && a.Status == ApplicationStatus.Rejected && a.ResidentIdCipher != "")
            .ExecuteUpdateAsync(
                s => s.SetProperty(a => a.Name, ExpiredName).SetProperty(a => a.ResidentIdCipher, "").SetProperty(a => a.ResidentIdIndex, a => "erased:" + a.Id)
                    .SetProperty(a => a.ResidentIdMasked, "").SetProperty(a => a.PhoneCipher, (string?)null),
                cancellationToken);
    }
}
