using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UnionHome.Platform.Data;
using UnionHome.Platform.Organization;

namespace UnionHome.Membership.Data;

internal sealed class MembershipApplicationConfiguration : EntityConfiguration<MembershipApplication>
{
    protected override void Configure(EntityTypeBuilder<MembershipApplication> e, DatabaseProvider provider)
    {
        e.ToModuleTable(MembershipModel.Module, "applications", provider);
        e.HasKey(x => x.Id);
        e.Property(x => x.Name).HasMaxLength(64);
        e.Property(x => x.ResidentIdCipher).HasMaxLength(256);
        e.Property(x => x.ResidentIdIndex).HasMaxLength(64);
        e.Property(x => x.ResidentIdMasked).HasMaxLength(18);
        e.Property(x => x.PhoneCipher).HasMaxLength(256);
        e.Property(x => x.WorkerType).HasConversion<string>().HasMaxLength(16);
        e.Property(x => x.Platform).HasMaxLength(64);
        e.Property(x => x.WorkRegionCode).HasMaxLength(6);
        e.Property(x => x.RoutingReason).HasMaxLength(256);
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        e.Property(x => x.Source).HasConversion<string>().HasMaxLength(16);
        e.Property(x => x.DecidedBy).HasMaxLength(64);
        e.Property(x => x.RejectionReason).HasMaxLength(500);
        e.Property(x => x.Version).IsConcurrencyToken();
        e.HasIndex(x => new { x.OrgUnitId, x.Status, x.SubmittedAt });
        e.HasIndex(x => x.ApplicantUserId).IsUnique().HasFilter("\"Status\" = 'Pending'").HasDatabaseName("IX_applications_one_pending_per_account");

        // Not unique: an application filed with someone else's ID number must not block their own; staff resolve the conflict.
        e.HasIndex(x => new { x.ResidentIdIndex, x.Status }).HasDatabaseName("IX_applications_by_person");
        e.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
    }
}
