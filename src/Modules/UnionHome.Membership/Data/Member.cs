using UnionHome.Platform.Organization;

namespace UnionHome.Membership.Data;

public enum WorkerType
{
    Employee,
    Gig,
    Seafarer,
    Migrant,
    Other,
}

public enum MemberStatus
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

    public string ResidentIdCipher { get; set; } = "";

    public string ResidentIdIndex { get; set; } = "";

    public string ResidentIdMasked { get; set; } = "";

    public string? PhoneCipher { get; set; }

    public WorkerType WorkerType { get; set; }

    public Guid? EnterpriseId { get; set; }

    public string? Platform { get; set; }

    public string WorkRegionCode { get; set; } = "";

    public Guid? OrgUnitId { get; set; }

    public MemberStatus Status { get; set; }

    public DateTime JoinedAt { get; set; }

    public Guid ApplicationId { get; set; }
}
