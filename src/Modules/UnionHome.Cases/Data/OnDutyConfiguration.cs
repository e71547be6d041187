using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UnionHome.Platform.Data;
using UnionHome.Platform.Organization;

namespace UnionHome.Cases.Data;

internal sealed class OnDutyConfiguration : EntityConfiguration<OnDuty>
{
    protected override void Configure(EntityTypeBuilder<OnDuty> e, DatabaseProvider provider)
    {
        e.ToModuleTable(CasesModel.Module, "on_duty", provider);
        e.HasKey(x => x.Id);
        e.Property(x => x.UserId).HasMaxLength(64);
        e.HasIndex(x => new { x.OrgUnitId, x.UserId }).IsUnique();
        e.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
