using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UnionHome.Platform.Data;
using UnionHome.Platform.Organization;

namespace UnionHome.Cases.Data;

internal sealed class ExpertPoolConfiguration : EntityConfiguration<ExpertPool>
{
    protected override void Configure(EntityTypeBuilder<ExpertPool> e, DatabaseProvider provider)
    {
        e.ToModuleTable(CasesModel.Module, "expert_pools", provider);
        e.HasKey(x => x.Id);
        e.Property(x => x.Name).HasMaxLength(128);
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
        e.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
