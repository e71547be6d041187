using UnionHome.Platform.Errors;

namespace UnionHome.Cases.Pools;

internal static class PoolErrors
{
    public static readonly Error PoolInvalid = Error.Validation("pool_invalid", "请填写库名称（2至64字）、类型（experts 或 volunteers）和所属工会", "name");
    public static readonly Error MemberInvalid = Error.Validation("pool_member_invalid", "请填写专家或志愿者的账号和姓名", "userId");
    public static readonly Error NotAHelper = Error.Validation("pool_member_not_expert", "只能加入具有专家或志愿者角色、以密码和身份验证器登录的账号", "userId");
    public static readonly Error AlreadyInPool = Error.Conflict("already_in_pool", "此账号已在该库中");
    public static readonly Error NoUnit = Error.Validation("no_unit", "您的账号不属于任何工会，无法值班", "onDuty");

    // Out of scope and nonexistent look the same: a pool outside my subtree is not mine to manage.
    public static readonly Error PoolNotFound = Error.NotFound("pool_not_found", "专家库不存在或不在您的管理范围内");
}
