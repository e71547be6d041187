using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UnionHome.Platform.Data;
using UnionHome.Platform.Organization;

namespace UnionHome.Cases.Data;

internal sealed class HotlineCallConfiguration : EntityConfiguration<HotlineCall>
{
    protected override void Configure(EntityTypeBuilder<HotlineCall> e, DatabaseProvider provider)
    {
        e.ToModuleTable(CasesModel.Module, "hotline_calls", provider);
        e.HasKey(x => x.Id);
        e.Property(x => x.Direction).HasConversion<string>().HasMaxLength(16);
        e.Property(x => x.CallerDescriptionCipher).HasMaxLength(640);
        e.Property(x => x.Category).HasMaxLength(32);
        e.Property(x => x.OutcomeCipher).HasMaxLength(2400);
        e.Property(x => x.RecordedBy).HasMaxLength(64);
        e.HasIndex(x => new { x.OrgUnitId, x.StartedAt });
        e.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
