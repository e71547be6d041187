using UnionHome.Platform.Errors;

namespace UnionHome.Cases.Hotline;

internal static class HotlineErrors
{
    public static readonly Error InvalidDirection = Error.Validation("invalid_direction", "来电方向应为 inbound（来电）或 outbound（主动回访）", "direction");
    public static readonly Error InvalidCategory = Error.Validation("invalid_hotline_category", "热线类别应为 epidemic、emotional、family、work、legal、health、crisis 或 other", "category");
    public static readonly Error CallerRequired = Error.Validation("caller_required", "请填写来电会员的会员号，或简要描述来电人（不超过128字）", "callerDescription");
    public static readonly Error MemberNotFound = Error.Validation("caller_member_not_found", "未找到该会员号对应的在册会员", "callerMemberNumber");
    public static readonly Error InvalidStartedAt = Error.Validation("invalid_started_at", "请填写通话开始时间，且不能晚于当前时间", "startedAt");
    public static readonly Error InvalidDuration = Error.Validation("invalid_duration", "通话时长应为0至86400秒", "durationSeconds");
    public static readonly Error OutcomeRequired = Error.Validation("outcome_required", "请填写处理结果（1至500字）", "outcome");
    public static readonly Error UnitRequired = Error.Validation("hotline_unit_required", "请选择记录该通话的工会", "orgUnitId");

    // Out of scope and nonexistent look the same: a case outside my subtree is not mine to know of.
    public static readonly Error FollowUpCaseNotFound = Error.NotFound("follow_up_case_not_found", "后续求助不存在或不在您的管理范围内");
}
