using Microsoft.EntityFrameworkCore;
using UnionHome.Platform.Data;
using UnionHome.Platform.Organization;

namespace UnionHome.Cases.Data;

/// <summary>The cases tables, in the "cases" schema (prefix on SQLite).</summary>
internal sealed class CasesModel : IModelContributor
{
    public const string Module = "cases";

    public void Configure(ModelBuilder modelBuilder, DatabaseProvider provider)
    {
        modelBuilder.Entity<HelpCase>(e =>
        {
            e.ToModuleTable(Module, "cases", provider);
            e.HasKey(x => x.Id);
            e.Property(x => x.Number).HasMaxLength(16);
            e.Property(x => x.RequesterUserId).HasMaxLength(64);
            e.Property(x => x.OnBehalfOfName).HasMaxLength(64);
            e.Property(x => x.OnBehalfOfRelationship).HasMaxLength(32);
            e.Property(x => x.Category).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Urgency).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(24);
            e.Property(x => x.DescriptionCipher).HasMaxLength(12000);
            e.Property(x => x.ShipName).HasMaxLength(64);
            e.Property(x => x.Voyage).HasMaxLength(64);
            e.Property(x => x.ClientRequestId).HasMaxLength(64);
            e.Property(x => x.RoutingReason).HasMaxLength(256);
            e.Property(x => x.Resolution).HasMaxLength(4000);
            e.Property(x => x.RatingComment).HasMaxLength(500);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => x.Number).IsUnique();

            // A retry of the same submission finds the first case instead of making a second one.
            e.HasIndex(x => new { x.RequesterUserId, x.ClientRequestId }).IsUnique();
            e.HasIndex(x => new { x.OrgUnitId, x.Status, x.CreatedAt });
            e.HasIndex(x => x.SlaCheckAt);
            e.HasIndex(x => x.AssignedPoolMemberId);
            e.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<PoolMember>().WithMany().HasForeignKey(x => x.AssignedPoolMemberId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<CaseImage>(e =>
        {
            e.ToModuleTable(Module, "case_images", provider);
            e.HasKey(x => x.Id);
            e.Property(x => x.ContentType).HasMaxLength(32);
            e.HasIndex(x => x.CaseId);
            e.HasOne<HelpCase>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<CaseEntry>(e =>
        {
            e.ToModuleTable(Module, "case_entries", provider);
            e.HasKey(x => x.Id);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(24);
            e.Property(x => x.ActorUserId).HasMaxLength(64);
            e.Property(x => x.ActorName).HasMaxLength(64);
            e.Property(x => x.BodyCipher).HasMaxLength(12000);
            e.HasIndex(x => new { x.CaseId, x.At });
            e.HasOne<HelpCase>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<CaseNumberCounter>(e =>
        {
            e.ToModuleTable(Module, "case_number_counters", provider);
            e.HasKey(x => x.Year);
            e.Property(x => x.Year).ValueGeneratedNever();
        });

        modelBuilder.Entity<SlaPolicy>(e =>
        {
            e.ToModuleTable(Module, "sla_policies", provider);
            e.HasKey(x => x.Id);
            e.Property(x => x.Category).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Urgency).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Clock).HasConversion<string>().HasMaxLength(16);
            e.HasIndex(x => new { x.OrgUnitId, x.Category, x.Urgency });
            e.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<CaseRoute>(e =>
        {
            e.ToModuleTable(Module, "case_routes", provider);
            e.HasKey(x => x.Id);
            e.Property(x => x.Category).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.WorkerType).HasMaxLength(16);
            e.Property(x => x.DeskName).HasMaxLength(64);
            e.HasIndex(x => new { x.OrgUnitId, x.Category });
            e.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.TargetOrgUnitId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<DutyRoster>(e =>
        {
            e.ToModuleTable(Module, "duty_rosters", provider);
            e.HasKey(x => x.Id);
            e.Property(x => x.DutyPhoneCipher).HasMaxLength(256);
            e.HasIndex(x => x.OrgUnitId).IsUnique();
            e.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<OnDuty>(e =>
        {
            e.ToModuleTable(Module, "on_duty", provider);
            e.HasKey(x => x.Id);
            e.Property(x => x.UserId).HasMaxLength(64);
            e.HasIndex(x => new { x.OrgUnitId, x.UserId }).IsUnique();
            e.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<ExpertPool>(e =>
        {
            e.ToModuleTable(Module, "expert_pools", provider);
            e.HasKey(x => x.Id);
            e.Property(x => x.Name).HasMaxLength(128);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
            e.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<PoolMember>(e =>
        {
            e.ToModuleTable(Module, "pool_members", provider);
            e.HasKey(x => x.Id);
            e.Property(x => x.UserId).HasMaxLength(64);
            e.Property(x => x.Name).HasMaxLength(64);
            e.Property(x => x.Specialties).HasMaxLength(256);
            e.Property(x => x.Availability).HasMaxLength(256);
            e.HasIndex(x => new { x.PoolId, x.UserId }).IsUnique();
            e.HasIndex(x => x.UserId);
            e.HasOne<ExpertPool>().WithMany().HasForeignKey(x => x.PoolId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<HotlineCall>(e =>
        {
            e.ToModuleTable(Module, "hotline_calls", provider);
            e.HasKey(x => x.Id);
            e.Property(x => x.Direction).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.CallerDescription).HasMaxLength(128);
            e.Property(x => x.Category).HasMaxLength(32);
            e.Property(x => x.Outcome).HasMaxLength(500);
            e.Property(x => x.RecordedBy).HasMaxLength(64);
            e.HasIndex(x => new { x.OrgUnitId, x.StartedAt });
            e.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        });
    }
}
