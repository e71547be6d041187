using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UnionHome.Platform.Data;

namespace UnionHome.Membership.Data;

internal sealed class DeletionRequestConfiguration : EntityConfiguration<DeletionRequest>
{
    protected override void Configure(EntityTypeBuilder<DeletionRequest> e, DatabaseProvider provider)
    {
        e.ToModuleTable(MembershipModel.Module, "deletion_requests", provider);
        e.HasKey(x => x.Id);
        e.Property(x => x.UserId).HasMaxLength(64);
        e.Property(x => x.Reason).HasMaxLength(500);
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        e.Property(x => x.ProcessedBy).HasMaxLength(64);
        e.HasIndex(x => new { x.OrgUnitId, x.Status });
        e.HasIndex(x => x.UserId).IsUnique().HasFilter("\"Status\" = 'Pending'").HasDatabaseName("IX_deletion_requests_one_pending_per_user");
    }
}
