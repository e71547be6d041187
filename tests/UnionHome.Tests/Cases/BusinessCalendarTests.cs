using System.Globalization;
using Microsoft.Extensions.Logging;
using UnionHome.Cases.Sla;
using UnionHome.Tests.Infrastructure;

namespace UnionHome.Tests.Cases;

public sealed class BusinessCalendarTests
{
    private static readonly BusinessCalendar Calendar = new(WorkingHours.Default);

    private static readonly TimeSpan OneWorkingDay = TimeSpan.FromHours(7);

    [Fact]
    public void Both_notices_are_shipped_with_their_source()
    {
        Calendar.LoadedYears.ShouldBe([2025, 2026]);
        HolidayYear.AllEmbedded.Single(y => y.Year == 2025).Source.ShouldContain("国办发明电〔2024〕12号");
        HolidayYear.AllEmbedded.Single(y => y.Year == 2026).Source.ShouldContain("2026年部分节假日安排");
    }

    [Fact]
    public void A_case_filed_friday_at_17_00_before_a_working_saturday_is_due_on_that_saturday()
    {
        Calendar.IsWorkingDay(new DateOnly(2026, 2, 14)).ShouldBeTrue();

        Calendar.AddWorkingTime(Beijing(2026, 2, 13, 17, 0), TimeSpan.FromHours(1)).ShouldBe(Beijing(2026, 2, 14, 9, 30));
    }

    [Fact]
    public void Spring_festival_days_are_not_counted()
    {
        for (var day = new DateOnly(2026, 2, 15); day <= new DateOnly(2026, 2, 23); day = day.AddDays(1))
        {
            Calendar.IsWorkingDay(day).ShouldBeFalse($"{day} is in the Spring Festival");
            Calendar.HolidayOn(day).ShouldBe("春节");
        }

        Calendar.AddWorkingTime(Beijing(2026, 2, 13, 10, 0), OneWorkingDay).ShouldBe(Beijing(2026, 2, 14, 10, 0));
        Calendar.AddWorkingTime(Beijing(2026, 2, 15, 10, 0), OneWorkingDay).ShouldBe(Beijing(2026, 2, 24, 17, 30));
        Calendar.AddWorkingTime(Beijing(2026, 2, 14, 17, 0), TimeSpan.FromHours(1)).ShouldBe(Beijing(2026, 2, 24, 9, 30));
        Calendar.IsWorkingDay(new DateOnly(2026, 2, 28)).ShouldBeTrue();
    }

    [Fact]
    public void Spring_festival_2025_starts_on_new_years_eve_with_a_working_sunday_before_it()
    {
        Calendar.IsWorkingDay(new DateOnly(2025, 1, 26)).ShouldBeTrue();
        Calendar.IsWorkingDay(new DateOnly(2025, 1, 27)).ShouldBeTrue();
        Calendar.IsWorkingDay(new DateOnly(2025, 1, 28)).ShouldBeFalse();
        Calendar.IsWorkingDay(new DateOnly(2025, 2, 4)).ShouldBeFalse();
        Calendar.IsWorkingDay(new DateOnly(2025, 2, 8)).ShouldBeTrue();

        Calendar.AddWorkingTime(Beijing(2025, 1, 27, 17, 0), TimeSpan.FromHours(1)).ShouldBe(Beijing(2025, 2, 5, 9, 30));
    }

    [Fact]
    public void National_day_2025_with_mid_autumn_is_eight_days_off_between_two_working_weekends()
    {
        Calendar.IsWorkingDay(new DateOnly(2025, 9, 28)).ShouldBeTrue();
        Calendar.HolidayOn(new DateOnly(2025, 10, 8)).ShouldBe("国庆节、中秋节");
        Calendar.IsWorkingDay(new DateOnly(2025, 10, 11)).ShouldBeTrue();
        Calendar.IsWorkingDay(new DateOnly(2025, 10, 12)).ShouldBeFalse();

        Calendar.AddWorkingTime(Beijing(2025, 9, 30, 16, 30), TimeSpan.FromHours(2)).ShouldBe(Beijing(2025, 10, 9, 10, 0));
        Calendar.WorkingTimeBetween(Beijing(2025, 9, 30, 17, 30), Beijing(2025, 10, 9, 9, 0)).ShouldBe(TimeSpan.Zero);
    }

