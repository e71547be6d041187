namespace UnionHome.Cases.Sla;

/// <summary>One stretch of a working day in Beijing time, e.g. 09:00–12:00.</summary>
internal readonly record struct WorkingPeriod(TimeOnly Start, TimeOnly End);

/// <summary>The hours of a working day in Beijing time: the platform's by default, a union may set its own.</summary>
internal sealed class WorkingHours
{
    /// <summary>09:00–12:00 and 13:30–17:30: the usual office day with a lunch break, 7 hours.</summary>
    public static WorkingHours Default { get; } = new([new(new(9, 0), new(12, 0)), new(new(13, 30), new(17, 30))]);

    public WorkingHours(IEnumerable<WorkingPeriod> periods)
    {
        Periods = [.. periods];
        if (Periods.Count == 0)
        {
            throw new ArgumentException("A working day needs at least one period.", nameof(periods));
        }

        for (var i = 0; i < Periods.Count; i++)
        {
            if (Periods[i].End <= Periods[i].Start || (i > 0 && Periods[i].Start < Periods[i - 1].End))
            {
                throw new ArgumentException($"Working periods must be in order and must not overlap: {Periods[i]}.", nameof(periods));
            }
        }

        PerDay = Periods.Aggregate(TimeSpan.Zero, (sum, p) => sum + (p.End - p.Start));
    }

    public IReadOnlyList<WorkingPeriod> Periods { get; }

    /// <summary>The working time in one whole working day.</summary>
    public TimeSpan PerDay { get; }
}
