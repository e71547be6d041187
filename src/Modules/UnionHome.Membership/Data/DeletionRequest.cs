using UnionHome.Platform.Organization;

namespace UnionHome.Membership.Data;

/// <summary>A person's request that the platform erase what it holds about them (PIPL art. 47).</summary>
internal sealed class DeletionRequest : IOrgOwned
{
    public Guid Id { get; set; }

    public string UserId { get; set; } = "";

    /// <summary>The member's union, which processes the request; null for someone who never joined (admins process those).</summary>
    public Guid? OrgUnitId { get; set; }

    public string? Reason { get; set; }

    public ApplicationStatus Status { get; set; }

    public DateTime RequestedAt { get; set; }

    public string? ProcessedBy { get; set; }

    public DateTime? ProcessedAt { get; set; }
}
