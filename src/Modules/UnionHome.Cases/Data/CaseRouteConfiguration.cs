using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UnionHome.Platform.Data;
using UnionHome.Platform.Organization;

namespace UnionHome.Cases.Data;

internal sealed class CaseRouteConfiguration : EntityConfiguration<CaseRoute>
{
    protected override void Configure(EntityTypeBuilder<CaseRoute> e, DatabaseProvider provider)
    {
        e.ToModuleTable(CasesModel.Module, "case_routes", provider);
        e.HasKey(x => x.Id);
        e.Property(x => x.Category).HasConversion<string>().HasMaxLength(16);
        e.Property(x => x.WorkerType).HasMaxLength(16);
        e.Property(x => x.DeskName).HasMaxLength(64);
        e.HasIndex(x => new { x.OrgUnitId, x.Category });
        e.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.TargetOrgUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
