using Microsoft.EntityFrameworkCore;
using UnionHome.Cases.Data;
using UnionHome.Platform.Api;
using UnionHome.Platform.Data;
using UnionHome.Platform.Organization;

namespace UnionHome.Cases.Settings;

/// <param name="Clock">business (working time on China's calendar) or allHours.</param>
internal sealed record SlaPolicyView(Guid Id, Guid? OrgUnitId, string? Category, string Urgency, int FirstResponseMinutes, int ResolutionMinutes, string Clock);

/// <param name="WorkerType">employee, gig, seafarer, migrant, other; null for any.</param>
internal sealed record DeskView(Guid Id, Guid OrgUnitId, string Category, string? WorkerType, Guid TargetOrgUnitId, string DeskName);

/// <summary>The case settings that apply in the caller's part of the tree, in the order they were first set.</summary>
internal sealed class CaseSettingsQueries(AppDbContext db)
{
    /// <summary>Targets of my subtree, of the unions above me and of the platform (no union): all of them may apply to my cases.</summary>
    public async Task<Paged<SlaPolicyView>> SlaPoliciesAsync(Actor actor, PageRequest paging, CancellationToken cancellationToken) =>
        (await db.Set<SlaPolicy>().AsNoTracking().InScopeOrAboveOf(actor, db.OrgUnits, orPlatform: true).OrderBy(p => p.Id).ToPageAsync(paging, cancellationToken))
            .Select(View);

    public async Task<Paged<DeskView>> DesksAsync(Actor actor, PageRequest paging, CancellationToken cancellationToken) =>
        (await db.Set<CaseRoute>().AsNoTracking().InScopeOf(actor, db.OrgUnits).OrderBy(r => r.Id).ToPageAsync(paging, cancellationToken))
            .Select(View);

    public static SlaPolicyView View(SlaPolicy p) =>
        new(p.Id, p.OrgUnitId, p.Category is { } c ? Names.Of(c) : null, Names.Of(p.Urgency), p.FirstResponseMinutes, p.ResolutionMinutes, Names.Of(p.Clock));

    public static DeskView View(CaseRoute r) => new(r.Id, r.OrgUnitId!.Value, Names.Of(r.Category), r.WorkerType, r.TargetOrgUnitId, r.DeskName);
}
