using UnionHome.Platform.Organization;

namespace UnionHome.Membership.Data;

/// <summary>A member moving to another union after a change of job (会员关系转移); the receiving union decides.</summary>
internal sealed class MemberTransfer : IOrgOwned
{
    public Guid Id { get; set; }

    public Guid MemberId { get; set; }

    public Guid FromOrgUnitId { get; set; }

    /// <summary>The receiving union: it decides, and the transfer sits in its officers' scope.</summary>
    public Guid? OrgUnitId { get; set; }

    public Guid? NewEnterpriseId { get; set; }

    public string WorkRegionCode { get; set; } = "";

    public string RoutingReason { get; set; } = "";

    public ApplicationStatus Status { get; set; }

    public DateTime RequestedAt { get; set; }

    public string? DecidedBy { get; set; }

    public DateTime? DecidedAt { get; set; }

    public string? RejectionReason { get; set; }

    public Guid Version { get; set; }
}

/// <summary>One event in a member's life in the union: joined, transferred.</summary>
internal sealed class MemberHistoryEntry
{
    public long Id { get; set; }

    public Guid MemberId { get; set; }

    public DateTime At { get; set; }

    public string Kind { get; set; } = "";

    public Guid? FromOrgUnitId { get; set; }

    public Guid ToOrgUnitId { get; set; }

    public string Note { get; set; } = "";
}
