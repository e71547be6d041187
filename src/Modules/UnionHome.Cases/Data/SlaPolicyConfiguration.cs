using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UnionHome.Platform.Data;
using UnionHome.Platform.Organization;

namespace UnionHome.Cases.Data;

internal sealed class SlaPolicyConfiguration : EntityConfiguration<SlaPolicy>
{
    protected override void Configure(EntityTypeBuilder<SlaPolicy> e, DatabaseProvider provider)
    {
        e.ToModuleTable(CasesModel.Module, "sla_policies", provider);
        e.HasKey(x => x.Id);
        e.Property(x => x.Category).HasConversion<string>().HasMaxLength(16);
        e.Property(x => x.Urgency).HasConversion<string>().HasMaxLength(16);
        e.Property(x => x.Clock).HasConversion<string>().HasMaxLength(16);
        e.HasIndex(x => new { x.OrgUnitId, x.Category, x.Urgency });
        e.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
