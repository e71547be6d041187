using Microsoft.EntityFrameworkCore;
using UnionHome.Cases.Data;
using UnionHome.Cases.Filing;
using UnionHome.Cases.Sla;
using UnionHome.Platform.Audit;
using UnionHome.Platform.Data;
using UnionHome.Platform.Encryption;
using UnionHome.Platform.Errors;
using UnionHome.Platform.Notifications;
using UnionHome.Platform.Organization;
using UnionHome.Platform.Outbox;

namespace UnionHome.Cases.Queue;

internal sealed record TextRequest(string? Text);

internal sealed record AssignRequest(Guid? PoolMemberId);

internal sealed record EscalateRequest(string? Reason);

internal sealed record ResolveRequest(string? Resolution);

internal sealed record RatingRequest(int? Score, string? Comment);

/// <summary>
/// What people do with a case, each step on its timeline. A staff reply to the member stops the first-response
/// clock; a member's message reopens a case that waits for them or was resolved.
/// </summary>
internal sealed class WorkCase(AppDbContext db, CaseAccess access, CaseDeadlines deadlines, FieldCipher cipher, AuditLog audit, Outbox outbox, TimeProvider time)
{
    public async Task<Result<CaseAndRole>> MessageAsync(Actor actor, Guid caseId, TextRequest request, CancellationToken cancellationToken)
    {
        var written = await WriteMessageAsync(actor, caseId, request, cancellationToken);
        return written.Succeeded ? await SaveAsync(written.Value, cancellationToken) : written;
    }

    /// <summary>Staff ask the member something and wait: the resolution clock stops until the member answers.</summary>
    public async Task<Result<CaseAndRole>> AskMemberAsync(Actor actor, Guid caseId, TextRequest request, CancellationToken cancellationToken)
    {
        var written = await WriteMessageAsync(actor, caseId, request, cancellationToken);
        if (!written.Succeeded)
        {
            return written;
        }

        if (written.Value.Role != CaseRole.Requester)
        {
            var c = written.Value.Case;
            c.Status = CaseStatus.WaitingForMember;
            c.WaitingSince = time.GetUtcNow().UtcDateTime;
            c.SlaCheckAt = null;
        }

        return await SaveAsync(written.Value, cancellationToken);
    }

    private async Task<Result<CaseAndRole>> WriteMessageAsync(Actor actor, Guid caseId, TextRequest request, CancellationToken cancellationToken)
    {
        if (Text(request.Text, 2000) is not { } text)
        {
            return CaseErrors.MessageRequired;
        }

        var found = await access.FindAsync(actor, caseId, tracked: true, cancellationToken);
        if (found is null)
        {
            return CaseErrors.CaseNotFound;
        }

        if (ReadOnly(actor, found) is { } refused)
        {
            return refused;
        }

        var c = found.Case;
        var now = time.GetUtcNow().UtcDateTime;
        if (found.Role == CaseRole.Requester)
        {
            if (c.Status is CaseStatus.Resolved or CaseStatus.WaitingForMember)
            {
                Add(c, CaseEntryKind.Reopened, actor, null, isInternal: false, now);
                await ReopenAsync(c, now, cancellationToken);
            }

            Add(c, CaseEntryKind.MessageFromMember, actor, text, isInternal: false, now);
        }
        else
        {
            if (c.Status == CaseStatus.Resolved)
            {
                return CaseErrors.CaseResolved;
            }

            Add(c, CaseEntryKind.MessageToMember, actor, text, isInternal: false, now);
            if (c.FirstRespondedAt is null)
            {
                // The first-response clock stops; from now on the case is held to its resolution target.
                c.FirstRespondedAt = now;
                c.SlaCheckAt = c.ResolutionDueAt;
            }

            c.Status = CaseStatus.InProgress;
            Notify(c, "工会回复了您的求助", "请在“我的求助”中查看回复。", now);
        }

        return found;
    }

    public async Task<Result<CaseAndRole>> NoteAsync(Actor actor, Guid caseId, TextRequest request, CancellationToken cancellationToken)
    {
        if (Text(request.Text, 4000) is not { } text)
        {
            return CaseErrors.MessageRequired;
        }

        var found = await access.FindAsync(actor, caseId, tracked: true, cancellationToken);
        if (found is null || found.Role == CaseRole.Requester)
        {
            return CaseErrors.CaseNotFound;
        }

        if (ReadOnly(actor, found) is { } refused)
        {
            return refused;
        }

        Add(found.Case, CaseEntryKind.Note, actor, text, isInternal: true, time.GetUtcNow().UtcDateTime);
        return await SaveAsync(found, cancellationToken);
    }