    [Fact]
    public void New_year_2026_is_three_days_off_and_the_sunday_after_is_worked()
    {
        Calendar.IsWorkingDay(new DateOnly(2026, 1, 2)).ShouldBeFalse();
        Calendar.IsWorkingDay(new DateOnly(2026, 1, 4)).ShouldBeTrue();

        Calendar.AddWorkingTime(Beijing(2025, 12, 31, 17, 0), TimeSpan.FromHours(1)).ShouldBe(Beijing(2026, 1, 4, 9, 30));
    }

    [Fact]
    public void The_lunch_break_is_not_counted()
    {
        Calendar.AddWorkingTime(Beijing(2026, 3, 2, 11, 30), TimeSpan.FromHours(1)).ShouldBe(Beijing(2026, 3, 2, 14, 0));
        Calendar.AddWorkingTime(Beijing(2026, 3, 2, 12, 45), TimeSpan.FromMinutes(30)).ShouldBe(Beijing(2026, 3, 2, 14, 0));
        Calendar.WorkingTimeBetween(Beijing(2026, 3, 2, 11, 0), Beijing(2026, 3, 2, 14, 0)).ShouldBe(TimeSpan.FromHours(1.5));
    }

    [Fact]
    public void Time_that_uses_up_the_day_exactly_is_due_at_closing_time_not_the_next_morning()
    {
        Calendar.AddWorkingTime(Beijing(2026, 3, 2, 16, 30), TimeSpan.FromHours(1)).ShouldBe(Beijing(2026, 3, 2, 17, 30));
        Calendar.AddWorkingTime(Beijing(2026, 3, 2, 9, 0), OneWorkingDay).ShouldBe(Beijing(2026, 3, 2, 17, 30));
    }

    [Fact]
    public void A_case_filed_on_a_saturday_night_starts_counting_on_monday_morning()
    {
        Calendar.AddWorkingTime(Beijing(2026, 3, 7, 22, 0), TimeSpan.FromMinutes(30)).ShouldBe(Beijing(2026, 3, 9, 9, 30));
    }

    [Fact]
    public void Filing_before_midnight_utc_is_counted_on_the_beijing_date()
    {
        var mondayMorningInBeijing = new DateTime(2026, 3, 1, 23, 30, 0, DateTimeKind.Utc);

        Calendar.AddWorkingTime(mondayMorningInBeijing, TimeSpan.FromMinutes(30)).ShouldBe(Beijing(2026, 3, 2, 9, 30));
    }

    [Theory]
    [InlineData("2026-02-13T09:00:00Z", 60)]
    [InlineData("2026-02-13T08:59:00Z", 600)]
    [InlineData("2026-02-12T03:15:00Z", 7 * 60 * 3)]
    [InlineData("2025-09-26T01:00:00Z", 7 * 60 * 10)]
    [InlineData("2026-03-07T14:00:00Z", 25)]
    public void Working_time_between_a_start_and_its_due_time_is_the_time_added(string start, int minutes)
    {
        var from = DateTime.Parse(start, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal);
        var duration = TimeSpan.FromMinutes(minutes);

        var due = Calendar.AddWorkingTime(from, duration);

        due.Kind.ShouldBe(DateTimeKind.Utc);
        Calendar.WorkingTimeBetween(from, due).ShouldBe(duration);
        Calendar.WorkingTimeBetween(due, from).ShouldBe(-duration);
    }

