using Microsoft.EntityFrameworkCore;
using UnionHome.Cases.Data;
using UnionHome.Cases.Stats;
using UnionHome.Platform.Api;
using UnionHome.Platform.Data;
using UnionHome.Platform.Encryption;
using UnionHome.Platform.Organization;

namespace UnionHome.Cases.Hotline;

internal sealed record HotlineCallView(
    Guid Id, string Direction, Guid? CallerMemberId, string? CallerDescription, string Category, string CategoryLabel, DateTime StartedAt,
    int DurationSeconds, string Outcome, Guid? FollowUpCaseId, Guid OrgUnitId, string RecordedBy);

/// <param name="AverageDurationSeconds">Over all calls of the period, rounded to whole seconds; null without calls.</param>
internal sealed record HotlineStats(
    DateOnly From, DateOnly To, int Total, int Inbound, int Outbound, IReadOnlyList<CategoryShare> Categories, int? AverageDurationSeconds);

internal sealed record HotlineUnit(Guid Id, string Name);

/// <summary>What the hotline API and console read: calls of the caller's subtree listed and counted, and the unions and cases a call may name.</summary>
internal sealed class HotlineQueries(AppDbContext db, FieldCipher cipher)
{
    /// <summary>A page of calls holds 50 unless the caller asks otherwise.</summary>
    public const int DefaultPageSize = 50;

    /// <summary>Calls started in the period, newest first.</summary>
    public async Task<Paged<HotlineCallView>> ListAsync(Actor actor, ReportPeriod period, PageRequest paging, CancellationToken cancellationToken) =>
        (await InPeriod(actor, period).OrderByDescending(c => c.StartedAt).ThenByDescending(c => c.Id)
            .ToPageAsync(paging with { PageSize = paging.PageSize ?? DefaultPageSize }, cancellationToken))
        .Select(c => View(c, cipher));

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

    /// <summary>The unions a call may be logged for: those of the caller's subtree, in tree order.</summary>
    public Task<List<HotlineUnit>> UnitsAsync(Actor actor, CancellationToken cancellationToken) =>
        db.OrgUnits.AsNoTracking().VisibleTo(actor).OrderBy(u => u.Path).Select(u => new HotlineUnit(u.Id, u.Name)).ToListAsync(cancellationToken);

    /// <summary>The case a call followed up, by the number the counsellor reads out; null outside the caller's subtree.</summary>
    public Task<Guid?> FollowUpCaseAsync(Actor actor, string caseNumber, CancellationToken cancellationToken) =>
        db.Set<HelpCase>().AsNoTracking().InScopeOf(actor, db.OrgUnits).Where(c => c.Number == caseNumber).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(cancellationToken);

    private IQueryable<HotlineCall> InPeriod(Actor actor, ReportPeriod period)
    {
        var (from, to) = (period.FromUtc, period.ToUtc);
        return db.Set<HotlineCall>().AsNoTracking().InScopeOf(actor, db.OrgUnits).Where(c => c.StartedAt >= from && c.StartedAt < to);
    }

    public static HotlineCallView View(HotlineCall c, FieldCipher cipher) =>
        new(c.Id, Names.Of(c.Direction), c.CallerMemberId, cipher.Open<HotlineCall>(c.CallerDescriptionCipher, nameof(HotlineCall.CallerDescriptionCipher), c.Id), c.Category,
            HotlineCategories.Label(c.Category), c.StartedAt, c.DurationSeconds, cipher.Open<HotlineCall>(c.OutcomeCipher, nameof(HotlineCall.OutcomeCipher), c.Id) ?? "",
            c.FollowUpCaseId, c.OrgUnitId!.Value, c.RecordedBy);
}
