using UnionHome.Platform.Errors;

namespace UnionHome.Membership.MyData;

internal static class PersonalDataErrors
{
    public static readonly Error DeletionPending = Error.Conflict("deletion_pending", "您的注销申请正在处理中");
    public static readonly Error PhoneTaken = Error.Conflict("phone_taken", "该手机号已被其他账号使用");
    public static readonly Error NotFound = Error.NotFound("deletion_request_not_found", "未找到该注销申请，或不在您的管辖范围内");
    public static readonly Error AlreadyProcessed = Error.Conflict("deletion_processed", "该注销申请已经处理过");
}
