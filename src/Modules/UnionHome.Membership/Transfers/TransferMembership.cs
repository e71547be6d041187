using Microsoft.EntityFrameworkCore;
using UnionHome.Membership.Data;
using UnionHome.Membership.Joining;
using UnionHome.Membership.MyMembership;
using UnionHome.Platform.Api;
using UnionHome.Platform.Audit;
using UnionHome.Platform.Data;
using UnionHome.Platform.Errors;
using UnionHome.Platform.Identity;
using UnionHome.Platform.Organization;
using UnionHome.Platform.Regions;
using UnionHome.Platform.Validation;

namespace UnionHome.Membership.Transfers;

internal sealed record TransferRequest(string? EnterpriseUscc, string? WorkRegionCode, string? WorkerType);

internal sealed record TransferAccepted(Guid Id, string Status, RoutedTo RoutedTo);

internal sealed record TransferSummary(Guid Id, string MemberName, string MemberNumber, Guid FromOrgUnitId, RoutedTo RoutedTo, string Status, DateTime RequestedAt, string? RejectionReason);

internal sealed record HistoryEntry(DateTime At, string Kind, Guid? FromOrgUnitId, Guid ToOrgUnitId, string Note);

internal static class TransferErrors
{
    public static readonly Error NotAMember = Error.NotFound("not_a_member", "您还不是工会会员，无法转移会员关系");
    public static readonly Error AlreadyPending = Error.Conflict("transfer_pending", "您已有一份会员关系转移申请在审核中");
    public static readonly Error SameUnion = Error.Conflict("transfer_same_union", "新的工作单位仍属于您现在的工会，无需转移");
    public static readonly Error NotFound = Error.NotFound("transfer_not_found", "未找到该转移申请，或不在您的管辖范围内");
    public static readonly Error AlreadyDecided = Error.Conflict("transfer_decided", "该转移申请已经处理过");
}

/// <summary>会员关系转移: a member who changed job asks to move; the receiving union approves; the history keeps both.</summary>
internal sealed class TransferMembership(AppDbContext db, JoinRouter router, RegionDirectory regions, MemberUnions memberUnions, AuditLog audit, TimeProvider time)
{
    public async Task<Result<TransferAccepted>> RequestAsync(Caller caller, TransferRequest request, CancellationToken ct)
    {
        var member = await db.Set<Member>().SingleOrDefaultAsync(m => m.UserId == caller.UserId && m.Status == MemberStatus.Active, ct);
        if (member is null)
        {
            return TransferErrors.NotAMember;
        }

        var matches = regions.Resolve(request.WorkRegionCode);
        if (matches.Count != 1)
        {
            return matches.Count == 0 ? JoinErrors.UnknownRegion : JoinErrors.AmbiguousRegion;
        }

        var workerType = member.WorkerType;
        if (!string.IsNullOrWhiteSpace(request.WorkerType) && (!Enum.TryParse(request.WorkerType, ignoreCase: true, out workerType) || !Enum.IsDefined(workerType)))
        {
            return JoinErrors.InvalidWorkerType;
        }

        Enterprise? employer = null;
        if (!string.IsNullOrWhiteSpace(request.EnterpriseUscc))
        {
            if (!CreditCode.TryParse(request.EnterpriseUscc, out var uscc, out _))
            {
                return JoinErrors.InvalidEnterpriseCode;
            }

            employer = await db.Enterprises.AsNoTracking().SingleOrDefaultAsync(e => e.CreditCode == uscc.Value, ct);
        }

        var route = await router.RouteAsync(workerType, employer, matches[0].Code, ct);
        if (!route.Succeeded)
        {
            return route.Error;
        }

        if (route.Value.Union.Id == member.OrgUnitId)
        {
            return TransferErrors.SameUnion;
        }

        var transfer = new MemberTransfer
        {
            Id = Guid.CreateVersion7(),
            MemberId = member.Id,
            FromOrgUnitId = member.OrgUnitId!.Value,
            OrgUnitId = route.Value.Union.Id,
            NewEnterpriseId = employer?.Id,
            WorkRegionCode = matches[0].Code,
            RoutingReason = route.Value.Reason,
            Status = ApplicationStatus.Pending,
            RequestedAt = time.GetUtcNow().UtcDateTime,
            Version = Guid.NewGuid(),
        };
        await using var transaction = await db.BeginWriteAsync(ct);
        db.Add(transfer);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return TransferErrors.AlreadyPending;
        }

        await transaction.CommitAsync(ct);

