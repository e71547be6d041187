using UnionHome.Platform.Organization;

namespace UnionHome.Events.Data;

internal enum SessionRequestStatus
{
    Pending,
    Scheduled,
    Declined,
}

/// <summary>A session a union offers on request (菜单式服务): a safety-training topic, a psychological lecture.</summary>
internal sealed class MenuItem : IOrgOwned
{
    public Guid Id { get; set; }

    public Guid? OrgUnitId { get; set; }

    public EventKind Kind { get; set; }

    public string Title { get; set; } = "";

    public string? Description { get; set; }

    public bool Active { get; set; } = true;
}

/// <summary>An enterprise asks for a menu session for its workers; the union schedules it or declines.</summary>
internal sealed class SessionRequest : IOrgOwned
{
    public Guid Id { get; set; }

    /// <summary>The union that offers the menu item and decides.</summary>
    public Guid? OrgUnitId { get; set; }

    public Guid MenuItemId { get; set; }

    public Guid EnterpriseId { get; set; }

    public string RequestedBy { get; set; } = "";

    public string PreferredDates { get; set; } = "";

    public int Headcount { get; set; }

    public string? Note { get; set; }

    public SessionRequestStatus Status { get; set; }

    public string? DeclineReason { get; set; }

    public Guid? EventId { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? DecidedAt { get; set; }
}
