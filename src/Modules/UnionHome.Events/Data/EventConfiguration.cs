using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UnionHome.Platform.Data;
using UnionHome.Platform.Organization;

namespace UnionHome.Events.Data;

internal sealed class EventConfiguration : EntityConfiguration<Event>
{
    protected override void Configure(EntityTypeBuilder<Event> e, DatabaseProvider provider)
    {
        e.ToModuleTable(EventsModel.Module, "events", provider);
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
        e.Property(x => x.EntryListHash).HasMaxLength(64);
        e.Ignore(x => x.WorkerTypes);
        e.HasMany(x => x.Sessions).WithOne().HasForeignKey(s => s.EventId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(x => x.Quotas).WithOne().HasForeignKey(q => q.EventId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => new { x.Status, x.RegistrationClosesAt });
        e.HasIndex(x => new { x.OrgUnitId, x.Status });
        e.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.AudienceOrgUnitId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<RecuperationBase>().WithMany().HasForeignKey(x => x.RecuperationBaseId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.ReservedForEnterpriseId).OnDelete(DeleteBehavior.Restrict);
    }
}