        return new TransferAccepted(transfer.Id, "pending", new RoutedTo(route.Value.Union.Id, route.Value.Union.Name, route.Value.Reason));
    }

    public async Task<Result<TransferSummary>> DecideAsync(Actor officer, Guid id, bool approve, string? reason, CancellationToken ct)
    {
        if (officer.EnsureCanWrite() is { } refused)
        {
            return refused;
        }

        if (!approve && string.IsNullOrWhiteSpace(reason))
        {
            return Approvals.ApprovalErrors.ReasonRequired;
        }

        await using var transaction = await db.BeginWriteAsync(ct);
        var transfer = await db.Set<MemberTransfer>().InScopeOf(officer, db.OrgUnits).SingleOrDefaultAsync(t => t.Id == id, ct);
        if (transfer is null)
        {
            return TransferErrors.NotFound;
        }

        if (transfer.Status != ApplicationStatus.Pending)
        {
            return TransferErrors.AlreadyDecided;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var member = await db.Set<Member>().SingleAsync(m => m.Id == transfer.MemberId, ct);
        if (approve && member.Status != MemberStatus.Active)
        {
            return TransferErrors.AlreadyDecided;
        }

        transfer.Status = approve ? ApplicationStatus.Approved : ApplicationStatus.Rejected;
        transfer.DecidedBy = officer.UserId;
        transfer.DecidedAt = now;
        transfer.RejectionReason = approve ? null : reason!.Trim();
        transfer.Version = Guid.NewGuid();
        if (approve)
        {
            db.Add(new MemberHistoryEntry { MemberId = member.Id, At = now, Kind = "transferred", FromOrgUnitId = member.OrgUnitId, ToOrgUnitId = transfer.OrgUnitId!.Value, Note = transfer.RoutingReason });
            member.OrgUnitId = transfer.OrgUnitId;
            member.EnterpriseId = transfer.NewEnterpriseId;
            member.WorkRegionCode = transfer.WorkRegionCode;
        }

        audit.Record(approve ? "membership.transfer_approved" : "membership.transfer_rejected", $"transfer:{transfer.Id}", reason, transfer.OrgUnitId);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return TransferErrors.AlreadyDecided;
        }

        await transaction.CommitAsync(ct);
        if (approve)
        {
            await memberUnions.ForgetAsync(member.UserId, ct);
        }

        return await SummaryAsync(transfer.Id, ct);
    }

    /// <summary>The receiving unions' list: transfers into the scope's subtree with one status, oldest first.</summary>
    public static IQueryable<TransferSummary> InScope(AppDbContext db, Actor actor, ApplicationStatus status) =>
        Summaries(db, db.Set<MemberTransfer>().AsNoTracking().InScopeOf(actor, db.OrgUnits).Where(t => t.Status == status).OrderBy(t => t.RequestedAt).ThenBy(t => t.Id));

    private static IQueryable<TransferSummary> Summaries(AppDbContext db, IQueryable<MemberTransfer> transfers) =>
        transfers.Join(db.Set<Member>(), t => t.MemberId, m => m.Id, (t, m) => new TransferSummary(
            t.Id, m.Name, m.MemberNumber, t.FromOrgUnitId,
            new RoutedTo(t.OrgUnitId!.Value, db.OrgUnits.Where(u => u.Id == t.OrgUnitId).Select(u => u.Name).First(), t.RoutingReason),
            t.Status.ToString().ToLower(), t.RequestedAt, t.RejectionReason));

    /// <summary>A member's history, oldest first: joining, then every transfer.</summary>
    public async Task<Paged<HistoryEntry>> HistoryAsync(string userId, PageRequest paging, CancellationToken ct)
    {
        var member = await db.Set<Member>().AsNoTracking().Where(m => m.UserId == userId).Select(m => new { m.Id, m.JoinedAt, m.ApplicationId }).FirstOrDefaultAsync(ct);
        if (member is null)
        {
            return Paged<HistoryEntry>.Of([], paging);
        }

        var joinedAt = await db.Set<MembershipApplication>().Where(a => a.Id == member.ApplicationId).Select(a => new { a.OrgUnitId, a.RoutingReason }).SingleAsync(ct);
        var moves = await db.Set<MemberHistoryEntry>().AsNoTracking().Where(h => h.MemberId == member.Id).OrderBy(h => h.At).ThenBy(h => h.Id)
            .Select(h => new HistoryEntry(h.At, h.Kind, h.FromOrgUnitId, h.ToOrgUnitId, h.Note)).ToListAsync(ct);

        // A member moves a handful of times in a working life: the joining and the moves are paged in memory.
        return Paged<HistoryEntry>.Of([new HistoryEntry(member.JoinedAt, "joined", null, joinedAt.OrgUnitId!.Value, joinedAt.RoutingReason), .. moves], paging);
    }

    private async Task<Result<TransferSummary>> SummaryAsync(Guid id, CancellationToken ct) =>
        await Summaries(db, db.Set<MemberTransfer>().AsNoTracking().Where(t => t.Id == id)).SingleAsync(ct);
}
