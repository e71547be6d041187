namespace UnionHome.Platform.RateLimits;

/// <summary>How many requests one client network may make in one fixed window.</summary>
public sealed class RateLimitRule
{
    public int PermitLimit { get; set; }

    public TimeSpan Window { get; set; }
}

/// <summary>
/// <c>RateLimits:{Name}:PermitLimit</c> and <c>:Window</c>. Loose by default: a whole ship or factory may share one
/// address behind NAT. These limits shed load and slow guessing across accounts; the per-phone and per-account limits
/// in the database stay the ones that hold for certain.
/// </summary>
public sealed class RateLimitOptions
{
    /// <summary>Password guessing across many user names from one network; the lockout only counts per user.</summary>
    public RateLimitRule StaffLogin { get; set; } = new() { PermitLimit = 100, Window = TimeSpan.FromMinutes(10) };

    /// <summary>Code guessing across many phones; a code only burns after its own failed attempts.</summary>
    public RateLimitRule SmsLogin { get; set; } = new() { PermitLimit = 120, Window = TimeSpan.FromMinutes(10) };

    /// <summary>A burst in front of the database's hourly limit per network (Sms:Login:PerIpPerHour).</summary>
    public RateLimitRule SmsCode { get; set; } = new() { PermitLimit = 20, Window = TimeSpan.FromMinutes(1) };
}

/// <summary>A named limit: its name keys the counters, its rule comes from <see cref="RateLimitOptions"/>.</summary>
public sealed record RequestLimit(string Name, Func<RateLimitOptions, RateLimitRule> Rule)
{
    public static readonly RequestLimit StaffLogin = new("staff-login", o => o.StaffLogin);
    public static readonly RequestLimit SmsLogin = new("sms-login", o => o.SmsLogin);
    public static readonly RequestLimit SmsCode = new("sms-code", o => o.SmsCode);
}
