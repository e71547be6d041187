using UnionHome.Cases.Data;
using UnionHome.Platform.Data;
using UnionHome.Platform.Retention;

namespace UnionHome.Cases.PersonalData;

/// <summary>
/// A resolved case keeps what the person wrote for three years after its resolution — the general limitation period
/// for civil claims (Civil Code art. 188), within which a wage, injury or legal case may still be needed as evidence —
/// and is then anonymised (<see cref="CaseAnonymisation"/>): its statistics row stays. A member's message reopens a
/// case and so starts the three years again from its next resolution.
/// </summary>
internal sealed class ClosedCasesRetention(AppDbContext db) : IRetentionRule
{
    public const string RequesterName = "已删除";

    public string Name => "ClosedCases";

    public TimeSpan DefaultPeriod => TimeSpan.FromDays(3 * 365);

    public async Task<int> ApplyAsync(DateTime cutoff, int batchSize, CancellationToken cancellationToken)
    {
        var claimed = await db.ClaimAsync(Due(cutoff).OrderBy(c => c.ResolvedAt), c => c.Id, batchSize, cancellationToken);
        return await CaseAnonymisation.AnonymiseAsync(db, Due(cutoff).Where(c => claimed.Contains(c.Id)), RequesterName, cancellationToken);
    }

    private IQueryable<HelpCase> Due(DateTime cutoff) =>
        db.Set<HelpCase>().Where(c => c.Status == CaseStatus.Resolved && c.ResolvedAt < cutoff && c.DescriptionCipher != "");
}
