using Microsoft.EntityFrameworkCore;
using UnionHome.Membership.Data;
using UnionHome.Platform.Audit;
using UnionHome.Platform.Data;
using UnionHome.Platform.Encryption;
using UnionHome.Platform.Errors;
using UnionHome.Platform.Identity;
using UnionHome.Platform.Identity.SmsLogin;
using UnionHome.Platform.Organization;
using UnionHome.Platform.PersonalData;
using Member = UnionHome.Membership.Data.Member;

namespace UnionHome.Membership.MyData;

internal sealed record PhoneCorrection(string? Phone, string? Code);

internal sealed record DeletionRequestBody(string? Reason);

internal sealed record DeletionRequestSummary(Guid Id, string UserId, string? Name, string Status, DateTime RequestedAt, string? Reason);

internal static class PersonalDataErrors
{
    public static readonly Error DeletionPending = Error.Conflict("deletion_pending", "您的注销申请正在处理中");
    public static readonly Error PhoneTaken = Error.Conflict("phone_taken", "该手机号已被其他账号使用");
    public static readonly Error NotFound = Error.NotFound("deletion_request_not_found", "未找到该注销申请，或不在您的管辖范围内");
    public static readonly Error AlreadyProcessed = Error.Conflict("deletion_processed", "该注销申请已经处理过");
}

/// <summary>
/// A person's requests about their data (PIPL): correct the phone, ask for erasure, and the officer's processing of
/// that request. The copy of everything held (GET /api/v1/me/data-export) and the erasure across modules are the
/// kernel's PersonalDataExport and <see cref="PersonalDataErasure"/>.
/// </summary>
internal sealed class PersonalData(AppDbContext db, FieldCipher cipher, BlindIndex blindIndex, SmsCodes codes, AuditLog audit, PersonalDataErasure erasure, TimeProvider time)
{
    /// <summary>The new number proves itself with a code sent to it, exactly like a sign-in.</summary>
    public async Task<Result<string>> CorrectPhoneAsync(string userId, PhoneCorrection correction, CancellationToken ct)
    {
        var consumed = await codes.ConsumeAsync(correction.Phone, correction.Code, ct);
        if (!consumed.Succeeded)
        {
            return consumed.Error;
        }

        var index = blindIndex.Compute(BlindIndex.Purposes.Phone, consumed.Value.Value);
        if (await db.Users.AnyAsync(u => u.PhoneIndex == index && u.Id != userId, ct))
        {
            return PersonalDataErrors.PhoneTaken;
        }

        await using var transaction = await db.BeginWriteAsync(ct);
        var user = await db.Users.SingleAsync(u => u.Id == userId, ct);
        user.PhoneIndex = index;
        user.PhoneCipher = cipher.Encrypt(consumed.Value.Value);
        await db.Set<Member>().Where(m => m.UserId == userId).ExecuteUpdateAsync(s => s.SetProperty(m => m.PhoneCipher, user.PhoneCipher), ct);
        await db.Set<MembershipApplication>().Where(a => a.ApplicantUserId == userId && a.Status == ApplicationStatus.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.PhoneCipher, user.PhoneCipher), ct);
        audit.Record("personal_data.phone_corrected", $"user:{userId}", consumed.Value.Masked, user.OrgUnitId);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return PersonalDataErrors.PhoneTaken;
        }

        await transaction.CommitAsync(ct);
        return consumed.Value.Masked;
    }

    public async Task<Result<DeletionRequestSummary>> RequestDeletionAsync(string userId, string? reason, CancellationToken ct)
    {
        var union = await db.Set<Member>().Where(m => m.UserId == userId && m.Status != MemberStatus.Erased).Select(m => m.OrgUnitId).FirstOrDefaultAsync(ct);
        var request = new DeletionRequest
        {
            Id = Guid.CreateVersion7(),
            UserId = userId,
            OrgUnitId = union,
            Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(),
            Status = ApplicationStatus.Pending,
            RequestedAt = time.GetUtcNow().UtcDateTime,
        };
        db.Add(request);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return PersonalDataErrors.DeletionPending;
        }

        return new DeletionRequestSummary(request.Id, userId, null, "pending", request.RequestedAt, request.Reason);
    }

    /// <summary>Deletion requests the scope's officers handle: pending ones oldest first, processed ones latest first.</summary>
    public static IQueryable<DeletionRequestSummary> DeletionRequestsInScope(AppDbContext db, Actor actor, ApplicationStatus status)
    {
        var requests = db.Set<DeletionRequest>().AsNoTracking().InScopeOf(actor, db.OrgUnits).Where(r => r.Status == status);
        requests = status == ApplicationStatus.Pending ? requests.OrderBy(r => r.RequestedAt) : requests.OrderByDescending(r => r.ProcessedAt);
        return requests.Select(r => new DeletionRequestSummary(
            r.Id, r.UserId, db.Users.Where(u => u.Id == r.UserId).Select(u => u.DisplayName).FirstOrDefault(),
            r.Status == ApplicationStatus.Pending ? "pending" : "processed", r.RequestedAt, r.Reason));
    }

    /// <summary>
    /// Erases the person in every module, in one write transaction with the request's own change and its audit entry:
    /// a module that fails leaves nothing erased and the request pending. Two officers pressing at once erase once.
    /// </summary>
    public async Task<Result<DeletionRequestSummary>> ProcessDeletionAsync(Actor officer, Guid id, CancellationToken ct)
    {
        if (officer.EnsureCanWrite() is { } refused)
        {
            return refused;
        }

        var request = await db.Set<DeletionRequest>().AsNoTracking().InScopeOf(officer, db.OrgUnits).SingleOrDefaultAsync(r => r.Id == id, ct);
        if (request is null)
        {
            return PersonalDataErrors.NotFound;
        }

        var now = time.GetUtcNow().UtcDateTime;
        await using var transaction = await db.BeginWriteAsync(ct);
        var claimed = await db.Set<DeletionRequest>().Where(r => r.Id == id && r.Status == ApplicationStatus.Pending).ExecuteUpdateAsync(
            s => s.SetProperty(r => r.Status, ApplicationStatus.Approved).SetProperty(r => r.ProcessedBy, officer.UserId).SetProperty(r => r.ProcessedAt, now),
            ct);
        if (claimed == 0)
        {
            return PersonalDataErrors.AlreadyProcessed;
        }

        await erasure.EraseAsync(request.UserId, ct);

        // The reason is the person's own words: it stays on the request, not in the audit log.
        audit.Record("personal_data.erased", $"user:{request.UserId}", $"deletion_request:{request.Id}", request.OrgUnitId);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new DeletionRequestSummary(request.Id, request.UserId, PersonalDataErasure.ErasedName, "processed", request.RequestedAt, request.Reason);
    }
}
