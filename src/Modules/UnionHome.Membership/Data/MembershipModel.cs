using UnionHome.Platform.Data;

namespace UnionHome.Membership.Data;

/// <summary>The membership tables, in the "membership" schema (prefix on SQLite).</summary>
internal sealed class MembershipModel : ModuleModel
{
    public const string Module = "membership";
}
