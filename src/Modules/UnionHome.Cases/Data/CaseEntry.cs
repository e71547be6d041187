using UnionHome.Platform.Encryption;

namespace UnionHome.Cases.Data;

internal enum CaseEntryKind
{
    Filed,
    Assigned,
    HandedBack,
    Note,
    MessageToMember,
    MessageFromMember,
    Escalated,
    Resolved,
    Reopened,
    Rated,
}

/// <summary>One step on a case's timeline. Internal ones (notes, assignments) are never shown to the member.</summary>
internal sealed class CaseEntry
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public CaseEntryKind Kind { get; set; }

    public DateTime At { get; set; }

    public string ActorUserId { get; set; } = "";

    public string ActorName { get; set; } = "";

    /// <summary>The text, encrypted: notes and messages may hold medical or psychological details.</summary>
    [Encrypted]
    public string? BodyCipher { get; set; }

    public bool Internal { get; set; }

    public Guid? FromOrgUnitId { get; set; }

    public Guid? ToOrgUnitId { get; set; }
}
