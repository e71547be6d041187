namespace UnionHome.Platform.Identity.SmsLogin;

public sealed class SmsLoginOptions
{
    public TimeSpan CodeLifetime { get; set; } = TimeSpan.FromMinutes(5);

    public TimeSpan ResendInterval { get; set; } = TimeSpan.FromSeconds(60);

    public int DailyLimitPerPhone { get; set; } = 10;

    public int MaxFailedAttempts { get; set; } = 5;

    /// <summary>Loose by default: a whole ship or factory may share one address behind NAT.</summary>
    public int PerIpPerHour { get; set; } = 60;

    public string TemplateCode { get; set; } = "SMS_LOGIN_CODE";
}
