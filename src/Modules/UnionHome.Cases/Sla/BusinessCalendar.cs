using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace UnionHome.Cases.Sla;

/// <summary>
/// Working time on China's calendar: Monday to Friday in Beijing time, less the public holidays, plus the weekend days
/// worked in exchange (调休), as the State Council's notice for each year shipped in Sla/Holidays sets them.
/// </summary>
/// <remarks>
/// A date in a year without its notice counts as a working day from Monday to Friday, and the first such date logs a
/// warning. It does not throw: a case filed in late December is due in January, and refusing a member's request for help
/// because a data file is missing is worse than a due date that ignores that year's holidays. The error leans early
/// (holidays counted as working time), so such cases are chased sooner, not later. The notice is published each
/// November: ship the next year's file then; <see cref="LoadedYears"/> lets a health check see it is there.
/// </remarks>
internal sealed partial class BusinessCalendar
{
    // China has kept UTC+8 all year round since 1991: no time zone rules, no daylight saving.
    private static readonly TimeSpan BeijingOffset = TimeSpan.FromHours(8);

    private readonly Dictionary<DateOnly, string> holidays = [];
    private readonly HashSet<DateOnly> workingWeekends = [];
    private readonly SortedSet<int> years = [];
    private readonly ConcurrentDictionary<int, bool> warnedYears = new();
    private readonly ILogger logger;

    public BusinessCalendar(WorkingHours hours, ILogger<BusinessCalendar>? logger = null)
    {
        Hours = hours;
        this.logger = logger ?? (ILogger)NullLogger.Instance;
        foreach (var year in HolidayYear.AllEmbedded)
        {
            years.Add(year.Year);
            foreach (var holiday in year.Holidays)
            {
                for (var day = holiday.From; day <= holiday.To; day = day.AddDays(1))
                {
                    holidays[day] = holiday.Name;
                }
            }

            workingWeekends.UnionWith(year.WorkingWeekends);
        }
    }

    public WorkingHours Hours { get; }

    /// <summary>The years whose holiday notice is shipped.</summary>
    public IReadOnlyCollection<int> LoadedYears => years;

    public bool IsWorkingDay(DateOnly date)
    {
        // Checked before the year: a notice may adjust a day of the neighbouring year (e.g. a 31 December worked for New Year).
        if (workingWeekends.Contains(date))
        {
            return true;
        }

        if (holidays.ContainsKey(date))
        {
            return false;
        }

        if (!years.Contains(date.Year) && warnedYears.TryAdd(date.Year, true))
        {
            LogYearWithoutNotice(logger, date.Year);
        }

        return date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
    }

    /// <summary>The name of the public holiday the date falls in, if any.</summary>
    public string? HolidayOn(DateOnly date) => holidays.GetValueOrDefault(date);

    /// <summary>The first instant (UTC) by which <paramref name="duration"/> of working time has passed since the start.</summary>
    public DateTime AddWorkingTime(DateTime utcStart, TimeSpan duration)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(duration, TimeSpan.Zero);
        var local = ToBeijing(utcStart);
        if (duration == TimeSpan.Zero)
        {
            return ToUtc(local);
        }

        var day = DateOnly.FromDateTime(local);
        var timeOfDay = TimeOnly.FromDateTime(local);
        var left = duration;
        while (true)
        {
            if (IsWorkingDay(day))
            {
                foreach (var period in Hours.Periods.Where(p => p.End > timeOfDay))
                {
                    var from = timeOfDay > period.Start ? timeOfDay : period.Start;
                    var available = period.End - from;
                    if (left <= available)
                    {
                        return ToUtc(day.ToDateTime(from) + left);
                    }

                    left -= available;
                }
            }

            day = day.AddDays(1);
            timeOfDay = TimeOnly.MinValue;
        }
    }

    /// <summary>The working time between two instants; negative when <paramref name="utcTo"/> is the earlier.</summary>
    public TimeSpan WorkingTimeBetween(DateTime utcFrom, DateTime utcTo)
    {
        var from = ToBeijing(utcFrom);
        var to = ToBeijing(utcTo);
        if (to < from)
        {
            return -WorkingTimeBetween(utcTo, utcFrom);
        }

        var total = TimeSpan.Zero;
        for (var day = DateOnly.FromDateTime(from); day <= DateOnly.FromDateTime(to); day = day.AddDays(1))
        {
            if (!IsWorkingDay(day))
            {
                continue;
            }

            foreach (var period in Hours.Periods)
            {
                var start = Later(day.ToDateTime(period.Start), from);
                var end = Earlier(day.ToDateTime(period.End), to);
                if (end > start)
                {
                    total += end - start;
                }
            }
        }

        return total;
    }

    private static DateTime ToBeijing(DateTime utc) => utc.Kind == DateTimeKind.Local
        ? throw new ArgumentException("SLA times are UTC; a local time here is a bug.", nameof(utc))
        : DateTime.SpecifyKind(utc, DateTimeKind.Unspecified) + BeijingOffset;

    private static DateTime ToUtc(DateTime beijing) => DateTime.SpecifyKind(beijing - BeijingOffset, DateTimeKind.Utc);

    private static DateTime Later(DateTime a, DateTime b) => a > b ? a : b;

    private static DateTime Earlier(DateTime a, DateTime b) => a < b ? a : b;

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "No State Council holiday notice shipped for {Year}: SLA working time counts Monday to Friday; add Sla/Holidays/{Year}.json")]
    private static partial void LogYearWithoutNotice(ILogger logger, int year);
}
