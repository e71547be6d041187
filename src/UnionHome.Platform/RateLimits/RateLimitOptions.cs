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

    /// <summary>Membership applications from one network: each answer is a try of someone's ID number.</summary>
    public RateLimitRule MembershipApplication { get; set; } = new() { PermitLimit = 60, Window = TimeSpan.FromHours(1) };

    /// <summary>Membership applications from one account; a person applies once or twice, a prober many times.</summary>
    public RateLimitRule MembershipApplicationPerAccount { get; set; } = new() { PermitLimit = 5, Window = TimeSpan.FromHours(1) };

    /// <summary>Requests for help from one network: a ship or dormitory shares one address, so loose.</summary>
    public RateLimitRule CaseFiling { get; set; } = new() { PermitLimit = 60, Window = TimeSpan.FromMinutes(10) };

    /// <summary>Requests for help from one account; retries of one request replay it but still count.</summary>
    public RateLimitRule CaseFilingPerAccount { get; set; } = new() { PermitLimit = 10, Window = TimeSpan.FromHours(1) };

    internal IEnumerable<RateLimitRule> All => [StaffLogin, SmsLogin, SmsCode, MembershipApplication, MembershipApplicationPerAccount, CaseFiling, CaseFilingPerAccount];
}

/// <summary>A named limit: its name keys the counters, its rule comes from <see cref="RateLimitOptions"/>.</summary>
public sealed record RequestLimit(string Name, Func<RateLimitOptions, RateLimitRule> Rule)
{
    public static readonly RequestLimit StaffLogin = new("staff-login", o => o.StaffLogin);
    public static readonly RequestLimit SmsLogin = new("sms-login", o => o.SmsLogin);
    public static readonly RequestLimit SmsCode = new("sms-code", o => o.SmsCode);
    public static readonly RequestLimit MembershipApplication = new("membership-application", o => o.MembershipApplication);
    public static readonly RequestLimit MembershipApplicationPerAccount = new("membership-application-account", o => o.MembershipApplicationPerAccount);
    public static readonly RequestLimit CaseFiling = new("case-filing", o => o.CaseFiling);
    public static readonly RequestLimit CaseFilingPerAccount = new("case-filing-account", o => o.CaseFilingPerAccount);
}
