using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using UnionHome.Membership.Data;
using UnionHome.Platform.Audit;
using UnionHome.Platform.Data;
using UnionHome.Platform.Encryption;
using UnionHome.Platform.Errors;
using UnionHome.Platform.Identity;
using UnionHome.Platform.Identity.SmsLogin;
using UnionHome.Platform.Organization;
using Member = UnionHome.Membership.Data.Member;

namespace UnionHome.Membership.MyData;

internal sealed record DataExport(
    ExportedAccount Account,
    ExportedMember? Membership,
    IReadOnlyList<ExportedApplication> Applications,
    IReadOnlyList<ExportedNotification> Notifications,
    IReadOnlyList<ExportedAccess> AccessLog);

internal sealed record ExportedAccount(string UserId, string DisplayName, string? Phone, IReadOnlyList<string> Roles, DateTime CreatedAt, DateTime? LastSignInAt);

internal sealed record ExportedMember(string MemberNumber, string Name, string IdNumber, string? Phone, string WorkerType, string? Union, string WorkRegionCode, string Status, DateTime JoinedAt);

internal sealed record ExportedApplication(Guid Id, string Name, string IdNumber, string WorkerType, string? Union, string RoutingReason, string Status, DateTime SubmittedAt, string? RejectionReason);

internal sealed record ExportedNotification(string Title, string Body, DateTime CreatedAt);

/// <summary>Who looked at or changed this person's data, from the audit log.</summary>
internal sealed record ExportedAccess(DateTime At, string Actor, string Action, string? Details);

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

/// <summary>A person's rights over their data (PIPL): see all of it, correct the phone, have it erased.</summary>
internal sealed class PersonalData(AppDbContext db, FieldCipher cipher, BlindIndex blindIndex, SmsCodes codes, AuditLog audit, TimeProvider time)
{
    public const string ErasedName = "已注销";

    public async Task<DataExport> ExportAsync(string userId, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == userId, ct);
        var roles = await db.UserRoles.Where(r => r.UserId == userId).Join(db.Roles, r => r.RoleId, r => r.Id, (_, r) => r.Name!).ToListAsync(ct);
        var unions = await db.OrgUnits.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var member = await db.Set<Member>().AsNoTracking().FirstOrDefaultAsync(m => m.UserId == userId, ct);
        var applications = await db.Set<MembershipApplication>().AsNoTracking().Where(a => a.ApplicantUserId == userId).OrderBy(a => a.SubmittedAt).ToListAsync(ct);
        var notifications = await db.Notifications.AsNoTracking().Where(n => n.UserId == userId).OrderBy(n => n.CreatedAt).ToListAsync(ct);
        var targets = new List<string> { $"user:{userId}" };
        targets.AddRange(applications.Select(a => $"application:{a.Id}"));
        var access = await db.AuditEntries.AsNoTracking().Where(e => targets.Contains(e.Target)).OrderBy(e => e.Sequence)
            .Select(e => new ExportedAccess(e.At, e.ActorName, e.Action, e.Details)).ToListAsync(ct);

        // Handing a person their own ID number is still a reveal: it is logged like any other.
        audit.Record(AuditActions.SensitiveFieldRevealed, $"user:{userId}", "personal-data-export", member?.OrgUnitId);
        await db.SaveChangesAsync(ct);

