using UnionHome.Platform.Encryption;
using UnionHome.Platform.Organization;

namespace UnionHome.Cases.Data;

internal enum CallDirection
{
    Inbound,

    /// <summary>A proactive call staff made (主动回访).</summary>
    Outbound,
}

/// <summary>A hotline call as the counsellor logs it; statistics by category and period come from these.</summary>
internal sealed class HotlineCall : IOrgOwned
{
    public Guid Id { get; set; }

    public Guid? OrgUnitId { get; set; }

    public CallDirection Direction { get; set; }

    public Guid? CallerMemberId { get; set; }

    /// <summary>Who called, when not a member (男，约40岁，外卖骑手), encrypted.</summary>
    [Encrypted]
    public string? CallerDescriptionCipher { get; set; }

    /// <summary>A hotline category: the case categories plus what hotlines log (epidemic, family, work stress…).</summary>
    public string Category { get; set; } = "";

    public DateTime StartedAt { get; set; }

    public int DurationSeconds { get; set; }

    /// <summary>What was said and done, encrypted; "" once anonymised.</summary>
    [Encrypted]
    public string OutcomeCipher { get; set; } = "";

    public Guid? FollowUpCaseId { get; set; }

    public string RecordedBy { get; set; } = "";
}
