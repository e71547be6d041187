using UnionHome.Platform.Errors;

namespace UnionHome.Platform.Organization;

/// <summary>The answers of the scope rule, the same in every module.</summary>
public static class ScopeErrors
{
    public static readonly Error ReadOnly = Error.Forbidden("read_only_role", "您的角色只能查看，不能办理");
}
