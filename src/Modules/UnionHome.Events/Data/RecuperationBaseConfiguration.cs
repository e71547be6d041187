using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UnionHome.Platform.Data;
using UnionHome.Platform.Organization;

namespace UnionHome.Events.Data;

internal sealed class RecuperationBaseConfiguration : EntityConfiguration<RecuperationBase>
{
    protected override void Configure(EntityTypeBuilder<RecuperationBase> e, DatabaseProvider provider)
    {
        e.ToModuleTable(EventsModel.Module, "recuperation_bases", provider);
        e.HasKey(x => x.Id);
        e.Property(x => x.Name).HasMaxLength(128);
        e.Property(x => x.Address).HasMaxLength(256);
        e.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
