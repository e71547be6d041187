using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UnionHome.Platform.Data;

namespace UnionHome.Events.Data;

internal sealed class BookingConfiguration : EntityConfiguration<Booking>
{
    protected override void Configure(EntityTypeBuilder<Booking> e, DatabaseProvider provider)
    {
        e.ToModuleTable(EventsModel.Module, "bookings", provider);
        e.HasKey(x => x.Id);
        e.Property(x => x.UserId).HasMaxLength(64);
        e.Property(x => x.ClientRequestId).HasMaxLength(64);
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        e.Property(x => x.CancelReason).HasMaxLength(32);
        e.Property(x => x.CheckedInBy).HasMaxLength(64);
        e.Property(x => x.Comment).HasMaxLength(500);

        // One member, one live booking per session; a retry with the same request id finds its first answer.
        e.HasIndex(x => new { x.SessionId, x.UserId }).IsUnique().HasFilter("\"Status\" <> 'Cancelled'").HasDatabaseName("IX_bookings_one_per_member_and_session");
        e.HasIndex(x => new { x.UserId, x.ClientRequestId }).IsUnique();
        e.HasIndex(x => new { x.SessionId, x.Status, x.WaitlistPosition });
        e.HasIndex(x => new { x.Status, x.OfferExpiresAt });
        e.HasIndex(x => new { x.EventId, x.Status });
        e.HasOne<EventSession>().WithMany().HasForeignKey(x => x.SessionId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Event>().WithMany().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class MemberBookingLockConfiguration : EntityConfiguration<MemberBookingLock>
{
    protected override void Configure(EntityTypeBuilder<MemberBookingLock> e, DatabaseProvider provider)
    {
        e.ToModuleTable(EventsModel.Module, "member_booking_locks", provider);
        e.HasKey(x => x.UserId);
        e.Property(x => x.UserId).HasMaxLength(64);
    }
}
