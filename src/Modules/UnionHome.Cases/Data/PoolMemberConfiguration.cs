using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UnionHome.Platform.Data;

namespace UnionHome.Cases.Data;

internal sealed class PoolMemberConfiguration : EntityConfiguration<PoolMember>
{
    protected override void Configure(EntityTypeBuilder<PoolMember> e, DatabaseProvider provider)
    {
        e.ToModuleTable(CasesModel.Module, "pool_members", provider);
        e.HasKey(x => x.Id);
        e.Property(x => x.UserId).HasMaxLength(64);
        e.Property(x => x.Name).HasMaxLength(64);
        e.Property(x => x.Specialties).HasMaxLength(256);
        e.Property(x => x.Availability).HasMaxLength(256);
        e.HasIndex(x => new { x.PoolId, x.UserId }).IsUnique();
        e.HasIndex(x => x.UserId);
        e.HasOne<ExpertPool>().WithMany().HasForeignKey(x => x.PoolId).OnDelete(DeleteBehavior.Cascade);
    }
}
