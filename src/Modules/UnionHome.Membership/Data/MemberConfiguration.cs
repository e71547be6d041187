using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UnionHome.Platform.Data;
using UnionHome.Platform.Organization;
using UnionHome.Platform.Identity;

namespace UnionHome.Membership.Data;

internal sealed class MemberConfiguration : EntityConfiguration<Member>
{
    protected override void Configure(EntityTypeBuilder<Member> e, DatabaseProvider provider)
    {
        e.ToModuleTable(MembershipModel.Module, "members", provider);
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
    }
}
