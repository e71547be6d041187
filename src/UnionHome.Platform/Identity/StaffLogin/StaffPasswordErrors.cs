using UnionHome.Platform.Errors;

namespace UnionHome.Platform.Identity.StaffLogin;

internal static class StaffPasswordErrors
{
    public static readonly Error ChangeRequired = Error.Forbidden("password_change_required", "首次登录或密码被重置后，请设置自己的新密码");
    public static readonly Error SameAsBefore = Error.Validation("password_unchanged", "新密码不能与当前密码相同", "newPassword");
    public static readonly Error WeakPassword = Error.Validation("weak_password", "密码至少10位，且包含大写字母、小写字母、数字、符号中的至少三类", "newPassword");
    public static readonly Error WrongCurrentPassword = Error.Validation("wrong_password", "当前密码不正确", "currentPassword");
    public static readonly Error UnknownStaff = Error.Validation("unknown_staff", "找不到使用密码登录的该账号", "user");
}
