using Microsoft.EntityFrameworkCore;
using UnionHome.Cases.Data;
using UnionHome.Platform.Data;
using UnionHome.Platform.Organization;

namespace UnionHome.Cases.Sla;

internal sealed record Deadlines(DateTime FirstResponseDueAt, DateTime ResolutionDueAt, SlaClock Clock, TimeSpan FirstResponse, TimeSpan Resolution);

/// <summary>
/// The targets a case is held to: the policy of the nearest union above its queue that sets one for its
/// category and urgency (a policy without a category covers them all), else the platform's defaults.
/// </summary>
internal sealed class CaseDeadlines(AppDbContext db, BusinessCalendar calendar)
{
    public async Task<Deadlines> ForAsync(Guid unitId, CaseCategory category, CaseUrgency urgency, DateTime startUtc, CancellationToken cancellationToken)
    {
        var path = await db.OrgUnits.AsNoTracking().Where(u => u.Id == unitId).Select(u => u.Path).SingleAsync(cancellationToken);
        var chain = OrgScope.ChainOf(path);
        var policies = await db.Set<SlaPolicy>().AsNoTracking()
            .Where(p => p.Urgency == urgency && (p.Category == null || p.Category == category) && (p.OrgUnitId == null || chain.Contains(p.OrgUnitId.Value)))
            .ToListAsync(cancellationToken);
        var policy = policies
            .OrderByDescending(p => p.OrgUnitId is { } unit ? chain.IndexOf(unit) : -1)
            .ThenByDescending(p => p.Category is not null)
            .FirstOrDefault();
        var targets = policy is not null ? SlaTargets.Of(policy) : DefaultPolicies.For(category, urgency);
        return new Deadlines(
            SlaClocks.DueAt(targets.Clock, startUtc, targets.FirstResponse, calendar),
            SlaClocks.DueAt(targets.Clock, startUtc, targets.Resolution, calendar),
            targets.Clock,
            targets.FirstResponse,
            targets.Resolution);
    }

    /// <summary>A resolution due time pushed by the time the case waited for the member, on the case's own clock.</summary>
    public async Task<DateTime> ResumeAsync(HelpCase c, DateTime waitingSince, DateTime now, CancellationToken cancellationToken)
    {
        var clock = (await ForAsync(c.OrgUnitId!.Value, c.Category, c.Urgency, now, cancellationToken)).Clock;
        return SlaClocks.ResumeDueAt(c.ResolutionDueAt, waitingSince, now, clock, calendar);
    }
}
