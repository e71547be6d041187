using UnionHome.Platform.Identity.SmsLogin;
using UnionHome.Tests.Infrastructure;

namespace UnionHome.Tests.Identity;

/// <summary>The day a phone's code count belongs to: its Beijing date, whatever the UTC date.</summary>
public sealed class ChinaCalendarDayTests
{
    [Theory]
    [MemberData(nameof(Clocks.Every), MemberType = typeof(Clocks))]
    public void A_code_counts_on_its_beijing_date_until_midnight_in_beijing(string instant)
    {
        var at = Clocks.InstantOf(instant);
        var midnight = new DateTimeOffset(at.Date.AddDays(1), at.Offset);

        ChinaCalendarDay.Of(at.UtcDateTime).ShouldBe(DayNumber(at.Date));
        ChinaCalendarDay.Of(midnight.UtcDateTime.AddTicks(-1)).ShouldBe(DayNumber(at.Date));
        ChinaCalendarDay.Of(midnight.UtcDateTime).ShouldBe(DayNumber(at.Date.AddDays(1)));
    }

    [Fact]
    public void New_years_eve_in_beijing_becomes_new_years_day_at_four_in_the_afternoon_utc()
    {
        var eve = Clocks.InstantOf(nameof(Clocks.NewYearsEve235959Beijing)).UtcDateTime;

        (eve.Hour, eve.Minute, eve.Second).ShouldBe((15, 59, 59));
        ChinaCalendarDay.Of(eve).ShouldBe(20251231);
        ChinaCalendarDay.Of(eve.AddSeconds(1)).ShouldBe(20260101);
    }

    private static int DayNumber(DateTime date) => (date.Year * 10000) + (date.Month * 100) + date.Day;
}
