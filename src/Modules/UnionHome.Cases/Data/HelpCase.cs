using UnionHome.Platform.Encryption;
using UnionHome.Platform.Organization;

namespace UnionHome.Cases.Data;

internal enum CaseCategory
{
    Medical,
    Psychological,
    Legal,
    Wage,
    Injury,
    Hardship,
    Other,
}

internal enum CaseUrgency
{
    Normal,
    Urgent,
    Emergency,
}

internal enum CaseStatus
{
    /// <summary>Filed, waiting for the first staff reply.</summary>
    Open,

    /// <summary>Staff answered; being worked on.</summary>
    InProgress,

    /// <summary>Staff asked the member something; the clock waits for them.</summary>
    WaitingForMember,

    Resolved,
}

/// <summary>
/// A request for help (求助) from a worker or a family member on their behalf: at sea, at any hour. It sits in one
/// union's queue at a time, moves up the tree when its SLA is breached, and keeps every step on its timeline.
/// </summary>
internal sealed class HelpCase : IOrgOwned
{
    public Guid Id { get; set; }

    /// <summary>A short number people can read out on the phone: 2026-000123.</summary>
    public string Number { get; set; } = "";

    public string RequesterUserId { get; set; } = "";

    public Guid? MemberId { get; set; }

    /// <summary>Filed by a family member for someone else: that person's name (encrypted) and the relationship.</summary>
    [Encrypted]
    public string? OnBehalfOfNameCipher { get; set; }

    public string? OnBehalfOfRelationship { get; set; }

    public CaseCategory Category { get; set; }

    public CaseUrgency Urgency { get; set; }

    /// <summary>Encrypted always; reading a medical or psychological one is audited.</summary>
    [Encrypted]
    public string DescriptionCipher { get; set; } = "";

    /// <summary>Where the person was, encrypted as "lat,lng" as the device gave it (WGS-84; <see cref="CasePosition"/>).</summary>
    [Encrypted]
    public string? PositionCipher { get; set; }

    public string? ShipName { get; set; }

    public string? Voyage { get; set; }

    public string ClientRequestId { get; set; } = "";

    /// <summary>The queue the case is in now.</summary>
    public Guid? OrgUnitId { get; set; }

    public string RoutingReason { get; set; } = "";

    public Guid? AssignedPoolMemberId { get; set; }

    public CaseStatus Status { get; set; }

    public int EscalationLevel { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime FirstResponseDueAt { get; set; }

    public DateTime? FirstRespondedAt { get; set; }

    public DateTime ResolutionDueAt { get; set; }

    public DateTime? ResolvedAt { get; set; }

    /// <summary>When the breach sweep should next look at the case; claimed by a conditional update.</summary>
    public DateTime? SlaCheckAt { get; set; }

    public DateTime? FirstResponseBreachedAt { get; set; }

    public DateTime? ResolutionBreachedAt { get; set; }

    /// <summary>Since when the case waits for the member: the resolution clock does not run meanwhile.</summary>
    public DateTime? WaitingSince { get; set; }

    public int? Rating { get; set; }

    [Encrypted]
    public string? RatingCommentCipher { get; set; }

    public Guid Version { get; set; }
}

internal sealed class CaseImage
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public string ContentType { get; set; } = "";

    /// <summary>The picture without its metadata (<see cref="Filing.ImageMetadata"/>), encrypted.</summary>
    [Encrypted]
    public string ContentCipher { get; set; } = "";
}

/// <summary>The next case number of a year, advanced by a conditional update.</summary>
internal sealed class CaseNumberCounter
{
    public int Year { get; set; }

    public int Next { get; set; }
}
