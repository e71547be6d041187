using UnionHome.Platform.Errors;

namespace UnionHome.Events.Requests;

internal static class RequestErrors
{
    public static readonly Error MenuItemNotFound = Error.NotFound("menu_item_not_found", "未找到该服务项目，或不在您的管理范围内");
    public static readonly Error MenuTitleRequired = Error.Validation("menu_title_required", "请填写服务项目名称（2至128个字）", "title");
    public static readonly Error MenuDescriptionTooLong = Error.Validation("menu_description_too_long", "服务项目介绍不能超过2000字", "description");
    public static readonly Error MenuItemUnavailable = Error.Validation("menu_item_unavailable", "所选服务项目不存在、已下架或不面向贵单位，请从菜单中重新选择", "menuItemId");
    public static readonly Error PreferredDatesRequired = Error.Validation("preferred_dates_required", "请填写希望安排的日期或时间段（不超过256字）", "preferredDates");
    public static readonly Error InvalidHeadcount = Error.Validation("invalid_headcount", "参加人数应为1至10000人", "headcount");
    public static readonly Error NoteTooLong = Error.Validation("note_too_long", "备注不能超过1000字", "note");
    public static readonly Error RequestNotFound = Error.NotFound("session_request_not_found", "未找到该点单申请，或不在您的管辖范围内");
    public static readonly Error AlreadyDecided = Error.Conflict("session_request_decided", "该点单申请已经处理过");
    public static readonly Error ScheduleTitle = Error.Validation("schedule_title", "场次名称应为2至128个字", "title");
    public static readonly Error ScheduleTimes = Error.Validation("schedule_times", "请填写开始和结束时间，开始时间应晚于现在，结束时间应晚于开始时间", "startsAt");
    public static readonly Error SchedulePlace = Error.Validation("schedule_place", "请填写上课地点（不超过256字）", "place");
    public static readonly Error ScheduleCapacity = Error.Validation("schedule_capacity", "名额应为1至100000", "capacity");
    public static readonly Error ScheduleRegistration = Error.Validation("schedule_registration_closes", "报名截止时间应晚于现在，且不晚于开始时间", "registrationClosesAt");
    public static readonly Error DeclineReasonRequired = Error.Validation("decline_reason_required", "请填写不能安排的原因（2至500字）", "reason");
}