        string? Union(Guid? id) => id is { } key ? unions.GetValueOrDefault(key) : null;
        string? Plain(string? stored) => string.IsNullOrEmpty(stored) ? null : cipher.Decrypt(stored);
        return new DataExport(
            new ExportedAccount(user.Id, user.DisplayName, Plain(user.PhoneCipher), roles, user.CreatedAt, user.LastSignInAt),
            member is null ? null : new ExportedMember(member.MemberNumber, member.Name, Plain(member.ResidentIdCipher) ?? "", Plain(member.PhoneCipher), member.WorkerType.ToString().ToLowerInvariant(), Union(member.OrgUnitId), member.WorkRegionCode, member.Status.ToString().ToLowerInvariant(), member.JoinedAt),
            applications.Select(a => new ExportedApplication(a.Id, a.Name, Plain(a.ResidentIdCipher) ?? "", a.WorkerType.ToString().ToLowerInvariant(), Union(a.OrgUnitId), a.RoutingReason, a.Status.ToString().ToLowerInvariant(), a.SubmittedAt, a.RejectionReason)).ToList(),
            notifications.Select(n => new ExportedNotification(n.Title, n.Body, n.CreatedAt)).ToList(),
            access);
    }

    public static byte[] ToWorkbook(DataExport export)
    {
        var sheets = new Dictionary<string, object>
        {
            ["账号"] = new[] { new Dictionary<string, object?> { ["用户ID"] = export.Account.UserId, ["名称"] = export.Account.DisplayName, ["手机号"] = export.Account.Phone, ["角色"] = string.Join("、", export.Account.Roles), ["注册时间"] = export.Account.CreatedAt, ["最近登录"] = export.Account.LastSignInAt } },
            ["会籍"] = export.Membership is { } m
                ? new[] { new Dictionary<string, object?> { ["会员号"] = m.MemberNumber, ["姓名"] = m.Name, ["身份证号"] = m.IdNumber, ["手机号"] = m.Phone, ["职工类型"] = m.WorkerType, ["所属工会"] = m.Union, ["工作地"] = m.WorkRegionCode, ["状态"] = m.Status, ["入会时间"] = m.JoinedAt } }
                : Array.Empty<Dictionary<string, object?>>(),
            ["入会申请"] = export.Applications.Select(a => new Dictionary<string, object?> { ["姓名"] = a.Name, ["身份证号"] = a.IdNumber, ["受理工会"] = a.Union, ["转办依据"] = a.RoutingReason, ["状态"] = a.Status, ["提交时间"] = a.SubmittedAt, ["驳回理由"] = a.RejectionReason }).ToList(),
            ["消息"] = export.Notifications.Select(n => new Dictionary<string, object?> { ["标题"] = n.Title, ["内容"] = n.Body, ["时间"] = n.CreatedAt }).ToList(),
            ["查阅记录"] = export.AccessLog.Select(a => new Dictionary<string, object?> { ["时间"] = a.At, ["操作人"] = a.Actor, ["操作"] = a.Action, ["详情"] = a.Details }).ToList(),
        };
        using var stream = new MemoryStream();
        stream.SaveAs(sheets);
        return stream.ToArray();
    }

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

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
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
    /// Erases every personal field: name, ID number, phone, inbox, the account's sign-in. What statistics need stays:
    /// union, worker type, work region, dates, member number (which identifies no one without the erased fields).
    /// </summary>
    public async Task<Result<DeletionRequestSummary>> ProcessDeletionAsync(Actor officer, Guid id, CancellationToken ct)
    {
        if (officer.EnsureCanWrite() is { } refused)
        {
            return refused;
        }

        var request = await db.Set<DeletionRequest>().InScopeOf(officer, db.OrgUnits).SingleOrDefaultAsync(r => r.Id == id, ct);
        if (request is null)
        {
            return PersonalDataErrors.NotFound;
        }

        if (request.Status != ApplicationStatus.Pending)
        {
            return PersonalDataErrors.AlreadyProcessed;
        }

        var userId = request.UserId;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);

        // The same person may also stand in rows filed from a roster, without an account: match by the ID's index too.
        var indexes = await db.Set<Member>().Where(m => m.UserId == userId).Select(m => m.ResidentIdIndex)
            .Concat(db.Set<MembershipApplication>().Where(a => a.ApplicantUserId == userId).Select(a => a.ResidentIdIndex))
            .Distinct().ToListAsync(ct);
        var memberIds = await db.Set<Member>().Where(m => m.UserId == userId || indexes.Contains(m.ResidentIdIndex)).Select(m => m.Id).ToListAsync(ct);

        // Nothing pending may bring the person back after erasure.
        await db.Set<MembershipApplication>().Where(a => (a.ApplicantUserId == userId || indexes.Contains(a.ResidentIdIndex)) && a.Status == ApplicationStatus.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, ApplicationStatus.Rejected).SetProperty(a => a.RejectionReason, "本人已申请注销"), ct);
        await db.Set<MemberTransfer>().Where(t => memberIds.Contains(t.MemberId) && t.Status == ApplicationStatus.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Status, ApplicationStatus.Rejected).SetProperty(t => t.RejectionReason, "本人已申请注销"), ct);
        await db.Set<Member>().Where(m => memberIds.Contains(m.Id)).ExecuteUpdateAsync(
            s => s.SetProperty(m => m.Name, ErasedName).SetProperty(m => m.ResidentIdCipher, "").SetProperty(m => m.ResidentIdIndex, m => "erased:" + m.Id)
                .SetProperty(m => m.ResidentIdMasked, "").SetProperty(m => m.PhoneCipher, (string?)null).SetProperty(m => m.Status, MemberStatus.Erased),
            ct);
        await db.Set<MembershipApplication>().Where(a => a.ApplicantUserId == userId || indexes.Contains(a.ResidentIdIndex)).ExecuteUpdateAsync(
            s => s.SetProperty(a => a.Name, ErasedName).SetProperty(a => a.ResidentIdCipher, "").SetProperty(a => a.ResidentIdIndex, a => "erased:" + a.Id)
                .SetProperty(a => a.ResidentIdMasked, "").SetProperty(a => a.PhoneCipher, (string?)null),
            ct);
        await db.Notifications.Where(n => n.UserId == userId).ExecuteDeleteAsync(ct);
        await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(
            s => s.SetProperty(u => u.DisplayName, ErasedName).SetProperty(u => u.PhoneCipher, (string?)null).SetProperty(u => u.PhoneIndex, (string?)null)
                .SetProperty(u => u.UserName, "erased-" + userId).SetProperty(u => u.NormalizedUserName, "ERASED-" + userId.ToUpperInvariant())
                .SetProperty(u => u.LockoutEnabled, true).SetProperty(u => u.LockoutEnd, DateTimeOffset.MaxValue),
            ct);
        request.Status = ApplicationStatus.Approved;
        request.ProcessedBy = officer.UserId;
        request.ProcessedAt = time.GetUtcNow().UtcDateTime;
        audit.Record("personal_data.erased", $"user:{userId}", request.Reason, request.OrgUnitId);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new DeletionRequestSummary(request.Id, userId, ErasedName, "processed", request.RequestedAt, request.Reason);
    }
}
