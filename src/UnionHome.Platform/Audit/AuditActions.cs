namespace UnionHome.Platform.Audit;

public static class AuditActions
{
    public const string SensitiveFieldRevealed = "sensitive.revealed";
    public const string UserCreated = "user.created";
    public const string UserUnitChanged = "user.unit_changed";
    public const string UserRolesChanged = "user.roles_changed";
    public const string UserDisabled = "user.disabled";
    public const string UserEnabled = "user.enabled";
    public const string EnterpriseCreated = "enterprise.created";
    public const string OrgUnitCreated = "org_unit.created";
    public const string StaffSignedIn = "staff.signed_in";
    public const string StaffSignInFailed = "staff.sign_in_failed";
    public const string TotpEnrolled = "totp.enrolled";
    public const string TotpEnrolmentLinkIssued = "totp.enrolment_link_issued";
    public const string PasswordChanged = "staff.password_changed";
    public const string PasswordReset = "staff.password_reset";
    public const string DemoSeeded = "demo.seeded";
    public const string FieldsReencrypted = "encryption.reencrypted";
    public const string BlindIndexesRecomputed = "encryption.reindexed";
}
