using UnionHome.Platform.Encryption;
using UnionHome.Platform.Organization;

namespace UnionHome.Cases.Data;

internal enum SlaClock
{
    /// <summary>Working hours on China's business calendar (holidays and 调休 working weekends).</summary>
    Business,

    /// <summary>Around the clock, every day: emergencies.</summary>
    AllHours,
}

/// <summary>How fast a category × urgency must be answered and resolved; a union may set its own, else the platform's.</summary>
internal sealed class SlaPolicy : IOrgOwned
{
    public Guid Id { get; set; }

    /// <summary>Null for the platform default.</summary>
    public Guid? OrgUnitId { get; set; }

    public CaseCategory? Category { get; set; }

    public CaseUrgency Urgency { get; set; }

    public int FirstResponseMinutes { get; set; }

    public int ResolutionMinutes { get; set; }

    public SlaClock Clock { get; set; }
}

/// <summary>A specialised desk: cases of a category (and worker type) under a union go to a unit of its subtree.</summary>
internal sealed class CaseRoute : IOrgOwned
{
    public Guid Id { get; set; }

    /// <summary>The union under which the rule applies (its subtree).</summary>
    public Guid? OrgUnitId { get; set; }

    public CaseCategory Category { get; set; }

    /// <summary>employee, gig, seafarer, migrant, other; null for any.</summary>
    public string? WorkerType { get; set; }

    public Guid TargetOrgUnitId { get; set; }

    public string DeskName { get; set; } = "";
}

/// <summary>Who watches a unit's queue now, and the unit's duty phone for emergency medical cases.</summary>
internal sealed class DutyRoster : IOrgOwned
{
    public Guid Id { get; set; }

    public Guid? OrgUnitId { get; set; }

    [Encrypted]
    public string? DutyPhoneCipher { get; set; }
}

internal sealed class OnDuty
{
    public Guid Id { get; set; }

    public Guid OrgUnitId { get; set; }

    public string UserId { get; set; } = "";

    public DateTime Since { get; set; }
}

/// <summary>How many emergency texts a unit's duty phone got in one clock hour, counted in the database so every node agrees.</summary>
internal sealed class DutyPhoneTextCount
{
    public Guid OrgUnitId { get; set; }

    public DateTime HourStart { get; set; }

    public int Texts { get; set; }
}
