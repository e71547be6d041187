using UnionHome.Platform.Errors;

namespace UnionHome.Platform.Identity.SmsLogin;

internal static class SmsLoginErrors
{
    public static readonly Error InvalidPhone = Error.Validation("invalid_phone", "手机号码格式不正确，请输入11位中国大陆手机号", "phone");
    public static readonly Error MalformedCode = Error.Validation("invalid_code_format", "验证码应为6位数字", "code");
    public static readonly Error TooFrequent = Error.TooManyRequests("sms_too_frequent", "发送过于频繁，请60秒后再试");
    public static readonly Error DailyLimit = Error.TooManyRequests("sms_daily_limit", "该手机号今日获取验证码次数已达上限，请明天再试");
    public static readonly Error IpLimit = Error.TooManyRequests("sms_ip_limited", "当前网络获取验证码过于频繁，请稍后再试");
    public static readonly Error Unavailable = Error.Unavailable("sms_unavailable", "短信暂时无法发送，请稍后再试");
    public static readonly Error WrongCode = Error.Unauthorized("sms_code_invalid", "验证码错误");
    public static readonly Error Expired = Error.Unauthorized("sms_code_expired", "验证码已过期，请重新获取");
    public static readonly Error Used = Error.Unauthorized("sms_code_used", "验证码已使用，请重新获取");
    public static readonly Error Burned = Error.Unauthorized("sms_code_burned", "验证码错误次数过多已失效，请重新获取");
}
