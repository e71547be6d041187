using Microsoft.EntityFrameworkCore;
using UnionHome.Membership.Contracts;
using UnionHome.Membership.Data;
using UnionHome.Platform.Data;
using UnionHome.Platform.Encryption;
using UnionHome.Platform.Errors;
using UnionHome.Platform.Identity;
using UnionHome.Platform.Organization;
using UnionHome.Platform.Regions;
using UnionHome.Platform.Validation;

namespace UnionHome.Membership.Joining;

/// <summary>The application body: the field names are the contract apps and mini-programs are written against.</summary>
internal sealed record ApplicationRequest(
    string? Name,
    string? IdNumber,
    string? WorkerType,
    string? EnterpriseUscc,
    string? Platform,
    string? WorkRegionCode);

internal sealed record RoutedTo(Guid OrgUnitId, string Name, string Reason);

internal sealed record ApplicationAccepted(Guid Id, string Status, RoutedTo RoutedTo);

/// <summary>个人申请入会: validates, routes and files one application.</summary>
internal sealed class ApplyForMembership(
    AppDbContext db,
    JoinRouter router,
    RegionDirectory regions,
    FieldCipher cipher,
    BlindIndex blindIndex,
    Platform.Outbox.Outbox outbox,
    TimeProvider time)
{
    public async Task<Result<ApplicationAccepted>> ApplyAsync(Caller applicant, ApplicationRequest request, CancellationToken cancellationToken)
    {
        var name = request.Name?.Trim() ?? "";
        if (name.Length is < 2 or > 32)
        {
            return JoinErrors.NameRequired;
        }

        if (!ResidentIdNumber.TryParse(request.IdNumber, time, out var idNumber, out var idFailure))
        {
            return JoinErrors.InvalidIdNumber(idFailure);
        }

        if (!Enum.TryParse<WorkerType>(request.WorkerType, ignoreCase: true, out var workerType) || !Enum.IsDefined(workerType))
        {
            return JoinErrors.InvalidWorkerType;
        }

        var matches = regions.Resolve(request.WorkRegionCode);
        if (matches.Count != 1)
        {
            return matches.Count == 0 ? JoinErrors.UnknownRegion : JoinErrors.AmbiguousRegion;
        }

        Enterprise? employer = null;
        if (!string.IsNullOrWhiteSpace(request.EnterpriseUscc))
        {
            if (!CreditCode.TryParse(request.EnterpriseUscc, out var uscc, out _))
            {
                return JoinErrors.InvalidEnterpriseCode;
            }

            employer = await db.Enterprises.AsNoTracking().SingleOrDefaultAsync(e => e.CreditCode == uscc.Value, cancellationToken);
        }

        // One person, one membership: an account that is a member or already waiting cannot apply again under another ID.
        // Both answers speak of the account's own state, never of the ID number's.
        if (await db.Set<Member>().AnyAsync(m => m.UserId == applicant.UserId && m.Status != MemberStatus.Erased, cancellationToken))
        {
            return JoinErrors.AlreadyMember;
        }

        if (await db.Set<MembershipApplication>().AnyAsync(a => a.ApplicantUserId == applicant.UserId && a.Status == ApplicationStatus.Pending, cancellationToken))
        {
            return JoinErrors.ApplicationPending;
        }

        // Whose number this is the applicant is not told: answering "already a member" would let anyone probe IDs,
        // and refusing would let whoever filed first with a worker's number block the worker. Staff sort it out.
        var idIndex = blindIndex.Compute(BlindIndex.Purposes.ResidentId, idNumber.Value);
        var conflict = await db.Set<Member>().AnyAsync(m => m.ResidentIdIndex == idIndex && m.Status != MemberStatus.Erased, cancellationToken)
            || await db.Set<MembershipApplication>().AnyAsync(a => a.ResidentIdIndex == idIndex && a.Status == ApplicationStatus.Pending, cancellationToken);

        var route = await router.RouteAsync(workerType, employer, matches[0].Code, cancellationToken);
        if (!route.Succeeded)
        {
            return route.Error;
        }

        var phoneCipher = await db.Users.Where(u => u.Id == applicant.UserId).Select(u => u.PhoneCipher).SingleOrDefaultAsync(cancellationToken);
        var phone = phoneCipher is null ? null : cipher.Decrypt<AppUser>(phoneCipher, nameof(AppUser.PhoneCipher), applicant.UserId);
        var application = new MembershipApplication
        {
            Id = Guid.CreateVersion7(),
            ApplicantUserId = applicant.UserId,
            Name = name,
            ResidentIdIndex = idIndex,
            ResidentIdMasked = idNumber.Masked,
            WorkerType = workerType,
            EnterpriseId = employer?.Id,
            Platform = string.IsNullOrWhiteSpace(request.Platform) ? null : request.Platform.Trim(),
            WorkRegionCode = matches[0].Code,
            OrgUnitId = route.Value.Union.Id,
            RoutingReason = route.Value.Reason,
            Status = ApplicationStatus.Pending,
            IdentityConflict = conflict,
            Source = ApplicationSource.Online,
            SubmittedAt = time.GetUtcNow().UtcDateTime,
            Version = Guid.NewGuid(),
        };
        application.SealPerson(cipher, idNumber.Value, phone);
        await using var transaction = await db.BeginWriteAsync(cancellationToken);
        db.Add(application);
        if (conflict)
        {
            await db.Set<MembershipApplication>().Where(a => a.ResidentIdIndex == idIndex && a.Status == ApplicationStatus.Pending && !a.IdentityConflict)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.IdentityConflict, true).SetProperty(a => a.Version, Guid.NewGuid()), cancellationToken);
        }

        outbox.Publish(new MembershipApplicationSubmitted(application.Id, route.Value.Union.Id, application.SubmittedAt));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The unique index on the account's pending application caught a simultaneous second submission.
            return JoinErrors.ApplicationPending;
        }

        await transaction.CommitAsync(cancellationToken);

        return new ApplicationAccepted(application.Id, "pending", new RoutedTo(route.Value.Union.Id, route.Value.Union.Name, route.Value.Reason));
    }
}
