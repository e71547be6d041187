using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UnionHome.Platform.Data;
using UnionHome.Platform.Organization;

namespace UnionHome.Events.Data;

internal sealed class SessionRequestConfiguration : EntityConfiguration<SessionRequest>
{
    protected override void Configure(EntityTypeBuilder<SessionRequest> e, DatabaseProvider provider)
    {
        e.ToModuleTable(EventsModel.Module, "session_requests", provider);
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
    }
}
