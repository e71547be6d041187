using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using UnionHome.Events.Data;
using UnionHome.Platform.Data;
using UnionHome.Platform.Outbox;

namespace UnionHome.Events.Bookings;

/// <summary>
/// The timed side of bookings, run by every node: expired offers pass on, free places (a cancellation, a quota
/// release) go to the waitlist, reminders go out, ended sessions record their no-shows, and closed lotteries freeze
/// their entry lists. Each row is claimed
/// with a conditional update, so any number of nodes may sweep at once without doing anything twice.
/// </summary>
internal sealed partial class EventsSweeper(IServiceScopeFactory scopes, EventsOptions options, TimeProvider time, ILogger<EventsSweeper> logger) : BackgroundService
{
    private const int RowsPerPass = 200;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await SweepAsync(stoppingToken);
                await Task.Delay(options.SweepInterval, time, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogFailed(logger, ex);
                await Task.Delay(TimeSpan.FromSeconds(5), stoppingToken);
            }
        }
    }

    public async Task SweepAsync(CancellationToken cancellationToken)
    {
        await ExpireOffersAsync(cancellationToken);
        await FillFreePlacesAsync(cancellationToken);
        await SendRemindersAsync(cancellationToken);
        await CloseAttendanceAsync(cancellationToken);
        await FreezeLotteryEntriesAsync(cancellationToken);
    }

    private async Task FreezeLotteryEntriesAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await Lottery.LotteryEntries.FreezeClosedAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), time.GetUtcNow().UtcDateTime, cancellationToken);
    }

    private async Task ExpireOffersAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        List<Booking> expired;
        await using (var scope = scopes.CreateAsyncScope())
        {
            expired = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<Booking>().AsNoTracking()
                .Where(b => b.Status == BookingStatus.Offered && b.OfferExpiresAt <= now)
                .OrderBy(b => b.OfferExpiresAt).Take(RowsPerPass).ToListAsync(cancellationToken);
        }

        foreach (var booking in expired)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await using var transaction = await db.BeginWriteAsync(cancellationToken);
            if (await scope.ServiceProvider.GetRequiredService<ManageBooking>().ReleaseAsync(booking, BookingStatus.Offered, CancelReasons.OfferExpired, now, cancellationToken))
            {
                await transaction.CommitAsync(cancellationToken);
            }
        }
    }

    private async Task FillFreePlacesAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        List<Guid> sessions;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            sessions = await db.Set<EventSession>().AsNoTracking()
                .Where(s => s.StartsAt > now && s.Taken < s.Capacity
                    && db.Set<Booking>().Any(b => b.SessionId == s.Id && b.Status == BookingStatus.Waitlisted))
                .OrderBy(s => s.StartsAt).Select(s => s.Id).Take(RowsPerPass).ToListAsync(cancellationToken);
        }

        foreach (var sessionId in sessions)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await using var transaction = await db.BeginWriteAsync(cancellationToken);
            await scope.ServiceProvider.GetRequiredService<Waitlist>().OfferFreePlacesAsync(sessionId, now, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
    }

    private async Task SendRemindersAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var horizon = now + options.ReminderLead;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var outbox = scope.ServiceProvider.GetRequiredService<Outbox>();
        var due = await db.Set<Booking>().AsNoTracking()
            .Where(b => b.Status == BookingStatus.Confirmed && b.ReminderSentAt == null)
            .Join(db.Set<EventSession>().Where(s => s.StartsAt > now && s.StartsAt <= horizon), b => b.SessionId, s => s.Id, (b, _) => b.Id)
            .OrderBy(id => id).Take(RowsPerPass).ToListAsync(cancellationToken);
        foreach (var bookingId in due)
        {
            await using var transaction = await db.BeginWriteAsync(cancellationToken);
            var claimed = await db.Set<Booking>().Where(b => b.Id == bookingId && b.ReminderSentAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(b => b.ReminderSentAt, now), cancellationToken);
            if (claimed == 1)
            {
                outbox.Publish(new BookingReminderDue(bookingId));
                await db.SaveChangesAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }
    }

    /// <summary>An hour after an in-person session ends, confirmed members who never checked in are no-shows.</summary>
    private async Task CloseAttendanceAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var ended = now.AddHours(-1);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var sessions = await db.Set<EventSession>().AsNoTracking()
            .Where(s => s.AttendanceClosedAt == null && s.EndsAt < ended)
            .OrderBy(s => s.EndsAt).Select(s => new { s.Id, s.OnlineUrl }).Take(RowsPerPass).ToListAsync(cancellationToken);
        foreach (var session in sessions)
        {
            await using var transaction = await db.BeginWriteAsync(cancellationToken);
            var claimed = await db.Set<EventSession>().Where(s => s.Id == session.Id && s.AttendanceClosedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.AttendanceClosedAt, now), cancellationToken);
            if (claimed == 1 && session.OnlineUrl is null)
            {
                await db.Set<Booking>().Where(b => b.SessionId == session.Id && b.Status == BookingStatus.Confirmed && b.CheckedInAt == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(b => b.NoShow, true), cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Events sweep failed; it will run again")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
