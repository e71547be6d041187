using UnionHome.Platform.Errors;

namespace UnionHome.Platform.Identity.StaffLogin;

internal static class TotpEnrolmentErrors
{
    public static readonly Error InvalidLink = Error.NotFound("enrolment_link_invalid", "绑定链接无效、已使用或已过期，请联系管理员重新获取");
    public static readonly Error AdministratorsOnly = Error.Forbidden("administrators_only", "只有管理员可以发放身份验证器绑定链接");
    public static readonly Error NotStaff = Error.Validation("not_staff_account", "该账号不使用密码登录，无需绑定身份验证器", "id");
}
