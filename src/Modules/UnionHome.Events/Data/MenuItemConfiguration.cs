using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UnionHome.Platform.Data;
using UnionHome.Platform.Organization;

namespace UnionHome.Events.Data;

internal sealed class MenuItemConfiguration : EntityConfiguration<MenuItem>
{
    protected override void Configure(EntityTypeBuilder<MenuItem> e, DatabaseProvider provider)
    {
        e.ToModuleTable(EventsModel.Module, "menu_items", provider);
        e.HasKey(x => x.Id);
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
        e.Property(x => x.Title).HasMaxLength(128);
        e.Property(x => x.Description).HasMaxLength(2000);
        e.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
