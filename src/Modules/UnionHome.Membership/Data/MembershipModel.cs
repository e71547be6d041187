using Microsoft.EntityFrameworkCore;
using UnionHome.Platform.Data;
using UnionHome.Platform.Identity;
using UnionHome.Platform.Organization;

namespace UnionHome.Membership.Data;

/// <summary>The membership tables, in the "membership" schema (prefix on SQLite).</summary>
internal sealed class MembershipModel : IModelContributor
{
    public const string Module = "membership";

    public void Configure(ModelBuilder modelBuilder, DatabaseProvider provider)
    {
        modelBuilder.Entity<MembershipApplication>(e =>
        {
            e.ToModuleTable(Module, "applications", provider);
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

            // One pending application per person, held by the database.
            e.HasIndex(x => x.ResidentIdIndex).IsUnique().HasFilter("\"Status\" = 'Pending'").HasDatabaseName("IX_applications_one_pending_per_person");
            e.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<Member>(e =>
        {
            e.ToModuleTable(Module, "members", provider);
            e.HasKey(x => x.Id);
            e.Property(x => x.UserId).HasMaxLength(64);
            e.Property(x => x.MemberNumber).HasMaxLength(32);
            e.Property(x => x.Name).HasMaxLength(64);
            e.Property(x => x.ResidentIdCipher).HasMaxLength(256);
            e.Property(x => x.ResidentIdIndex).HasMaxLength(64);
            e.Property(x => x.ResidentIdMasked).HasMaxLength(18);
            e.Property(x => x.PhoneCipher).HasMaxLength(256);
            e.Property(x => x.WorkerType).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Platform).HasMaxLength(64);
            e.Property(x => x.WorkRegionCode).HasMaxLength(6);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            e.HasIndex(x => x.MemberNumber).IsUnique();
            e.HasIndex(x => x.ResidentIdIndex).IsUnique();
            e.HasIndex(x => x.UserId);
            e.HasIndex(x => new { x.OrgUnitId, x.Status });
            e.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<AppUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.SetNull);
        });

        modelBuilder.Entity<RosterImport>(e =>
        {
            e.ToModuleTable(Module, "roster_imports", provider);
            e.HasKey(x => x.Id);
            e.Property(x => x.UploadedBy).HasMaxLength(64);
            e.Property(x => x.FileName).HasMaxLength(256);
            e.Property(x => x.FileHash).HasMaxLength(64);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Error).HasMaxLength(1000);
            e.HasIndex(x => new { x.Status, x.CreatedAt });
            e.HasIndex(x => new { x.EnterpriseId, x.CreatedAt });
            e.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<RosterImportIssue>(e =>
        {
            e.ToModuleTable(Module, "roster_import_issues", provider);
            e.HasKey(x => x.Id);
            e.Property(x => x.Column).HasMaxLength(32);
            e.Property(x => x.Value).HasMaxLength(128);
            e.Property(x => x.Reason).HasMaxLength(256);
            e.HasIndex(x => new { x.ImportId, x.Row });
            e.HasOne<RosterImport>().WithMany().HasForeignKey(x => x.ImportId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<MemberTransfer>(e =>
        {
            e.ToModuleTable(Module, "transfers", provider);
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
        });

        modelBuilder.Entity<MemberHistoryEntry>(e =>
        {
            e.ToModuleTable(Module, "member_history", provider);
            e.HasKey(x => x.Id);
            e.Property(x => x.Kind).HasMaxLength(32);
            e.Property(x => x.Note).HasMaxLength(256);
            e.HasIndex(x => new { x.MemberId, x.At });
            e.HasOne<Member>().WithMany().HasForeignKey(x => x.MemberId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<DeletionRequest>(e =>
        {
            e.ToModuleTable(Module, "deletion_requests", provider);
            e.HasKey(x => x.Id);
            e.Property(x => x.UserId).HasMaxLength(64);
            e.Property(x => x.Reason).HasMaxLength(500);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.ProcessedBy).HasMaxLength(64);
            e.HasIndex(x => new { x.OrgUnitId, x.Status });
            e.HasIndex(x => x.UserId).IsUnique().HasFilter("\"Status\" = 'Pending'").HasDatabaseName("IX_deletion_requests_one_pending_per_user");
        });

        modelBuilder.Entity<MemberNumberCounter>(e =>
        {
            e.ToModuleTable(Module, "member_number_counters", provider);
            e.HasKey(x => x.Prefix);
            e.Property(x => x.Prefix).HasMaxLength(16);
        });
    }
}
