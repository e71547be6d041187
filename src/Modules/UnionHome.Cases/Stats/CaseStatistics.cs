using Microsoft.EntityFrameworkCore;
using UnionHome.Cases.Data;
using UnionHome.Platform.Data;
using UnionHome.Platform.Errors;
using UnionHome.Platform.Organization;

namespace UnionHome.Cases.Stats;

/// <param name="SlaCompliancePercent">
/// Among cases with a first response or whose first-response deadline has passed: the share answered by
/// FirstResponseDueAt and, if resolved, resolved by ResolutionDueAt (one decimal); null when none qualify.
/// </param>
/// <param name="MedianFirstResponseMinutes">From filing to the first reply, over cases that have one.</param>
/// <param name="SatisfiedPercent">The share of ratings of 4 or 5 among rated cases.</param>
internal sealed record CaseFigures(
    Guid OrgUnitId, string OrgUnitName, int Open, int InProgress, int Waiting, int Resolved, int Total,
    decimal? SlaCompliancePercent, double? MedianFirstResponseMinutes, int Rated, decimal? SatisfactionAverage, decimal? SatisfiedPercent);

/// <summary>The chosen unit's subtree as a whole, then each of its direct children's subtrees.</summary>
internal sealed record CaseStatsReport(DateOnly From, DateOnly To, CaseFigures Unit, IReadOnlyList<CaseFigures> Children);

/// <summary>How a union's subtree handles cases filed in a period: workload, SLA, speed of the first answer, satisfaction.</summary>
internal sealed class CaseStatistics(AppDbContext db, TimeProvider time)
{
    // Enough for a province's busiest month; the medians are computed over at most this many replies.
    private const int MaxTimings = 100_000;

    public async Task<Result<CaseStatsReport>> ReportAsync(Actor actor, Guid? orgUnitId, ReportPeriod period, CancellationToken cancellationToken)
    {
        // An admin of the whole tree, attached to no union, starts from the first root.
        var unitId = orgUnitId ?? actor.Caller.OrgUnitId
            ?? await db.OrgUnits.AsNoTracking().VisibleTo(actor).Where(u => u.ParentId == null).OrderBy(u => u.Path).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(cancellationToken);
        var managed = await actor.ManagedUnitAsync(db, unitId, cancellationToken);
        if (!managed.Succeeded)
        {
            return managed.Error;
        }

        var unit = managed.Value;

        var children = await db.OrgUnits.AsNoTracking().Where(u => u.ParentId == unit.Id).OrderBy(u => u.Path).ToListAsync(cancellationToken);
        var figures = new CaseFigures[children.Count];
        for (var i = 0; i < children.Count; i++)
        {
            figures[i] = await FiguresAsync(actor, children[i], period, cancellationToken);
        }

        return new CaseStatsReport(period.From, period.To, await FiguresAsync(actor, unit, period, cancellationToken), figures);
    }

    private async Task<CaseFigures> FiguresAsync(Actor actor, OrgUnit unit, ReportPeriod period, CancellationToken cancellationToken)
    {
        var (from, to, now) = (period.FromUtc, period.ToUtc, time.GetUtcNow().UtcDateTime);
        var cases = db.Set<HelpCase>().AsNoTracking().InScopeOf(actor, db.OrgUnits)
            .InScopeOf(new OrgScope(unit.Path), db.OrgUnits)
            .Where(c => c.CreatedAt >= from && c.CreatedAt < to);

        var byStatus = await cases.GroupBy(c => c.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        int Count(CaseStatus status) => byStatus.Where(s => s.Key == status).Sum(s => s.Count);

        // Decided: answered, or no longer able to be answered in time. A case still within its first deadline counts neither way.
        var decided = cases.Where(c => c.FirstRespondedAt != null || c.FirstResponseDueAt < now);
        var slaCases = await decided.CountAsync(cancellationToken);
        var compliant = await decided.CountAsync(
            c => c.FirstRespondedAt != null && c.FirstRespondedAt <= c.FirstResponseDueAt && (c.ResolvedAt == null || c.ResolvedAt <= c.ResolutionDueAt),
            cancellationToken);

        var timings = await cases.Where(c => c.FirstRespondedAt != null)
            .OrderBy(c => c.CreatedAt).Select(c => new { c.CreatedAt, c.FirstRespondedAt }).Take(MaxTimings).ToListAsync(cancellationToken);

        var ratings = await cases.Where(c => c.Rating != null).GroupBy(c => c.Rating!.Value).Select(g => new { Score = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var rated = ratings.Sum(r => r.Count);

        return new CaseFigures(
            unit.Id, unit.Name, Count(CaseStatus.Open), Count(CaseStatus.InProgress), Count(CaseStatus.WaitingForMember), Count(CaseStatus.Resolved),
            byStatus.Sum(s => s.Count),
            ReportPeriod.Percent(compliant, slaCases),
            Median(timings.ConvertAll(t => (t.FirstRespondedAt!.Value - t.CreatedAt).TotalMinutes)),
            rated,
            rated == 0 ? null : Math.Round((decimal)ratings.Sum(r => r.Score * r.Count) / rated, 1, MidpointRounding.AwayFromZero),
            ReportPeriod.Percent(ratings.Where(r => r.Score >= 4).Sum(r => r.Count), rated));
    }

    public static double? Median(List<double> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        values.Sort();
        var middle = values.Count / 2;
        var median = values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
        return Math.Round(median, 1, MidpointRounding.AwayFromZero);
    }
}
