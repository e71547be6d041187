using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UnionHome.Platform.Data;
using UnionHome.Platform.Organization;

namespace UnionHome.Cases.Data;

internal sealed class HelpCaseConfiguration : EntityConfiguration<HelpCase>
{
    protected override void Configure(EntityTypeBuilder<HelpCase> e, DatabaseProvider provider)
    {
        e.ToModuleTable(CasesModel.Module, "cases", provider);
        e.HasKey(x => x.Id);
        e.Property(x => x.Number).HasMaxLength(16);
        e.Property(x => x.RequesterUserId).HasMaxLength(64);
        e.Property(x => x.OnBehalfOfNameCipher).HasMaxLength(256);
        e.Property(x => x.OnBehalfOfRelationship).HasMaxLength(32);
        e.Property(x => x.Category).HasConversion<string>().HasMaxLength(16);
        e.Property(x => x.Urgency).HasConversion<string>().HasMaxLength(16);
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(24);
        e.Property(x => x.DescriptionCipher).HasMaxLength(12000);
        e.Property(x => x.ShipName).HasMaxLength(64);
        e.Property(x => x.Voyage).HasMaxLength(64);
        e.Property(x => x.ClientRequestId).HasMaxLength(64);
        e.Property(x => x.RoutingReason).HasMaxLength(256);
        e.Property(x => x.RatingCommentCipher).HasMaxLength(2400);
        e.Property(x => x.PositionCipher).HasMaxLength(256);
        e.Property(x => x.Version).IsConcurrencyToken();
        e.HasIndex(x => x.Number).IsUnique();

        // A retry of the same submission finds the first case instead of making a second one.
        e.HasIndex(x => new { x.RequesterUserId, x.ClientRequestId }).IsUnique();
        e.HasIndex(x => new { x.OrgUnitId, x.Status, x.CreatedAt });
        e.HasIndex(x => x.SlaCheckAt);
        e.HasIndex(x => x.AssignedPoolMemberId);
        e.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<PoolMember>().WithMany().HasForeignKey(x => x.AssignedPoolMemberId).OnDelete(DeleteBehavior.Restrict);
    }
}
