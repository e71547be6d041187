using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using UnionHome.Cases.Data;
using UnionHome.Cases.Filing;
using UnionHome.Cases.Sla;
using UnionHome.Platform.Api;
using UnionHome.Platform.Audit;
using UnionHome.Platform.Data;
using UnionHome.Platform.Encryption;
using UnionHome.Platform.Errors;
using UnionHome.Platform.Organization;
using UnionHome.Platform.Outbox;

namespace UnionHome.Cases.Queue;

internal sealed record EscalateRequest(string? Reason);

/// <summary>Send the case up to the parent union's queue, with a reason: by staff, or by the SLA sweep when a clock runs out.</summary>
internal sealed class EscalateCase(AppDbContext db, CaseTimeline timeline, CaseDeadlines deadlines, FieldCipher cipher, AuditLog audit, Outbox outbox, TimeProvider time)
{
    public async Task<Result<CaseAndRole>> EscalateAsync(Actor actor, Guid caseId, EscalateRequest request, CancellationToken cancellationToken)
    {
        if (CaseTimeline.Text(request.Reason, 500) is not { } reason)
        {
            return CaseErrors.ReasonRequired;
        }

        if (await timeline.FindAsync(actor, caseId, cancellationToken) is not { Role: CaseRole.Staff } found)
        {
            return CaseErrors.CaseNotFound;
        }

        if (actor.EnsureCanWrite() is { } refused)
        {
            return refused;
        }

        if (!await ToParentUnitAsync(found.Case, actor.UserId, actor.Caller.DisplayName, reason, cancellationToken))
        {
            return CaseErrors.AtTheTop;
        }

        audit.Record("cases.escalated", $"case:{caseId}", reason, found.Case.OrgUnitId);
        return await timeline.SaveAsync(found, cancellationToken);
    }

    /// <summary>
    /// Moves the case to the parent union's queue, with the reason on the timeline; its clock starts again there,
    /// so a case nobody answers keeps climbing, level by level, to the top. Saved by the caller; false at the top.
    /// </summary>
    public async Task<bool> ToParentUnitAsync(HelpCase c, string actorId, string actorName, string reason, CancellationToken cancellationToken)
    {
        var parent = await db.OrgUnits.AsNoTracking().Where(u => u.Id == c.OrgUnitId).Select(u => u.ParentId).SingleAsync(cancellationToken);
        if (parent is not { } to)
        {
            return false;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var from = c.OrgUnitId;
        var due = await deadlines.ForAsync(to, c.Category, c.Urgency, now, cancellationToken);
        c.OrgUnitId = to;
        c.EscalationLevel++;
        if (c.FirstRespondedAt is null)
        {
            c.FirstResponseDueAt = due.FirstResponseDueAt;
            c.SlaCheckAt = due.FirstResponseDueAt;
        }
        else
        {
            c.ResolutionDueAt = due.ResolutionDueAt;
            c.SlaCheckAt = c.Status == CaseStatus.WaitingForMember ? null : due.ResolutionDueAt;
        }

        var entryId = Guid.CreateVersion7();
        db.Add(new CaseEntry { Id = entryId, CaseId = c.Id, Kind = CaseEntryKind.Escalated, At = now, ActorUserId = actorId, ActorName = actorName, BodyCipher = cipher.Seal<CaseEntry>(reason, nameof(CaseEntry.BodyCipher), entryId), Internal = true, FromOrgUnitId = from, ToOrgUnitId = to });
        outbox.Publish(new CaseOpened(c.Id, to, Names.Of(c.Category), Names.Of(c.Urgency), Escalated: true));
        return true;
    }
}

internal static class EscalateCaseEndpoint
{
    /// <summary>POST /api/v1/staff/cases/{id}/escalate, on the staff group.</summary>
    public static void MapEscalateCase(this IEndpointRouteBuilder staff) =>
        staff.MapPost("/{id:guid}/escalate", async (Guid id, EscalateRequest request, Actor actor, EscalateCase escalate, CaseQueries queries, CancellationToken ct) =>
                await queries.AnswerAsync(await escalate.EscalateAsync(actor, id, request, ct), ct))
            .RequireAuthorization(Policies.Decide)
            .WithSummary("Send the case up to the parent union's queue, with a reason")
            .Produces<CaseView>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
