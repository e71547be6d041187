using Microsoft.EntityFrameworkCore;
using UnionHome.Cases.Data;
using UnionHome.Platform.Api;
using UnionHome.Platform.Audit;
using UnionHome.Platform.Data;
using UnionHome.Platform.Encryption;
using UnionHome.Platform.Identity;
using UnionHome.Platform.Organization;

namespace UnionHome.Cases.Queue;

internal sealed class CaseQueries(AppDbContext db, FieldCipher cipher, AuditLog audit, TimeProvider time)
{
    /// <summary>
    /// One case as its viewer may see it: the member never sees internal entries. Staff and experts reading a
    /// medical or psychological case is a reveal of health data, and audited.
    /// </summary>
    public async Task<CaseView> ViewAsync(CaseAndRole access, CancellationToken cancellationToken)
    {
        var c = access.Case;
        if (access.Role != CaseRole.Requester && Names.IsSensitive(c.Category))
        {
            await audit.RecordRevealAsync("case.description", $"case:{c.Id}", c.OrgUnitId, cancellationToken);
        }

        var entries = await db.Set<CaseEntry>().AsNoTracking().Where(e => e.CaseId == c.Id).OrderBy(e => e.At).ToListAsync(cancellationToken);
        var unit = await db.OrgUnits.AsNoTracking().Where(u => u.Id == c.OrgUnitId).Select(u => u.Name).SingleAsync(cancellationToken);
        var assigned = c.AssignedPoolMemberId is { } memberId
            ? await db.Set<PoolMember>().AsNoTracking().Where(m => m.Id == memberId).Select(m => m.Name).SingleOrDefaultAsync(cancellationToken)
            : null;
        var images = await db.Set<CaseImage>().CountAsync(i => i.CaseId == c.Id, cancellationToken);
        var forMember = access.Role == CaseRole.Requester;
        return new CaseView(
            c.Id, c.Number, Names.Of(c.Category), Names.Of(c.Urgency), Names.Of(c.Status), cipher.Open<HelpCase>(c.DescriptionCipher, nameof(HelpCase.DescriptionCipher), c.Id) ?? "",
            cipher.Open<HelpCase>(c.OnBehalfOfNameCipher, nameof(HelpCase.OnBehalfOfNameCipher), c.Id), c.OnBehalfOfRelationship,
            CasePosition.Parse(cipher.Open<HelpCase>(c.PositionCipher, nameof(HelpCase.PositionCipher), c.Id)) is { } position ? Located(position.Lat, position.Lng) : null,
            c.ShipName, c.Voyage, new CaseUnit(c.OrgUnitId!.Value, unit), c.RoutingReason, forMember ? null : assigned, c.EscalationLevel, images,
            c.CreatedAt, c.FirstResponseDueAt, c.FirstRespondedAt, c.ResolutionDueAt, c.ResolvedAt,
            entries.LastOrDefault(e => e.Kind == CaseEntryKind.Resolved && c.Status == CaseStatus.Resolved) is { BodyCipher: { } } resolved ? Body(resolved) : null, c.Rating,
            cipher.Open<HelpCase>(c.RatingCommentCipher, nameof(HelpCase.RatingCommentCipher), c.Id),
            entries.Where(e => !forMember || !e.Internal)
                .Select(e => new CaseEntryView(e.Id, Names.Of(e.Kind), e.At, forMember && e.Kind != CaseEntryKind.MessageFromMember && e.Kind != CaseEntryKind.Filed ? "工会工作人员" : e.ActorName, Body(e), e.Internal, e.ToOrgUnitId))
                .ToList());
    }

    private string? Body(CaseEntry entry) => cipher.Open<CaseEntry>(entry.BodyCipher, nameof(CaseEntry.BodyCipher), entry.Id);

    private static CaseLocationView Located(double lat, double lng)
    {
        var (gcjLat, gcjLng) = Geo.ChinaCoordinates.ToGcj02(lat, lng);
        return new CaseLocationView(lat, lng, "wgs84", new GeoPoint(gcjLat, gcjLng));
    }

    /// <summary>The requests for help the person filed, newest first.</summary>
    public async Task<Paged<CaseSummary>> MineAsync(string userId, PageRequest paging, CancellationToken cancellationToken) =>
        (await Summaries(db.Set<HelpCase>().AsNoTracking().Where(c => c.RequesterUserId == userId).OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id))
            .ToPageAsync(paging, cancellationToken)).Select(Camel);

    /// <summary>Cases in queues of the caller's subtree (or assigned to them as an expert), most urgent and oldest first.</summary>
    public async Task<CasePage> QueueAsync(Actor actor, string? status, string? category, PageRequest paging, CancellationToken cancellationToken)
    {
        var userId = actor.UserId;
        var helpers = db.CaseHelperAccounts();
        var assignedToMe = db.Set<PoolMember>().Where(m => m.UserId == userId && helpers.Contains(m.UserId)).Select(m => (Guid?)m.Id);
        var cases = actor.Scope.CoversSubtree
            ? db.Set<HelpCase>().AsNoTracking().InScopeOf(actor, db.OrgUnits)
            : db.Set<HelpCase>().AsNoTracking().Where(c => assignedToMe.Contains(c.AssignedPoolMemberId));
        var counts = await cases.GroupBy(c => c.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        if (Names.TryParse<CaseStatus>(status, out var wantedStatus))
        {
            cases = cases.Where(c => c.Status == wantedStatus);
        }
        else
        {
            cases = cases.Where(c => c.Status != CaseStatus.Resolved);
        }

        if (Names.TryParse<CaseCategory>(category, out var wantedCategory))
        {
            cases = cases.Where(c => c.Category == wantedCategory);
        }

        var page = await Summaries(cases
                .OrderByDescending(c => c.Urgency == CaseUrgency.Emergency).ThenByDescending(c => c.Urgency == CaseUrgency.Urgent).ThenBy(c => c.CreatedAt).ThenBy(c => c.Id))
            .ToPageAsync(paging, cancellationToken);
        return new CasePage(page.Items.Select(Camel).ToList(), page.Total, page.Page, page.PageSize, counts.ToDictionary(c => Names.Of(c.Key), c => c.Count));
    }

    // The database holds the enums by name; the API speaks camelCase.
    private static CaseSummary Camel(CaseSummary s) => s with { Category = Lower(s.Category), Urgency = Lower(s.Urgency), Status = Lower(s.Status) };

    private static string Lower(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    private IQueryable<CaseSummary> Summaries(IQueryable<HelpCase> cases)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return cases.Select(c => new CaseSummary(
            c.Id, c.Number, c.Category.ToString(), c.Urgency.ToString(), c.Status.ToString(),
            db.OrgUnits.Where(u => u.Id == c.OrgUnitId).Select(u => u.Name).First(),
            c.CreatedAt, c.FirstResponseDueAt, c.FirstRespondedAt,
            c.FirstResponseBreachedAt != null || c.ResolutionBreachedAt != null || (c.FirstRespondedAt == null && c.FirstResponseDueAt < now),
            c.EscalationLevel,
            db.Set<PoolMember>().Where(m => m.Id == c.AssignedPoolMemberId).Select(m => m.Name).FirstOrDefault()));
    }
}
