using Microsoft.EntityFrameworkCore;
using UnionHome.Membership.Data;
using UnionHome.Platform.Data;
using UnionHome.Platform.Encryption;
using UnionHome.Platform.PersonalData;
using Member = UnionHome.Membership.Data.Member;

namespace UnionHome.Membership.PersonalData;

internal sealed record ExportedMember(string MemberNumber, string Name, string IdNumber, string? Phone, string WorkerType, string? Union, string WorkRegionCode, string Status, DateTime JoinedAt);

internal sealed record ExportedApplication(Guid Id, string Name, string IdNumber, string WorkerType, string? Union, string RoutingReason, string Status, DateTime SubmittedAt, string? RejectionReason);

internal sealed record ExportedTransfer(Guid Id, string? FromUnion, string? ToUnion, string WorkRegionCode, string Status, DateTime RequestedAt, DateTime? DecidedAt, string? RejectionReason);

/// <summary>
/// Membership's part: the member record, applications to join and transfers bound to the person's account. Erasing keeps what statistics need — union, worker type, work region, dates, the member number (which identifies
/// no one without the erased fields) — and closes anything pending, so that nothing brings the person back.
/// </summary>
internal sealed class MembershipPersonalData(AppDbContext db, FieldCipher cipher) : IPersonalDataContributor
{
    private const string ClosedByErasure = "本人已申请注销";

    public async Task<PersonalDataPart> ExportAsync(string userId, CancellationToken cancellationToken)
    {
        var unions = await db.OrgUnits.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        var member = await db.Set<Member>().AsNoTracking().FirstOrDefaultAsync(m => m.UserId == userId, cancellationToken);
        var applications = await db.Set<MembershipApplication>().AsNoTracking()
            .Where(a => a.ApplicantUserId == userId).OrderBy(a => a.SubmittedAt).ToListAsync(cancellationToken);
        var memberIds = await MemberIdsAsync(userId, cancellationToken);
        var transfers = await db.Set<MemberTransfer>().AsNoTracking().Where(t => memberIds.Contains(t.MemberId)).OrderBy(t => t.RequestedAt).ToListAsync(cancellationToken);

        string? Union(Guid? id) => id is { } key ? unions.GetValueOrDefault(key) : null;
        static string Lower<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();
        var exportedMember = member is null
            ? null
            : new ExportedMember(member.MemberNumber, member.Name, member.IdNumber(cipher) ?? "", member.Phone(cipher), Lower(member.WorkerType), Union(member.OrgUnitId), member.WorkRegionCode, Lower(member.Status), member.JoinedAt);
        var exportedApplications = applications.ConvertAll(a => new ExportedApplication(
            a.Id, a.Name, a.IdNumber(cipher) ?? "", Lower(a.WorkerType), Union(a.OrgUnitId), a.RoutingReason, Lower(a.Status), a.SubmittedAt, a.RejectionReason));
        var exportedTransfers = transfers.ConvertAll(t => new ExportedTransfer(t.Id, Union(t.FromOrgUnitId), Union(t.OrgUnitId), t.WorkRegionCode, Lower(t.Status), t.RequestedAt, t.DecidedAt, t.RejectionReason));

        return new PersonalDataPart(
            [
                PersonalDataSection.One("membership", "会籍", exportedMember, m => new Dictionary<string, object?> { ["会员号"] = m.MemberNumber, ["姓名"] = m.Name, ["身份证号"] = m.IdNumber, ["手机号"] = m.Phone, ["职工类型"] = m.WorkerType, ["所属工会"] = m.Union, ["工作地"] = m.WorkRegionCode, ["状态"] = m.Status, ["入会时间"] = m.JoinedAt }),
                PersonalDataSection.Many("applications", "入会申请", exportedApplications, a => new Dictionary<string, object?> { ["姓名"] = a.Name, ["身份证号"] = a.IdNumber, ["受理工会"] = a.Union, ["转办依据"] = a.RoutingReason, ["状态"] = a.Status, ["提交时间"] = a.SubmittedAt, ["驳回理由"] = a.RejectionReason }),
                PersonalDataSection.Many("transfers", "会籍转接", exportedTransfers, t => new Dictionary<string, object?> { ["转出工会"] = t.FromUnion, ["转入工会"] = t.ToUnion, ["工作地"] = t.WorkRegionCode, ["状态"] = t.Status, ["申请时间"] = t.RequestedAt, ["处理时间"] = t.DecidedAt, ["驳回理由"] = t.RejectionReason }),
            ],
            [.. applications.Select(a => $"application:{a.Id}"), .. transfers.Select(t => $"transfer:{t.Id}")],
            member?.OrgUnitId);
    }

    public async Task EraseAsync(string userId, CancellationToken cancellationToken)
    {
        var memberIds = await MemberIdsAsync(userId, cancellationToken);

        // Nothing pending may bring the person back after erasure.
        await db.Set<MembershipApplication>().Where(a => a.ApplicantUserId == userId && a.Status == ApplicationStatus.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, ApplicationStatus.Rejected).SetProperty(a => a.RejectionReason, ClosedByErasure), cancellationToken);
        await db.Set<MemberTransfer>().Where(t => memberIds.Contains(t.MemberId) && t.Status == ApplicationStatus.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Status, ApplicationStatus.Rejected).SetProperty(t => t.RejectionReason, ClosedByErasure), cancellationToken);
        await db.Set<Member>().Where(m => memberIds.Contains(m.Id)).ExecuteUpdateAsync(
            s => s.SetProperty(m => m.Name, PersonalDataErasure.ErasedName).SetProperty(m => m.ResidentIdCipher, "").SetProperty(m => m.ResidentIdIndex, m => "erased:" + m.Id)
                .SetProperty(m => m.ResidentIdMasked, "").SetProperty(m => m.PhoneCipher, (string?)null).SetProperty(m => m.Status, MemberStatus.Erased),
            cancellationToken);
        await db.Set<MembershipApplication>().Where(a => a.ApplicantUserId == userId).ExecuteUpdateAsync(
            s => s.SetProperty(a => a.Name, PersonalDataErasure.ErasedName).SetProperty(a => a.ResidentIdCipher, "").SetProperty(a => a.ResidentIdIndex, a => "erased:" + a.Id)
                .SetProperty(a => a.ResidentIdMasked, "").SetProperty(a => a.PhoneCipher, (string?)null),
            cancellationToken);
    }

    // Only rows bound to the account: an ID number typed into an application proves nothing about who it belongs to,
    // so rows that merely share its index (someone else's membership, a roster row) are neither exported nor erased.
    private Task<List<Guid>> MemberIdsAsync(string userId, CancellationToken cancellationToken) =>
        db.Set<Member>().Where(m => m.UserId == userId).Select(m => m.Id).ToListAsync(cancellationToken);
}
