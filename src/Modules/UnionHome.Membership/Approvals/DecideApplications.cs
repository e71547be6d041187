using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using UnionHome.Membership.Contracts;
using UnionHome.Membership.Data;
using UnionHome.Membership.MyMembership;
using UnionHome.Platform.Audit;
using UnionHome.Platform.Data;
using UnionHome.Platform.Encryption;
using UnionHome.Platform.Errors;
using UnionHome.Platform.Identity;
using UnionHome.Platform.Organization;

namespace UnionHome.Membership.Approvals;

internal sealed record Decision(Guid Id, string Status, string? MemberNumber);

/// <summary>A union officer approves, rejects or re-routes applications inside their subtree.</summary>
internal sealed class DecideApplications(AppDbContext db, FieldCipher cipher, MemberUnions memberUnions, AuditLog audit, Platform.Outbox.Outbox outbox, TimeProvider time)
{
    public async Task<Result<Decision>> ApproveAsync(Actor officer, Guid id, CancellationToken cancellationToken)
    {
        if (officer.EnsureCanWrite() is { } refused)
        {
            return refused;
        }

        await using var transaction = await db.BeginWriteAsync(cancellationToken);
        var application = await FindPendingAsync(officer, id, cancellationToken);
        if (!application.Succeeded)
        {
            return application.Error;
        }

        var app = application.Value;
        if (await db.Set<Member>().AnyAsync(
                m => (m.ResidentIdIndex == app.ResidentIdIndex || (app.ApplicantUserId != null && m.UserId == app.ApplicantUserId)) && m.Status != MemberStatus.Erased,
                cancellationToken))
        {
            return ApprovalErrors.AlreadyMember;
        }

        var union = await db.OrgUnits.AsNoTracking().SingleAsync(u => u.Id == app.OrgUnitId, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var number = await MemberNumbers.TakeNextAsync(db, union.RegionCode, now, cancellationToken);
        db.Add(Member.From(app, cipher, number, now));
        Decide(app, officer, ApplicationStatus.Approved, null, now);
        await MakeAccountAMemberAsync(app, cancellationToken);
        audit.Record("membership.application_approved", $"application:{app.Id}", $"{number} {app.ResidentIdMasked}", app.OrgUnitId);
        outbox.Publish(new MembershipApplicationDecided(app.Id, true, number, union.Name, null));
        if (!await TrySaveAsync(transaction, cancellationToken))
        {
            return ApprovalErrors.AlreadyDecided;
        }

        await memberUnions.ForgetAsync(app.ApplicantUserId, cancellationToken);
        return new Decision(app.Id, "approved", number);
    }

    public async Task<Result<Decision>> RejectAsync(Actor officer, Guid id, string? reason, CancellationToken cancellationToken)
    {
        if (officer.EnsureCanWrite() is { } refused)
        {
            return refused;
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return ApprovalErrors.ReasonRequired;
        }

        var application = await FindPendingAsync(officer, id, cancellationToken);
        if (!application.Succeeded)
        {
            return application.Error;
        }

        var app = application.Value;
        var unionName = await db.OrgUnits.Where(u => u.Id == app.OrgUnitId).Select(u => u.Name).SingleAsync(cancellationToken);
        await using var transaction = await db.BeginWriteAsync(cancellationToken);
        Decide(app, officer, ApplicationStatus.Rejected, reason.Trim(), time.GetUtcNow().UtcDateTime);
        audit.Record("membership.application_rejected", $"application:{app.Id}", reason.Trim(), app.OrgUnitId);
        outbox.Publish(new MembershipApplicationDecided(app.Id, false, null, unionName, reason.Trim()));
        return await TrySaveAsync(transaction, cancellationToken) ? new Decision(app.Id, "rejected", null) : ApprovalErrors.AlreadyDecided;
    }

    public async Task<Result<Decision>> RerouteAsync(Actor officer, Guid id, Guid toOrgUnitId, string? reason, CancellationToken cancellationToken)
    {
        if (officer.EnsureCanWrite() is { } refused)
        {
            return refused;
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return ApprovalErrors.ReasonRequired;
        }

        var application = await FindPendingAsync(officer, id, cancellationToken);
        if (!application.Succeeded)
        {
            return application.Error;
        }

        var target = await db.OrgUnits.AsNoTracking().SingleOrDefaultAsync(u => u.Id == toOrgUnitId, cancellationToken);
        if (target is null || !officer.Manages(target))
        {
            return ApprovalErrors.TargetOutsideScope;
        }

        var app = application.Value;
        var from = app.OrgUnitId;
        app.OrgUnitId = target.Id;
        app.RoutingReason = $"转至{target.Name}：{officer.Caller.DisplayName}改派，{reason.Trim()}";
        app.Version = Guid.NewGuid();
        audit.Record("membership.application_rerouted", $"application:{app.Id}", $"{from} → {target.Id}: {reason.Trim()}", target.Id);
        await using var transaction = await db.BeginWriteAsync(cancellationToken);
        return await TrySaveAsync(transaction, cancellationToken) ? new Decision(app.Id, "pending", null) : ApprovalErrors.AlreadyDecided;
    }

    /// <summary>Another officer decided the same application a moment earlier: the version token or the unique member index says so.</summary>
    private async Task<bool> TrySaveAsync(WriteTransaction transaction, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return false;
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private async Task<Result<MembershipApplication>> FindPendingAsync(Actor officer, Guid id, CancellationToken cancellationToken)
    {
        var application = await db.Set<MembershipApplication>().InScopeOf(officer, db.OrgUnits).SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (application is null)
        {
            return ApprovalErrors.NotFound;
        }

        return application.Status == ApplicationStatus.Pending ? application : ApprovalErrors.AlreadyDecided;
    }

    private static void Decide(MembershipApplication application, Actor officer, ApplicationStatus status, string? reason, DateTime now)
    {
        application.Status = status;
        application.RejectionReason = reason;
        application.DecidedBy = officer.UserId;
        application.DecidedAt = now;
        application.Version = Guid.NewGuid();
    }

    /// <summary>
    /// The applicant's account gains the member role. The union stays on the member record: the account's own unit is
    /// what staff rights follow, and only an audited administration action moves it; the account's name stays too.
    /// </summary>
    private async Task MakeAccountAMemberAsync(MembershipApplication application, CancellationToken cancellationToken)
    {
        if (application.ApplicantUserId is not { } userId || !await db.Users.AnyAsync(u => u.Id == userId, cancellationToken))
        {
            return;
        }

        var role = await db.Roles.SingleOrDefaultAsync(r => r.NormalizedName == Roles.Member.ToUpperInvariant(), cancellationToken);
        if (role is null)
        {
            role = new IdentityRole(Roles.Member) { NormalizedName = Roles.Member.ToUpperInvariant() };
            db.Roles.Add(role);
        }

        if (!await db.UserRoles.AnyAsync(r => r.UserId == userId && r.RoleId == role.Id, cancellationToken))
        {
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = userId, RoleId = role.Id });
        }
    }
}
