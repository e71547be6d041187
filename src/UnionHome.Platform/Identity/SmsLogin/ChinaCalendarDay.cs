namespace UnionHome.Platform.Identity.SmsLogin;

internal static class ChinaCalendarDay
{
    // China Standard Time is UTC+8 all year: no daylight saving to account for.
    public static int Of(DateTime utc)
    {
        var local = utc.AddHours(8);
        return (local.Year * 10000) + (local.Month * 100) + local.Day;
    }
}
