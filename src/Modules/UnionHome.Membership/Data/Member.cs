using UnionHome.Platform.Encryption;
using UnionHome.Platform.Organization;

namespace UnionHome.Membership.Data;

internal enum WorkerType
{
    Employee,
    Gig,
    Seafarer,
    Migrant,
    Other,
}

internal enum MemberStatus
{
    Active,
    Suspended,
    Erased,
}

/// <summary>A union member (会员). The ID number is kept only encrypted, with a blind index and its masked form.</summary>
internal sealed class Member : IOrgOwned
{
    public Guid Id { get; set; }

    public string? UserId { get; set; }

    public string MemberNumber { get; set; } = "";

    public string Name { get; set; } = "";

    [Encrypted]
    public string ResidentIdCipher { get; set; } = "";

    [BlindIndex(BlindIndex.Purposes.ResidentId, FromCipher = nameof(ResidentIdCipher))]
    public string ResidentIdIndex { get; set; } = "";

    public string ResidentIdMasked { get; set; } = "";

    [Encrypted]
    public string? PhoneCipher { get; set; }

    public WorkerType WorkerType { get; set; }

    public Guid? EnterpriseId { get; set; }

    public string? Platform { get; set; }

    public string WorkRegionCode { get; set; } = "";

    public Guid? OrgUnitId { get; set; }

    public MemberStatus Status { get; set; }

    public DateTime JoinedAt { get; set; }

    public Guid ApplicationId { get; set; }

    /// <summary>
    /// The member an approved application makes: its person, employer, work region and union. The ID number and
    /// phone are encrypted again for the member's row: a ciphertext opens only in the row it was written for.
    /// </summary>
    public static Member From(MembershipApplication application, FieldCipher cipher, string memberNumber, DateTime joinedAt)
    {
        var member = new Member
        {
            Id = Guid.CreateVersion7(),
            UserId = application.ApplicantUserId,
            MemberNumber = memberNumber,
            Name = application.Name,
            ResidentIdIndex = application.ResidentIdIndex,
            ResidentIdMasked = application.ResidentIdMasked,
            WorkerType = application.WorkerType,
            EnterpriseId = application.EnterpriseId,
            Platform = application.Platform,
            WorkRegionCode = application.WorkRegionCode,
            OrgUnitId = application.OrgUnitId,
            Status = MemberStatus.Active,
            JoinedAt = joinedAt,
            ApplicationId = application.Id,
        };
        member.ResidentIdCipher = application.IdNumber(cipher) is { } idNumber ? cipher.Encrypt<Member>(idNumber, nameof(ResidentIdCipher), member.Id) : "";
        member.SealPhone(cipher, application.Phone(cipher));
        return member;
    }

    public void SealPhone(FieldCipher cipher, string? phoneE164) =>
        PhoneCipher = phoneE164 is null ? null : cipher.Encrypt<Member>(phoneE164, nameof(PhoneCipher), Id);

    /// <summary>The ID number; null once erased.</summary>
    public string? IdNumber(FieldCipher cipher) =>
        ResidentIdCipher.Length == 0 ? null : cipher.Decrypt<Member>(ResidentIdCipher, nameof(ResidentIdCipher), Id);

    public string? Phone(FieldCipher cipher) =>
        string.IsNullOrEmpty(PhoneCipher) ? null : cipher.Decrypt<Member>(PhoneCipher, nameof(PhoneCipher), Id);
}
