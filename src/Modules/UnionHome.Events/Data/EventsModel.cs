using Microsoft.EntityFrameworkCore;
using UnionHome.Platform.Data;
using UnionHome.Platform.Organization;

namespace UnionHome.Events.Data;

/// <summary>The events tables, in the "events" schema (prefix on SQLite).</summary>
internal sealed class EventsModel : IModelContributor
{
    public const string Module = "events";

    public void Configure(ModelBuilder modelBuilder, DatabaseProvider provider)
    {
        modelBuilder.Entity<Event>(e =>
        {
            e.ToModuleTable(Module, "events", provider);
            e.HasKey(x => x.Id);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Mode).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Title).HasMaxLength(128);
            e.Property(x => x.Description).HasMaxLength(4000);
            e.Property(x => x.AudienceWorkerTypes).HasMaxLength(64);
            e.Property(x => x.LotterySeedHash).HasMaxLength(64);
            e.Property(x => x.LotterySeedCipher).HasMaxLength(256);
            e.Property(x => x.LotterySeed).HasMaxLength(128);
            e.Ignore(x => x.WorkerTypes);
            e.HasMany(x => x.Sessions).WithOne().HasForeignKey(s => s.EventId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Quotas).WithOne().HasForeignKey(q => q.EventId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => new { x.Status, x.RegistrationClosesAt });
            e.HasIndex(x => new { x.OrgUnitId, x.Status });
            e.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.AudienceOrgUnitId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<RecuperationBase>().WithMany().HasForeignKey(x => x.RecuperationBaseId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.ReservedForEnterpriseId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<EventSession>(e =>
        {
            e.ToModuleTable(Module, "sessions", provider);
            e.HasKey(x => x.Id);
            e.Property(x => x.Place).HasMaxLength(256);
            e.Property(x => x.OnlineUrl).HasMaxLength(512);
            e.HasIndex(x => x.StartsAt);
            e.HasIndex(x => new { x.AttendanceClosedAt, x.EndsAt });
        });

        modelBuilder.Entity<SessionQuota>(e =>
        {
            e.ToModuleTable(Module, "session_quotas", provider);
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.SessionId, x.OrgUnitId }).IsUnique();
            e.HasOne<EventSession>().WithMany().HasForeignKey(x => x.SessionId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<Booking>(e =>
        {
            e.ToModuleTable(Module, "bookings", provider);
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
        });

        modelBuilder.Entity<RecuperationBase>(e =>
        {
            e.ToModuleTable(Module, "recuperation_bases", provider);
            e.HasKey(x => x.Id);
            e.Property(x => x.Name).HasMaxLength(128);
            e.Property(x => x.Address).HasMaxLength(256);
            e.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<MenuItem>(e =>
        {
            e.ToModuleTable(Module, "menu_items", provider);
            e.HasKey(x => x.Id);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Title).HasMaxLength(128);
            e.Property(x => x.Description).HasMaxLength(2000);
            e.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<SessionRequest>(e =>
        {
            e.ToModuleTable(Module, "session_requests", provider);
            e.HasKey(x => x.Id);
            e.Property(x => x.RequestedBy).HasMaxLength(64);
            e.Property(x => x.PreferredDates).HasMaxLength(256);
            e.Property(x => x.Note).HasMaxLength(1000);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.DeclineReason).HasMaxLength(500);
            e.HasIndex(x => new { x.OrgUnitId, x.Status });
            e.HasIndex(x => new { x.EnterpriseId, x.CreatedAt });
            e.HasOne<MenuItem>().WithMany().HasForeignKey(x => x.MenuItemId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        });
    }
}
