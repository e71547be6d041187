using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UnionHome.Platform.Data;
using UnionHome.Platform.Organization;

namespace UnionHome.Membership.Data;

internal sealed class RosterImportConfiguration : EntityConfiguration<RosterImport>
{
    protected override void Configure(EntityTypeBuilder<RosterImport> e, DatabaseProvider provider)
    {
        e.ToModuleTable(MembershipModel.Module, "roster_imports", provider);
        e.HasKey(x => x.Id);
        e.Property(x => x.UploadedBy).HasMaxLength(64);
        e.Property(x => x.FileName).HasMaxLength(256);
        e.Property(x => x.FileHash).HasMaxLength(64);
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        e.Property(x => x.Error).HasMaxLength(1000);
        e.HasIndex(x => new { x.Status, x.CreatedAt });
        e.HasIndex(x => new { x.EnterpriseId, x.CreatedAt });
        e.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
    }
}
