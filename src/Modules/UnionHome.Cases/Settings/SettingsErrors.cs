using UnionHome.Platform.Errors;

namespace UnionHome.Cases.Settings;

internal static class SettingsErrors
{
    public static readonly Error PolicyInvalid = Error.Validation("sla_policy_invalid", "请填写紧急程度、首次响应和办结时限（分钟，首次响应不长于办结），计时方式为 business 或 allHours", "firstResponseMinutes");
    public static readonly Error DeskInvalid = Error.Validation("desk_invalid", "请填写求助类别、窗口名称，并选择本工会或其下级工会作为受理单位", "targetOrgUnitId");
    public static readonly Error PlatformPolicyNeedsWholeTree = Error.Forbidden("platform_scope_required", "平台级时限标准只能由管理全平台的管理员设置，请选择本工会或下级工会");
    public static readonly Error PhoneInvalid = Error.Validation("duty_phone_invalid", "值班电话应为有效的手机号码", "phone");
}
