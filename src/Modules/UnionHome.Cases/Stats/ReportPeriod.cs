using System.Globalization;
using UnionHome.Platform.Errors;

namespace UnionHome.Cases.Stats;

/// <summary>A reporting period of whole Beijing days, [From, To), and the UTC instants it spans.</summary>
internal sealed record ReportPeriod(DateOnly From, DateOnly To)
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    public static readonly Error Invalid = Error.Validation("invalid_period", "统计期间应为 yyyy-MM-dd 格式的日期，且开始日期早于结束日期（不含结束日），最长366天", "from");

    public DateTime FromUtc => From.ToDateTime(TimeOnly.MinValue) - Beijing;

    public DateTime ToUtc => To.ToDateTime(TimeOnly.MinValue) - Beijing;

    /// <summary>Reads from/to as Beijing dates; missing ones default to the current Beijing month.</summary>
    public static Result<ReportPeriod> Parse(string? from, string? to, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime((now.UtcDateTime + Beijing).Date);
        var monthStart = new DateOnly(today.Year, today.Month, 1);
        if (!TryDate(from, monthStart, out var start) || !TryDate(to, start.AddMonths(1), out var end)
            || end <= start || end.DayNumber - start.DayNumber > 366)
        {
            return Invalid;
        }

        return new ReportPeriod(start, end);
    }

    public static decimal? Percent(int part, int whole) =>
        whole == 0 ? null : Math.Round(part * 100m / whole, 1, MidpointRounding.AwayFromZero);

    private static bool TryDate(string? text, DateOnly fallback, out DateOnly date)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            date = fallback;
            return true;
        }

        return DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }
}
