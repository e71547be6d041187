using UnionHome.Cases.Data;

namespace UnionHome.Cases.Sla;

/// <summary>When a target falls due on its clock: working time for normal cases, wall time for emergencies.</summary>
internal static class SlaClocks
{
    public static DateTime DueAt(SlaClock clock, DateTime startUtc, TimeSpan target, BusinessCalendar calendar) => clock switch
    {
        SlaClock.AllHours => DateTime.SpecifyKind(startUtc + target, DateTimeKind.Utc),
        SlaClock.Business => calendar.AddWorkingTime(startUtc, target),
        _ => throw new ArgumentOutOfRangeException(nameof(clock), clock, null),
    };

    /// <summary>
    /// The due time once the member has answered: pushed by the time the clock stood still waiting for them. A target
    /// already missed when the case was put on hold stays missed: asking the member a question does not undo a breach.
    /// </summary>
    public static DateTime ResumeDueAt(DateTime due, DateTime pausedAtUtc, DateTime resumedAtUtc, SlaClock clock, BusinessCalendar calendar)
    {
        if (resumedAtUtc < pausedAtUtc)
        {
            throw new ArgumentException("A case cannot resume before it was paused.", nameof(resumedAtUtc));
        }

        if (pausedAtUtc >= due)
        {
            return DateTime.SpecifyKind(due, DateTimeKind.Utc);
        }

        var waited = clock == SlaClock.AllHours ? resumedAtUtc - pausedAtUtc : calendar.WorkingTimeBetween(pausedAtUtc, resumedAtUtc);
        return DueAt(clock, due, waited, calendar);
    }
}
