using UnionHome.Platform.Errors;

namespace UnionHome.Events.CheckIn;

internal static class CheckInErrors
{
    public static readonly Error TokenRequired = Error.Validation("check_in_token_required", "请扫描或粘贴会员的电子会员证二维码或报名二维码", "token");
    public static readonly Error TokenInvalid = Error.Validation("check_in_token_invalid", "二维码无法识别、已过期或不是本平台签发的，请会员刷新电子会员证或报名二维码后重新出示", "token");

    // Also the answer for a booking of an event outside the officer's subtree: the two must not be told apart.
    public static readonly Error BookingNotFound = Error.NotFound("check_in_booking_not_found", "没有找到这份报名，或该活动不是您所在工会及下级工会主办的");
    public static readonly Error NoBookingNow = Error.NotFound("check_in_no_booking_now", "该会员现在没有可签到的报名（本单位主办、开始前2小时至结束的场次）");
    public static readonly Error BookingCancelled = Error.Conflict("check_in_booking_cancelled", "该报名已取消，不能签到");
    public static readonly Error BookingNotConfirmed = Error.Conflict("check_in_booking_not_confirmed", "该报名还在候补或待确认，没有确认的名额，不能签到");
    public static readonly Error WrongSession = Error.Conflict("check_in_wrong_session", "这份报名属于其他场次，请核对活动和场次");
    public static readonly Error NotOpen = Error.Conflict("check_in_not_open", "现在不在该场次的签到时间内（开始前2小时至结束）");
}
