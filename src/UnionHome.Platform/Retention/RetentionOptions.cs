namespace UnionHome.Platform.Retention;

/// <summary>The Retention section: whether and how often each node sweeps, and each kind's period.</summary>
internal sealed class RetentionOptions
{
    public bool Enabled { get; set; } = true;

    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Records per transaction: a long backlog (the first sweep after an upgrade) is taken in small bites.</summary>
    public int BatchSize { get; set; } = 500;

    /// <summary>A period per rule name, overriding the rule's default: <c>Retention:Periods:SmsOutbox=7.00:00:00</c>.</summary>
    public Dictionary<string, TimeSpan> Periods { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public TimeSpan PeriodOf(IRetentionRule rule) => Periods.TryGetValue(rule.Name, out var period) ? period : rule.DefaultPeriod;
}
