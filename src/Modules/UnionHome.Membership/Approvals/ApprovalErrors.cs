using UnionHome.Platform.Errors;

namespace UnionHome.Membership.Approvals;

internal static class ApprovalErrors
{
    public static readonly Error NotFound = Error.NotFound("application_not_found", "未找到该入会申请，或不在您的管辖范围内");
    public static readonly Error AlreadyDecided = Error.Conflict("application_decided", "该申请已经处理过");
    public static readonly Error AlreadyMember = Error.Conflict("already_member", "该身份证号已是工会会员");
    public static readonly Error ReasonRequired = Error.Validation("reason_required", "请填写理由", "reason");
    public static readonly Error TargetOutsideScope = Error.Validation("org_unit_outside_scope", "只能改派到您管辖范围内的工会组织", "orgUnitId");
    public static readonly Error NothingSelected = Error.Validation("ids_required", "请选择要处理的申请", "ids");
}
