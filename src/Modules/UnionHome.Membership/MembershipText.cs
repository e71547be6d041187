namespace UnionHome.Membership;

/// <summary>Anchor type for the strings in Resources/MembershipText.*.resx.</summary>
internal sealed class MembershipText;
