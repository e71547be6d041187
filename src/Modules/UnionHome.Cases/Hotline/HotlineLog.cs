using Microsoft.EntityFrameworkCore;
using UnionHome.Cases.Data;
using UnionHome.Membership.Contracts;
using UnionHome.Platform.Audit;
using UnionHome.Platform.Data;
using UnionHome.Platform.Encryption;
using UnionHome.Platform.Errors;
using UnionHome.Platform.Organization;

namespace UnionHome.Cases.Hotline;

/// <param name="Direction">inbound or outbound (a proactive call by staff).</param>
/// <param name="Category">One of <see cref="HotlineCategories"/>: epidemic, emotional, family, work, legal, health, crisis, other.</param>
internal sealed record NewHotlineCallRequest(
    string? Direction, string? CallerMemberNumber, string? CallerDescription, string? Category, DateTimeOffset? StartedAt,
    int? DurationSeconds, string? Outcome, Guid? FollowUpCaseId, Guid? OrgUnitId);

/// <summary>The hotline log: a call staff record for a union of their subtree, inbound or a proactive outbound one.</summary>
internal sealed class HotlineLog(AppDbContext db, AuditLog audit, IMembershipDirectory members, FieldCipher cipher, TimeProvider time)
{
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

        var id = Guid.CreateVersion7();
        var call = new HotlineCall
        {
            Id = id, OrgUnitId = unit.Id, Direction = direction, CallerMemberId = memberId,
            CallerDescriptionCipher = cipher.Seal<HotlineCall>(description, nameof(HotlineCall.CallerDescriptionCipher), id),
            Category = request.Category!, StartedAt = startedAt.UtcDateTime, DurationSeconds = duration,
            OutcomeCipher = cipher.Seal<HotlineCall>(outcome, nameof(HotlineCall.OutcomeCipher), id)!,
            FollowUpCaseId = request.FollowUpCaseId, RecordedBy = actor.UserId,
        };
        await using var write = await db.BeginWriteAsync(cancellationToken);
        db.Add(call);
        audit.Record("cases.hotline_call_logged", $"hotline-call:{call.Id}", call.Category, unit.Id);
        await db.SaveChangesAsync(cancellationToken);
        await write.CommitAsync(cancellationToken);
        return HotlineQueries.View(call, cipher);
    }
}
