using Microsoft.EntityFrameworkCore;
using UnionHome.Cases.Data;
using UnionHome.Platform.Data;
using UnionHome.Platform.Retention;

namespace UnionHome.Cases.PersonalData;

/// <summary>
/// A logged hotline call keeps who called and the counsellor's notes for as long as a closed case keeps its text,
/// three years after the call; then the caller and the outcome are dropped and the call stays for the category,
/// duration and direction statistics.
/// </summary>
internal sealed class HotlineCallsRetention(AppDbContext db) : IRetentionRule
{
    public string Name => "HotlineCalls";

    public TimeSpan DefaultPeriod => TimeSpan.FromDays(3 * 365);

    public async Task<int> ApplyAsync(DateTime cutoff, int batchSize, CancellationToken cancellationToken)
    {
        var claimed = await db.ClaimAsync(Due(cutoff).OrderBy(c => c.StartedAt), c => c.Id, batchSize, cancellationToken);
        return await Due(cutoff).Where(c => claimed.Contains(c.Id)).ExecuteUpdateAsync(
            s => s.SetProperty(c => c.CallerDescriptionCipher, (string?)null).SetProperty(c => c.CallerMemberId, (Guid?)null).SetProperty(c => c.OutcomeCipher, ""),
            cancellationToken);
    }

    private IQueryable<HotlineCall> Due(DateTime cutoff) =>
        db.Set<HotlineCall>().Where(c => c.StartedAt < cutoff && (c.OutcomeCipher != "" || c.CallerDescriptionCipher != null || c.CallerMemberId != null));
}
