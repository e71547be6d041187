using Microsoft.EntityFrameworkCore;
using UnionHome.Events.Data;
using UnionHome.Platform.Data;

namespace UnionHome.Events.Bookings;

/// <summary>
/// Makes a member's bookings take turns: the update holds the member's row until the transaction ends (PostgreSQL
/// locks the row; SQLite has one writer at a time), so the limits read after it see every earlier booking.
/// Must run inside the booking's write transaction.
/// </summary>
internal static class MemberBookingLocks
{
    public static async Task TakeAsync(AppDbContext db, string userId, CancellationToken cancellationToken)
    {
        var table = TableNaming.QualifiedName(EventsModel.Module, "member_booking_locks", db.Provider);
#pragma warning disable EF1002 // the table name is ours; the value is a parameter
        await db.Database.ExecuteSqlRawAsync(
            $"INSERT INTO {table} (\"UserId\", \"Bookings\") VALUES ({{0}}, 0) ON CONFLICT DO NOTHING", [userId], cancellationToken);
#pragma warning restore EF1002
        await db.Set<MemberBookingLock>().Where(l => l.UserId == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Bookings, l => l.Bookings + 1), cancellationToken);
    }
}