    /// <summary>Give the case to an expert or volunteer of a pool owned by its union or one above it.</summary>
    public async Task<Result<CaseAndRole>> AssignAsync(Actor actor, Guid caseId, AssignRequest request, CancellationToken cancellationToken)
    {
        var found = await access.FindAsync(actor, caseId, tracked: true, cancellationToken);
        if (found is not { Role: CaseRole.Staff })
        {
            return CaseErrors.CaseNotFound;
        }

        if (actor.EnsureCanWrite() is { } refused)
        {
            return refused;
        }

        var c = found.Case;
        var path = await db.OrgUnits.AsNoTracking().Where(u => u.Id == c.OrgUnitId).Select(u => u.Path).SingleAsync(cancellationToken);
        var chain = OrgScope.ChainOf(path);
        var expert = await db.Set<PoolMember>().AsNoTracking()
            .Where(m => m.Id == request.PoolMemberId)
            .Join(db.Set<ExpertPool>(), m => m.PoolId, p => p.Id, (m, p) => new { m.Id, m.Name, p.OrgUnitId, Pool = p.Name })
            .SingleOrDefaultAsync(cancellationToken);
        if (expert is null || expert.OrgUnitId is not { } owner || !chain.Contains(owner))
        {
            return CaseErrors.PoolMemberNotFound;
        }

        c.AssignedPoolMemberId = expert.Id;
        Add(c, CaseEntryKind.Assigned, actor, $"{expert.Pool}：{expert.Name}", isInternal: true, time.GetUtcNow().UtcDateTime);
        audit.Record("cases.assigned", $"case:{c.Id}", expert.Name, c.OrgUnitId);
        return await SaveAsync(found, cancellationToken);
    }

    public async Task<Result<CaseAndRole>> HandBackAsync(Actor actor, Guid caseId, TextRequest request, CancellationToken cancellationToken)
    {
        var found = await access.FindAsync(actor, caseId, tracked: true, cancellationToken);
        if (found is not { Role: CaseRole.AssignedExpert })
        {
            return CaseErrors.CaseNotFound;
        }

        found.Case.AssignedPoolMemberId = null;
        Add(found.Case, CaseEntryKind.HandedBack, actor, Text(request.Text, 2000), isInternal: true, time.GetUtcNow().UtcDateTime);
        return await SaveAsync(found, cancellationToken);
    }

    public async Task<Result<CaseAndRole>> EscalateAsync(Actor actor, Guid caseId, EscalateRequest request, CancellationToken cancellationToken)
    {
        if (Text(request.Reason, 500) is not { } reason)
        {
            return CaseErrors.ReasonRequired;
        }

        var found = await access.FindAsync(actor, caseId, tracked: true, cancellationToken);
        if (found is not { Role: CaseRole.Staff })
        {
            return CaseErrors.CaseNotFound;
        }

        if (actor.EnsureCanWrite() is { } refused)
        {
            return refused;
        }

        if (!await EscalateAsync(found.Case, actor.UserId, actor.Caller.DisplayName, reason, cancellationToken))
        {
            return CaseErrors.AtTheTop;
        }

        audit.Record("cases.escalated", $"case:{caseId}", reason, found.Case.OrgUnitId);
        return await SaveAsync(found, cancellationToken);
    }

    /// <summary>
    /// Moves the case to the parent union's queue, with the reason on the timeline; its clock starts again there,
    /// so a case nobody answers keeps climbing, level by level, to the top.
    /// </summary>
    public async Task<bool> EscalateAsync(HelpCase c, string actorId, string actorName, string reason, CancellationToken cancellationToken)
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

