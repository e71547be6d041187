using UnionHome.Platform.Errors;

namespace UnionHome.Events.Catalogue;

internal static class CatalogueErrors
{
    public static readonly Error InvalidKind = Error.Validation("invalid_kind", "活动类型应为 activity、course、training、lecture 或 trip", "kind");
    public static readonly Error InvalidMode = Error.Validation("invalid_mode", "报名方式应为 firstCome（先到先得）或 lottery（抽签）", "mode");
    public static readonly Error TitleRequired = Error.Validation("title_required", "请填写活动名称（2至128个字）", "title");
    public static readonly Error AudienceOutsideOrganizer = Error.Validation("audience_outside_organizer", "报名范围应为主办工会或其下级工会", "audienceOrgUnitId");
    public static readonly Error InvalidWorkerTypes = Error.Validation("invalid_worker_types", "职工类型应为 employee、gig、seafarer、migrant 或 other", "audienceWorkerTypes");
    public static readonly Error WindowRequired = Error.Validation("registration_window_required", "请填写报名开始和截止时间，截止应晚于开始", "registrationClosesAt");
    public static readonly Error SessionsRequired = Error.Validation("sessions_required", "至少需要一个场次，每个场次需有开始、结束时间、地点和名额", "sessions");
    public static readonly Error SessionTimes = Error.Validation("session_times", "场次结束时间应晚于开始时间，且开始时间不早于报名开始时间", "sessions");
    public static readonly Error SessionCapacity = Error.Validation("session_capacity", "场次名额应为1至100000", "sessions");
    public static readonly Error SessionPlace = Error.Validation("session_place", "请填写场次地点或线上链接", "sessions");
    public static readonly Error SessionOnlineUrl = Error.Validation("session_online_url", "线上链接须为以 https:// 开头的完整网址", "sessions");
    public static readonly Error QuotaInvalid = Error.Validation("quota_invalid", "名额分配需指定工会和正整数名额，且每个工会只能分配一次", "quotas");
    public static readonly Error QuotaOutsideAudience = Error.Validation("quota_outside_audience", "名额只能分配给报名范围内的工会", "quotas");
    public static readonly Error QuotaExceedsCapacity = Error.Validation("quota_exceeds_capacity", "分配给各工会的名额之和超过了场次名额", "quotas");
    public static readonly Error QuotasNeedFirstCome = Error.Validation("quotas_need_first_come", "抽签活动暂不支持按工会分配名额", "quotas");
    public static readonly Error BaseNotFound = Error.Validation("recuperation_base_not_found", "疗休养基地不存在", "recuperationBaseId");
    public static readonly Error InvalidLimit = Error.Validation("invalid_limit", "每人每年参加次数上限应为正整数", "limitPerMemberPerYear");
    public static readonly Error InvalidOfferHours = Error.Validation("invalid_offer_hours", "候补确认时限应为1至168小时", "offerHours");
    public static readonly Error EventNotFound = Error.NotFound("event_not_found", "活动不存在");
    public static readonly Error AlreadyPublished = Error.Conflict("already_published", "活动已发布");
}
