using UnionHome.Platform.Organization;

namespace UnionHome.Cases.Data;

internal enum PoolKind
{
    Experts,
    Volunteers,
}

/// <summary>An expert or volunteer pool owned by a union and shared down its subtree (舟山远洋船员医疗救治专家库).</summary>
internal sealed class ExpertPool : IOrgOwned
{
    public Guid Id { get; set; }

    public Guid? OrgUnitId { get; set; }

    public string Name { get; set; } = "";

    public PoolKind Kind { get; set; }
}

/// <summary>A doctor, counsellor, lawyer or volunteer in a pool, with an account to sign in and see assigned cases.</summary>
internal sealed class PoolMember
{
    public Guid Id { get; set; }

    public Guid PoolId { get; set; }

    public string UserId { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>Comma-separated: 心内科, 急诊, 心理咨询, 劳动争议…</summary>
    public string Specialties { get; set; } = "";

    public bool Available { get; set; } = true;

    public string? Availability { get; set; }
}
