using UnionHome.Platform.Errors;

namespace UnionHome.Events.Bookings;

internal static class BookingErrors
{
    public static readonly Error ClientRequestIdRequired = Error.Validation("client_request_id_required", "请求缺少 clientRequestId（1至64个字符），重试时请带上同一个值", "clientRequestId");
    public static readonly Error ClientRequestIdReused = Error.Conflict("client_request_id_reused", "这个 clientRequestId 已用于另一场次的报名，请为新的报名生成新的值");
    public static readonly Error EventNotFound = Error.NotFound("event_not_found", "活动不存在或尚未发布");
    public static readonly Error SessionNotFound = Error.NotFound("session_not_found", "活动场次不存在");
    public static readonly Error BookingNotFound = Error.NotFound("booking_not_found", "报名记录不存在");
    public static readonly Error NotAMember = Error.Forbidden("not_a_member", "仅限工会会员报名，请先申请入会");
    public static readonly Error NotInAudience = Error.Forbidden("not_eligible", "本活动面向其他工会或职工类型的会员，您不在报名范围内");
    public static readonly Error ReservedForAnotherEnterprise = Error.Forbidden("not_eligible_enterprise", "本场次是为其他单位专门安排的，仅限该单位会员报名");
    public static readonly Error NoQuotaForUnion = Error.Forbidden("no_quota_for_union", "您所在工会没有本次活动的名额，剩余名额开放后可再报名");
    public static readonly Error YearlyLimitReached = Error.Forbidden("yearly_limit_reached", "您今年参加此类活动的次数已达上限");
    public static readonly Error TooManyNoShows = Error.Forbidden("too_many_no_shows", "您近期多次报名后未到场，暂时不能报名，如有疑问请联系工会");
    public static readonly Error RegistrationNotOpen = Error.Conflict("registration_not_open", "报名尚未开始");
    public static readonly Error RegistrationClosed = Error.Conflict("registration_closed", "报名已经截止");
    public static readonly Error SessionStarted = Error.Conflict("session_started", "该场次已经开始，不能再报名");
    public static readonly Error AlreadyBooked = Error.Conflict("already_booked", "您已报名该场次，无需重复报名");
    public static readonly Error LotteryReentry = Error.Conflict("lottery_reentry", "您已退出本次抽签，不能再次报名");
    public static readonly Error SessionFull = Error.Conflict("session_full", "名额已满，本活动不设候补");
    public static readonly Error CancellationClosed = Error.Conflict("cancellation_closed", "已过取消截止时间，如不能参加请联系主办工会");
    public static readonly Error NotCancellable = Error.Conflict("not_cancellable", "该报名已取消");
    public static readonly Error NoOffer = Error.Conflict("no_offer", "该报名当前没有待确认的候补名额");
    public static readonly Error OfferExpired = Error.Conflict("offer_expired", "候补名额的确认时间已过，名额已让给下一位");
    public static readonly Error NotAttended = Error.Conflict("not_attended", "签到参加活动后才能评价");
    public static readonly Error AlreadyRated = Error.Conflict("already_rated", "您已评价过这次活动");
    public static readonly Error InvalidRating = Error.Validation("invalid_rating", "评分应为1至5的整数", "rating");
    public static readonly Error CommentTooLong = Error.Validation("comment_too_long", "评价内容不能超过500字", "comment");
}
