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

    [Encrypted(BoundToRow = false)]
    public string ResidentIdCipher { get; set; } = "";

    [BlindIndex(BlindIndex.Purposes.ResidentId, FromCipher = nameof(ResidentIdCipher))]
    public string ResidentIdIndex { get; set; } = "";

    public string ResidentIdMasked { get; set; } = "";

    [Encrypted(BoundToRow = false)]
    public string? PhoneCipher { get; set; }

    public WorkerType WorkerType { get; set; }

    public Guid? EnterpriseId { get; set; }

    public string? Platform { get; set; }

    public string WorkRegionCode { get; set; } = "";

    public Guid? OrgUnitId { get; set; }

    public MemberStatus Status { get; set; }

    public DateTime JoinedAt { get; set; }

    public Guid ApplicationId { get; set; }

    /// <summary>The member an approved application makes: its person, employer, work region and union.</summary>
    public static Member From(MembershipApplication application, string memberNumber, DateTime joinedAt) => new()
    {
        Id = Guid.CreateVersion7(),
        UserId = application.ApplicantUserId,
        MemberNumber = memberNumber,
        Name = application.Name,
        ResidentIdCipher = application.ResidentIdCipher,
        ResidentIdIndex = application.ResidentIdIndex,
        ResidentIdMasked = application.ResidentIdMasked,
        PhoneCipher = application.PhoneCipher,
        WorkerType = application.WorkerType,
        EnterpriseId = application.EnterpriseId,
        Platform = application.Platform,
        WorkRegionCode = application.WorkRegionCode,
        OrgUnitId = application.OrgUnitId,
        Status = MemberStatus.Active,
        JoinedAt = joinedAt,
        ApplicationId = application.Id,
    };
}
