namespace UnionHome.Membership.Data;

/// <summary>The next member number per region and year, advanced by a conditional update.</summary>
internal sealed class MemberNumberCounter
{
    public string Prefix { get; set; } = "";

    public int Next { get; set; }
}
