namespace UnionHome.Platform.Audit;

/// <summary>One line of the append-only audit log, chained to the previous one by <see cref="PreviousHash"/>.</summary>
public sealed class AuditEntry : Organization.IOrgOwned
{
    public long Sequence { get; set; }

    public Guid Id { get; set; }

    public DateTime At { get; set; }

    public string ActorId { get; set; } = "";

    public string ActorName { get; set; } = "";

    /// <summary>What was done, e.g. user.created, phone.revealed, totp.enrolled.</summary>
    public string Action { get; set; } = "";

    public string Target { get; set; } = "";

    public string? Details { get; set; }

    public Guid? OrgUnitId { get; set; }

    public string? IpAddress { get; set; }

    public string PreviousHash { get; set; } = "";

    public string Hash { get; set; } = "";
}
