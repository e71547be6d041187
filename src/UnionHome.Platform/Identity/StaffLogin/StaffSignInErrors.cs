using UnionHome.Platform.Errors;

namespace UnionHome.Platform.Identity.StaffLogin;

internal static class StaffSignInErrors
{
    public static readonly Error InvalidCredentials = Error.Unauthorized("invalid_credentials", "用户名或密码错误");
    public static readonly Error Backoff = Error.TooManyRequests("sign_in_backoff", "登录失败次数过多，请稍后再试");
    public static readonly Error Disabled = Error.Forbidden("account_disabled", "账号已停用，请联系管理员");
    public static readonly Error TotpRequired = Error.Unauthorized("totp_required", "请输入身份验证器中的6位动态码");
    public static readonly Error TotpInvalid = Error.Unauthorized("totp_invalid", "动态码错误或已使用");
    public static readonly Error TotpEnrolmentRequired = Error.Forbidden("totp_enrolment_required", "尚未绑定身份验证器：请向管理员索取一次性绑定链接");
    public static readonly Error UserNameRequired = Error.Validation("required", "请输入用户名", "userName");
    public static readonly Error PasswordRequired = Error.Validation("required", "请输入密码", "password");
}
