using UnionHome.Platform.Errors;

namespace UnionHome.Platform.Administration;

internal static class AdministrationErrors
{
    public static readonly Error UnknownRole = Error.Validation("unknown_role", "角色不存在", "role");
    public static readonly Error UnknownOrgUnit = Error.Validation("unknown_org_unit", "找不到该工会组织（请用组织代码或完整名称）", "org");
    public static readonly Error UnknownEnterprise = Error.Validation("unknown_enterprise", "找不到该统一社会信用代码对应的企业", "enterprise");
    public static readonly Error UnknownRegion = Error.Validation("unknown_region", "行政区划代码不存在", "region");
    public static readonly Error InvalidCreditCode = Error.Validation("invalid_credit_code", "统一社会信用代码不正确", "uscc");
    public static readonly Error InvalidPhone = Error.Validation("invalid_phone", "手机号码格式不正确", "phone");
    public static readonly Error WeakPassword = Error.Validation("weak_password", "密码至少10位，且包含大写字母、小写字母、数字、符号中的至少三类", "password");
    public static readonly Error UserNameTaken = Error.Conflict("user_name_taken", "用户名已存在");
    public static readonly Error PhoneTaken = Error.Conflict("phone_taken", "该手机号已被其他账号使用");
    public static readonly Error EnterpriseExists = Error.Conflict("enterprise_exists", "该统一社会信用代码的企业已存在");
    public static readonly Error OrgUnitCodeTaken = Error.Conflict("org_unit_code_taken", "组织代码已存在");
    public static readonly Error UnknownStaff = Error.Validation("unknown_staff", "找不到使用密码登录的该账号", "user");
    public static readonly Error InvalidTotpSecret = Error.Validation("invalid_totp_secret", "身份验证器密钥应为至少16位的Base32字符", "secret");
    public static readonly Error RolesRequired = Error.Validation("roles_required", "请至少指定一个角色", "roles");
    public static readonly Error RoleNeedsStaffAccount = Error.Validation("role_needs_staff_account", "工作人员角色需要使用密码和身份验证器登录的账号；短信登录的账号只能是会员", "roles");
    public static readonly Error MemberRoleForStaffAccount = Error.Validation("member_role_for_staff_account", "会员角色只用于短信登录的账号；工作人员以会员身份办事请用本人手机号登录", "roles");
    public static readonly Error LiaisonNeedsEnterprise = Error.Validation("liaison_needs_enterprise", "企业联络员账号须先关联所在企业", "roles");
    public static readonly Error PasswordForMember = Error.Validation("member_password", "会员通过手机验证码登录，不设置密码", "password");
}
