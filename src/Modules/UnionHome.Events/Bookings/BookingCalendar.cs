using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.EntityFrameworkCore;
using UnionHome.Events.Data;
using UnionHome.Platform.Data;
using UnionHome.Platform.Errors;

namespace UnionHome.Events.Bookings;

internal sealed record CalendarFile(string FileName, byte[] Content);

/// <summary>
/// A booking as an iCalendar file (RFC 5545) the member adds to their phone's calendar: times in UTC, the place
/// (or the link of an online session), the organiser, and an alarm the day before. The UID comes from the booking,
/// so importing the file again after a change or a cancellation updates the same entry.
/// </summary>
internal sealed class BookingCalendar(AppDbContext db, TimeProvider time)
{
    public const string ContentType = "text/calendar; charset=utf-8";

    public async Task<Result<CalendarFile>> ForMemberAsync(string userId, Guid bookingId, CancellationToken cancellationToken)
    {
        var booking = await db.Set<Booking>().AsNoTracking().Where(b => b.Id == bookingId && b.UserId == userId)
            .Join(db.Set<EventSession>(), b => b.SessionId, s => s.Id, (b, s) => new { b.Id, b.Status, b.EventId, s.StartsAt, s.EndsAt, s.Place, s.OnlineUrl })
            .Join(db.Set<Event>(), x => x.EventId, e => e.Id, (x, e) => new
            {
                x.Id, x.Status, x.StartsAt, x.EndsAt, x.Place, x.OnlineUrl, e.Title, e.Description,
                Organizer = db.OrgUnits.Where(u => u.Id == e.OrgUnitId).Select(u => u.Name).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (booking is null)
        {
            return BookingErrors.BookingNotFound;
        }

        var online = booking.OnlineUrl is not null;
        var entry = new CalendarEvent
        {
            Uid = $"booking-{booking.Id:N}@unionhome.cn",
            DtStamp = new CalDateTime(time.GetUtcNow().UtcDateTime),
            DtStart = new CalDateTime(booking.StartsAt),
            DtEnd = new CalDateTime(booking.EndsAt),
            Summary = booking.Title,
            Location = online && booking.Place == EventSession.OnlinePlace ? booking.OnlineUrl : booking.Place,
            Description = string.Join('\n', new[] { $"主办：{booking.Organizer}", booking.Description, online ? $"线上参加：{booking.OnlineUrl}" : "入场时请出示报名二维码或电子会员证" }.Where(line => !string.IsNullOrWhiteSpace(line))),
            Status = booking.Status switch
            {
                BookingStatus.Confirmed => "CONFIRMED",
                BookingStatus.Cancelled => "CANCELLED",
                _ => "TENTATIVE",
            },
        };
        if (online)
        {
            entry.Url = new Uri(booking.OnlineUrl!, UriKind.RelativeOrAbsolute);
        }

        entry.Alarms.Add(new Alarm
        {
            Action = "DISPLAY",
            Description = $"明天：{booking.Title}",
            Trigger = new Trigger(Duration.FromDays(-1)),
        });
        var calendar = new Ical.Net.Calendar { ProductId = "-//UnionHome//Events//ZH" };
        calendar.Events.Add(entry);
        var text = new CalendarSerializer().SerializeToString(calendar) ?? "";
        return new CalendarFile(FileName(booking.Title), System.Text.Encoding.UTF8.GetBytes(text));
    }

    private static string FileName(string title)
    {
        var safe = new string(title.Select(c => char.IsControl(c) || "\\/:*?\"<>|".Contains(c) ? '_' : c).ToArray()).Trim();
        return $"{(safe.Length == 0 ? "活动" : safe)}.ics";
    }
}