    [Theory]
    [InlineData(nameof(Clocks.Thursday1000Beijing), "2026-03-12 12:00", "2026-03-13 10:00")]
    [InlineData(nameof(Clocks.Thursday1510Beijing), "2026-03-12 17:10", "2026-03-13 15:10")]
    [InlineData(nameof(Clocks.Thursday1720Beijing), "2026-03-13 10:50", "2026-03-13 17:20")]
    [InlineData(nameof(Clocks.Friday2350Beijing), "2026-03-16 11:00", "2026-03-16 17:30")]
    [InlineData(nameof(Clocks.WorkingSaturday1000Beijing), "2026-02-14 12:00", "2026-02-24 10:00")]
    [InlineData(nameof(Clocks.SpringFestivalEve2000Beijing), "2026-02-24 11:00", "2026-02-24 17:30")]
    [InlineData(nameof(Clocks.NewYearsEve235959Beijing), "2026-01-04 11:00", "2026-01-04 17:30")]
    public void Two_working_hours_and_one_working_day_from_each_named_instant_end_where_the_calendar_says(string instant, string twoHoursLater, string oneDayLater)
    {
        var start = Clocks.InstantOf(instant).UtcDateTime;

        Calendar.AddWorkingTime(start, TimeSpan.FromHours(2)).ShouldBe(BeijingText(twoHoursLater));
        Calendar.AddWorkingTime(start, OneWorkingDay).ShouldBe(BeijingText(oneDayLater));
    }

    [Fact]
    public void A_union_can_keep_its_own_hours()
    {
        var earlyUnion = new BusinessCalendar(new WorkingHours([new(new(8, 0), new(12, 0)), new(new(14, 0), new(18, 0))]));

        earlyUnion.Hours.PerDay.ShouldBe(TimeSpan.FromHours(8));
        earlyUnion.AddWorkingTime(Beijing(2026, 3, 6, 17, 30), TimeSpan.FromHours(1)).ShouldBe(Beijing(2026, 3, 9, 8, 30));
    }

    [Fact]
    public void Working_periods_that_overlap_are_refused()
    {
        Should.Throw<ArgumentException>(() => new WorkingHours([new(new(9, 0), new(12, 0)), new(new(11, 0), new(17, 0))]));
        Should.Throw<ArgumentException>(() => new WorkingHours([]));
    }

    [Fact]
    public void A_local_time_is_a_bug()
    {
        Should.Throw<ArgumentException>(() => Calendar.AddWorkingTime(new DateTime(2026, 3, 2, 9, 0, 0, DateTimeKind.Local), TimeSpan.FromHours(1)));
    }

    [Fact]
    public void A_year_without_its_notice_counts_monday_to_friday_and_warns_once()
    {
        var log = new CapturingLogger();
        var calendar = new BusinessCalendar(WorkingHours.Default, log);

        calendar.IsWorkingDay(new DateOnly(2099, 2, 6)).ShouldBeTrue();
        calendar.IsWorkingDay(new DateOnly(2099, 2, 7)).ShouldBeFalse();
        calendar.AddWorkingTime(Beijing(2099, 2, 6, 17, 0), TimeSpan.FromHours(1)).ShouldBe(Beijing(2099, 2, 9, 9, 30));

        var warning = log.Entries.ShouldHaveSingleItem();
        warning.Level.ShouldBe(LogLevel.Warning);
        warning.Message.ShouldContain("2099");
    }

    private static DateTime Beijing(int year, int month, int day, int hour, int minute) =>
        new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Utc).AddHours(-8);

    private static DateTime BeijingText(string yyyyMMddHHmm) =>
        DateTime.SpecifyKind(DateTime.ParseExact(yyyyMMddHHmm, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), DateTimeKind.Utc).AddHours(-8);

    private sealed class CapturingLogger : ILogger<BusinessCalendar>
    {
        public List<(LogLevel Level, string Message)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Add((logLevel, formatter(state, exception)));
    }
}
