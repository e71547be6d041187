using Microsoft.EntityFrameworkCore;
using UnionHome.Cases.Data;
using UnionHome.Cases.Stats;
using UnionHome.Membership.Contracts;
using UnionHome.Platform.Audit;
using UnionHome.Platform.Data;
using UnionHome.Platform.Errors;
using UnionHome.Platform.Organization;

namespace UnionHome.Cases.Hotline;

/// <param name="Direction">inbound or outbound (a proactive call by staff).</param>
/// <param name="Category">One of <see cref="HotlineCategories"/>: epidemic, emotional, family, work, legal, health, crisis, other.</param>
internal sealed record NewHotlineCallRequest(
    string? Direction, string? CallerMemberNumber, string? CallerDescription, string? Category, DateTimeOffset? StartedAt,
    int? DurationSeconds, string? Outcome, Guid? FollowUpCaseId, Guid? OrgUnitId);

internal sealed record HotlineCallView(
    Guid Id, string Direction, Guid? CallerMemberId, string? CallerDescription, string Category, string CategoryLabel, DateTime StartedAt,
    int DurationSeconds, string Outcome, Guid? FollowUpCaseId, Guid OrgUnitId, string RecordedBy);

internal sealed record HotlineCallPage(IReadOnlyList<HotlineCallView> Items, int Total, int Page, int PageSize);

/// <param name="AverageDurationSeconds">Over all calls of the period, rounded to whole seconds; null without calls.</param>
internal sealed record HotlineStats(
    DateOnly From, DateOnly To, int Total, int Inbound, int Outbound, IReadOnlyList<CategoryShare> Categories, int? AverageDurationSeconds);

/// <summary>The hotline log: calls staff record, listed and counted over the caller's subtree.</summary>
internal sealed class HotlineLog(AppDbContext db, AuditLog audit, IMembershipDirectory members, TimeProvider time)
{
    public const int PageSize = 50;

    public async Task<Result<HotlineCallView>> LogAsync(Actor actor, NewHotlineCallRequest request, CancellationToken cancellationToken)
    {
        if (actor.EnsureCanWrite() is { } refused)
        {
            return refused;
        }

        if ((request.OrgUnitId ?? actor.Caller.OrgUnitId) is not { } unitId)
        {
            return HotlineErrors.UnitRequired;
        }

        var managed = await actor.ManagedUnitAsync(db, unitId, cancellationToken);
        if (!managed.Succeeded)
        {
            return managed.Error;
        }

        var unit = managed.Value;

        if (request.FollowUpCaseId is { } caseId
            && !await db.Set<HelpCase>().AsNoTracking().InScopeOf(actor, db.OrgUnits).AnyAsync(c => c.Id == caseId, cancellationToken))
        {
            return HotlineErrors.FollowUpCaseNotFound;
        }

        if (!Names.TryParse<CallDirection>(request.Direction, out var direction))
        {
            return HotlineErrors.InvalidDirection;
        }

        if (!HotlineCategories.IsKnown(request.Category))
        {
            return HotlineErrors.InvalidCategory;
        }

        var description = string.IsNullOrWhiteSpace(request.CallerDescription) ? null : request.CallerDescription.Trim();
        var number = string.IsNullOrWhiteSpace(request.CallerMemberNumber) ? null : request.CallerMemberNumber.Trim();
        if ((number is null && description is null) || description?.Length > 128)
        {
            return HotlineErrors.CallerRequired;
        }

        Guid? memberId = null;
        if (number is not null)
        {
            if (await members.MemberByNumberAsync(number, cancellationToken) is not { } member)
            {
                return HotlineErrors.MemberNotFound;
            }

            memberId = member.MemberId;
        }

        // A minute of slack for the clock of the counsellor's PC.
        if (request.StartedAt is not { } startedAt || startedAt > time.GetUtcNow().AddMinutes(1) || startedAt.Year < 2000)
        {
            return HotlineErrors.InvalidStartedAt;
        }

        if (request.DurationSeconds is not { } duration || duration is < 0 or > 86_400)
        {
            return HotlineErrors.InvalidDuration;
        }

        if (request.Outcome?.Trim() is not { Length: >= 1 and <= 500 } outcome)
        {
            return HotlineErrors.OutcomeRequired;
        }

        var call = new HotlineCall
        {
            Id = Guid.CreateVersion7(), OrgUnitId = unit.Id, Direction = direction, CallerMemberId = memberId, CallerDescription = description,
            Category = request.Category!, StartedAt = startedAt.UtcDateTime, DurationSeconds = duration, Outcome = outcome,
            FollowUpCaseId = request.FollowUpCaseId, RecordedBy = actor.UserId,
        };
        db.Add(call);
        audit.Record("cases.hotline_call_logged", $"hotline-call:{call.Id}", call.Category, unit.Id);
        await db.SaveChangesAsync(cancellationToken);
        return View(call);
    }

    public async Task<HotlineCallPage> ListAsync(Actor actor, ReportPeriod period, int page, CancellationToken cancellationToken)
    {
        var calls = InPeriod(actor, period);
        var total = await calls.CountAsync(cancellationToken);
        var items = await calls.OrderByDescending(c => c.StartedAt).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        return new HotlineCallPage(items.ConvertAll(View), total, page, PageSize);
    }

    public async Task<HotlineStats> StatsAsync(Actor actor, ReportPeriod period, CancellationToken cancellationToken)
    {
        var calls = InPeriod(actor, period);
        var byCategory = await calls.GroupBy(c => c.Category).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var byDirection = await calls.GroupBy(c => c.Direction).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var seconds = await calls.SumAsync(c => (long)c.DurationSeconds, cancellationToken);
        var total = byCategory.Sum(c => c.Count);
        return new HotlineStats(
            period.From, period.To, total,
            byDirection.Where(d => d.Key == CallDirection.Inbound).Sum(d => d.Count),
            byDirection.Where(d => d.Key == CallDirection.Outbound).Sum(d => d.Count),
            HotlineShares.Of(byCategory.ToDictionary(c => c.Key, c => c.Count)),
            total == 0 ? null : (int)Math.Round((double)seconds / total, MidpointRounding.AwayFromZero));
    }

    private IQueryable<HotlineCall> InPeriod(Actor actor, ReportPeriod period)
    {
        var (from, to) = (period.FromUtc, period.ToUtc);
        return db.Set<HotlineCall>().AsNoTracking().InScopeOf(actor, db.OrgUnits).Where(c => c.StartedAt >= from && c.StartedAt < to);
    }

    private static HotlineCallView View(HotlineCall c) =>
        new(c.Id, Names.Of(c.Direction), c.CallerMemberId, c.CallerDescription, c.Category, HotlineCategories.Label(c.Category), c.StartedAt,
            c.DurationSeconds, c.Outcome, c.FollowUpCaseId, c.OrgUnitId!.Value, c.RecordedBy);
}
