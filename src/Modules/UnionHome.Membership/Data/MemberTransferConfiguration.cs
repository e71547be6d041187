using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UnionHome.Platform.Data;
using UnionHome.Platform.Organization;

namespace UnionHome.Membership.Data;

internal sealed class MemberTransferConfiguration : EntityConfiguration<MemberTransfer>
{
    protected override void Configure(EntityTypeBuilder<MemberTransfer> e, DatabaseProvider provider)
    {
        e.ToModuleTable(MembershipModel.Module, "transfers", provider);
        e.HasKey(x => x.Id);
        e.Property(x => x.WorkRegionCode).HasMaxLength(6);
        e.Property(x => x.RoutingReason).HasMaxLength(256);
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        e.Property(x => x.DecidedBy).HasMaxLength(64);
        e.Property(x => x.RejectionReason).HasMaxLength(500);
        e.Property(x => x.Version).IsConcurrencyToken();
        e.HasIndex(x => new { x.OrgUnitId, x.Status });

        // One transfer under way per member, held by the database.
        e.HasIndex(x => x.MemberId).IsUnique().HasFilter("\"Status\" = 'Pending'").HasDatabaseName("IX_transfers_one_pending_per_member");
        e.HasOne<Member>().WithMany().HasForeignKey(x => x.MemberId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.FromOrgUnitId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
