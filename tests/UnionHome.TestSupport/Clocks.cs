using Microsoft.Extensions.Time.Testing;

namespace UnionHome.TestSupport;

/// <summary>
/// The instants test clocks start at, never the machine's: named in Beijing time (UTC+8 all year, no daylight saving),
/// on dates the State Council notices shipped in Cases/Sla/Holidays (2025, 2026) cover. Each call returns a new clock;
/// each reading advances it a millisecond so that events keep their order.
/// </summary>
public static class Clocks
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    private static readonly Dictionary<string, DateTimeOffset> Instants = new(StringComparer.Ordinal)
    {
        [nameof(Thursday1000Beijing)] = new(2026, 3, 12, 10, 0, 0, Beijing),
        [nameof(Thursday1510Beijing)] = new(2026, 3, 12, 15, 10, 0, Beijing),
        [nameof(Thursday1720Beijing)] = new(2026, 3, 12, 17, 20, 0, Beijing),
        [nameof(Friday2350Beijing)] = new(2026, 3, 13, 23, 50, 0, Beijing),
        [nameof(WorkingSaturday1000Beijing)] = new(2026, 2, 14, 10, 0, 0, Beijing),
        [nameof(SpringFestivalEve2000Beijing)] = new(2026, 2, 16, 20, 0, 0, Beijing),
        [nameof(NewYearsEve235959Beijing)] = new(2025, 12, 31, 23, 59, 59, Beijing),
        [nameof(Thursday3December1000Beijing)] = new(2026, 12, 3, 10, 0, 0, Beijing),
    };

    /// <summary>
    /// Thursday 12 March 2026, 10:00 Beijing (02:00 UTC): an ordinary working morning, on the hour, so that fixed
    /// windows of a minute, ten minutes or an hour start here.
    /// </summary>
    public static FakeTimeProvider Thursday1000Beijing() => Named(nameof(Thursday1000Beijing));

    /// <summary>
    /// Thursday 12 March 2026, 15:10 Beijing (07:10 UTC): mid-afternoon, 2 h 20 min of the working day left; the hour
    /// at which a two-hour SLA sweep test was first seen failing.
    /// </summary>
    public static FakeTimeProvider Thursday1510Beijing() => Named(nameof(Thursday1510Beijing));

    /// <summary>Thursday 12 March 2026, 17:20 Beijing (09:20 UTC): ten minutes before the working day (09:00–12:00, 13:30–17:30) ends.</summary>
    public static FakeTimeProvider Thursday1720Beijing() => Named(nameof(Thursday1720Beijing));

    /// <summary>Friday 13 March 2026, 23:50 Beijing (15:50 UTC): ten minutes before a weekend; the UTC date is still Friday too.</summary>
    public static FakeTimeProvider Friday2350Beijing() => Named(nameof(Friday2350Beijing));

    /// <summary>
    /// Saturday 14 February 2026, 10:00 Beijing (02:00 UTC): a Saturday worked in exchange (调休) for the Spring Festival,
    /// the last working day before its nine days off (15–23 February).
    /// </summary>
    public static FakeTimeProvider WorkingSaturday1000Beijing() => Named(nameof(WorkingSaturday1000Beijing));

    /// <summary>Monday 16 February 2026, 20:00 Beijing (12:00 UTC): 除夕, Chinese New Year's Eve, a weekday inside the Spring Festival holiday.</summary>
    public static FakeTimeProvider SpringFestivalEve2000Beijing() => Named(nameof(SpringFestivalEve2000Beijing));

    /// <summary>
    /// Wednesday 31 December 2025, 23:59:59 Beijing (15:59:59 UTC): one second before a new year, its 元旦 holiday
    /// (1–3 January 2026, Sunday 4 January worked), a new Beijing calendar day and new fixed windows of a minute to an hour.
    /// </summary>
    public static FakeTimeProvider NewYearsEve235959Beijing() => Named(nameof(NewYearsEve235959Beijing));

    /// <summary>
    /// Thursday 3 December 2026, 10:00 Beijing (02:00 UTC): a working morning late in the year, the clock of the personal-data
    /// and retention tests, whose periods run over months.
    /// </summary>
    public static FakeTimeProvider Thursday3December1000Beijing() => Named(nameof(Thursday3December1000Beijing));

    /// <summary>A new clock at the instant of that name, e.g. <c>nameof(Clocks.Friday2350Beijing)</c> in a theory row.</summary>
    /// <remarks>Started in UTC: a fake clock keeps the offset it was given, a real one reads offset 0, and Npgsql writes no other.</remarks>
    public static FakeTimeProvider Named(string instant) => new(InstantOf(instant).ToUniversalTime()) { AutoAdvanceAmount = TimeSpan.FromMilliseconds(1) };

    /// <summary>The instant a clock of that name starts at, in Beijing time.</summary>
    public static DateTimeOffset InstantOf(string instant) =>
        Instants.TryGetValue(instant, out var at) ? at : throw new ArgumentException($"No test clock is named {instant}.", nameof(instant));

    /// <summary>Theory rows: every named instant.</summary>
    public static TheoryData<string> Every => [.. Instants.Keys];

    /// <summary>Moves the clock to the start of the next fixed window of that length (aligned to the clock, as the rate limits count), unless one starts now.</summary>
    public static void MoveToStartOfWindow(this FakeTimeProvider clock, TimeSpan length)
    {
        var into = clock.GetUtcNow().UtcTicks % length.Ticks;
        if (into != 0)
        {
            clock.Advance(TimeSpan.FromTicks(length.Ticks - into));
        }
    }

    /// <summary>Moves the clock to a minute past the next midnight in Beijing, where daily limits start counting again.</summary>
    public static void MoveToStartOfNextBeijingDay(this FakeTimeProvider clock)
    {
        var beijingNow = clock.GetUtcNow().ToOffset(Beijing);
        var nextMidnight = new DateTimeOffset(beijingNow.Date.AddDays(1), Beijing);
        clock.Advance(nextMidnight - beijingNow + TimeSpan.FromMinutes(1));
    }
}