        db.Add(new CaseEntry { Id = Guid.CreateVersion7(), CaseId = c.Id, Kind = CaseEntryKind.Escalated, At = now, ActorUserId = actorId, ActorName = actorName, BodyCipher = cipher.Encrypt(reason), Internal = true, FromOrgUnitId = from, ToOrgUnitId = to });
        outbox.Publish(new CaseOpened(c.Id, to, Names.Of(c.Category), Names.Of(c.Urgency), Escalated: true));
        return true;
    }

    public async Task<Result<CaseAndRole>> ResolveAsync(Actor actor, Guid caseId, ResolveRequest request, CancellationToken cancellationToken)
    {
        if (Text(request.Resolution, 4000) is not { } resolution)
        {
            return CaseErrors.ResolutionRequired;
        }

        var found = await access.FindAsync(actor, caseId, tracked: true, cancellationToken);
        if (found is not { Role: CaseRole.Staff })
        {
            return CaseErrors.CaseNotFound;
        }

        if (actor.EnsureCanWrite() is { } refused)
        {
            return refused;
        }

        var c = found.Case;
        if (c.Status == CaseStatus.Resolved)
        {
            return CaseErrors.CaseResolved;
        }

        var now = time.GetUtcNow().UtcDateTime;
        c.Status = CaseStatus.Resolved;
        c.ResolvedAt = now;
        c.FirstRespondedAt ??= now;
        c.SlaCheckAt = null;
        c.WaitingSince = null;
        Add(c, CaseEntryKind.Resolved, actor, resolution, isInternal: false, now);
        Notify(c, "您的求助已办结", "请在“我的求助”中查看办理结果，并评价这次帮助。", now);
        audit.Record("cases.resolved", $"case:{c.Id}", null, c.OrgUnitId);
        return await SaveAsync(found, cancellationToken);
    }

    public async Task<Result<CaseAndRole>> RateAsync(Actor actor, Guid caseId, RatingRequest request, CancellationToken cancellationToken)
    {
        if (request.Score is not { } score || score is < 1 or > 5)
        {
            return CaseErrors.InvalidScore;
        }

        var found = await access.FindAsync(actor, caseId, tracked: true, cancellationToken);
        if (found is not { Role: CaseRole.Requester })
        {
            return CaseErrors.CaseNotFound;
        }

        var c = found.Case;
        if (c.Status != CaseStatus.Resolved)
        {
            return CaseErrors.NotResolved;
        }

        if (c.Rating is not null)
        {
            return CaseErrors.AlreadyRated;
        }

        c.Rating = score;
        c.RatingComment = Text(request.Comment, 500);
        Add(c, CaseEntryKind.Rated, actor, $"{score}分{(c.RatingComment is null ? "" : $"：{c.RatingComment}")}", isInternal: false, time.GetUtcNow().UtcDateTime);
        return await SaveAsync(found, cancellationToken);
    }

    private async Task ReopenAsync(HelpCase c, DateTime now, CancellationToken cancellationToken)
    {
        if (c.Status == CaseStatus.WaitingForMember && c.WaitingSince is { } since)
        {
            // The time spent waiting for the member does not count against the union.
            c.ResolutionDueAt = await deadlines.ResumeAsync(c, since, now, cancellationToken);
        }
        else if (c.Status == CaseStatus.Resolved)
        {
            var due = await deadlines.ForAsync(c.OrgUnitId!.Value, c.Category, c.Urgency, now, cancellationToken);
            c.ResolutionDueAt = due.ResolutionDueAt;
            c.ResolvedAt = null;
        }

        c.Status = CaseStatus.InProgress;
        c.WaitingSince = null;
        c.SlaCheckAt = c.ResolutionDueAt;
    }

    private void Add(HelpCase c, CaseEntryKind kind, Actor actor, string? text, bool isInternal, DateTime now) =>
        db.Add(new CaseEntry
        {
            Id = Guid.CreateVersion7(),
            CaseId = c.Id,
            Kind = kind,
            At = now,
            ActorUserId = actor.UserId,
            ActorName = actor.Caller.DisplayName,
            BodyCipher = text is null ? null : cipher.Encrypt(text),
            Internal = isInternal,
        });

    // The inbox is not encrypted: what staff wrote about a person's health or troubles stays in the timeline.
    private void Notify(HelpCase c, string title, string body, DateTime now) =>
        db.Notifications.Add(new Notification { Id = Guid.CreateVersion7(), UserId = c.RequesterUserId, Title = $"{title}（{c.Number}）", Body = body, CreatedAt = now });

    private async Task<Result<CaseAndRole>> SaveAsync(CaseAndRole found, CancellationToken cancellationToken)
    {
        found.Case.Version = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return found;
        }
        catch (DbUpdateConcurrencyException)
        {
            return CaseErrors.Conflict;
        }
    }

    // Reviewers and auditors of the subtree may read a case, not work on it; its requester and expert act as themselves.
    private static Error? ReadOnly(Actor actor, CaseAndRole found) => found.Role == CaseRole.Staff ? actor.EnsureCanWrite() : null;

    private static string? Text(string? value, int max) => value?.Trim() is { Length: > 0 } text && text.Length <= max ? text : null;
}
