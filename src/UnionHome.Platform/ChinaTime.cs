namespace UnionHome.Platform;

/// <summary>Times are stored in UTC and shown as a Chinese member reads a timetable: Beijing time.</summary>
public static class ChinaTime
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static DateTime Of(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>A time as "M月d日 HH:mm", for messages.</summary>
    public static string Short(DateTime utc) => Of(utc).ToString("M月d日 HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    public static string Show(DateTime utc) => Of(utc).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    public static string Show(DateTime startsUtc, DateTime endsUtc) =>
        Of(startsUtc).Date == Of(endsUtc).Date
            ? $"{Show(startsUtc)}–{Of(endsUtc):HH:mm}"
            : $"{Show(startsUtc)} – {Show(endsUtc)}";
}
