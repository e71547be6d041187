using UnionHome.Platform.Errors;

namespace UnionHome.Platform.Organization;

/// <summary>The answers of the scope rule, the same in every module.</summary>
public static class ScopeErrors
{
    // Out of scope and nonexistent look the same: a union outside my subtree is not mine to know of.
    public static readonly Error UnitNotFound = Error.NotFound("org_unit_not_found", "工会不存在或不在您的管理范围内");

    // Out of reach and nonexistent look the same: an enterprise outside my subtree is not mine to know of.
    public static readonly Error EnterpriseNotFound = Error.NotFound("enterprise_not_found", "未找到该企业，或您无权为它办理");

    public static readonly Error ReadOnly = Error.Forbidden("read_only_role", "您的角色只能查看，不能办理");
}
