using UnionHome.Platform.Errors;

namespace UnionHome.Membership.Joining;

internal static class JoinErrors
{
    public static readonly Error NameRequired = Error.Validation("name_required", "请填写真实姓名", "name");
    public static readonly Error InvalidWorkerType = Error.Validation("invalid_worker_type", "职工类型应为 employee、gig、seafarer、migrant 或 other", "workerType");
    public static readonly Error InvalidEnterpriseCode = Error.Validation("invalid_credit_code", "用人单位统一社会信用代码不正确", "enterpriseUscc");
    public static readonly Error UnknownRegion = Error.Validation("unknown_region", "工作地行政区划不存在，请填写区县", "workRegionCode");
    public static readonly Error AmbiguousRegion = Error.Validation("ambiguous_region", "有多个同名区县，请写明所在城市，如“贵阳市白云区”", "workRegionCode");
    public static readonly Error NoUnionForRegion = Error.Conflict("no_union_for_region", "工作地暂无可受理的工会组织");
    public static readonly Error AlreadyMember = Error.Conflict("already_member", "您已是工会会员，无需重复申请");
    public static readonly Error ApplicationPending = Error.Conflict("application_pending", "您已有一份入会申请正在审核，请耐心等待");
    public static readonly Error SignInRequired = Error.Unauthorized("unauthenticated", "请先登录");

    public static Error InvalidIdNumber(UnionHome.Platform.Validation.ValidationFailure failure) =>
        Error.Validation(
            $"id_{UnionHome.Platform.Validation.ValidationMessages.Code(failure)}",
            UnionHome.Platform.Validation.ValidationMessages.ResidentId(failure),
            "idNumber");
}
