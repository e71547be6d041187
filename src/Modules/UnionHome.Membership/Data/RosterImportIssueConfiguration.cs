using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UnionHome.Platform.Data;

namespace UnionHome.Membership.Data;

internal sealed class RosterImportIssueConfiguration : EntityConfiguration<RosterImportIssue>
{
    protected override void Configure(EntityTypeBuilder<RosterImportIssue> e, DatabaseProvider provider)
    {
        e.ToModuleTable(MembershipModel.Module, "roster_import_issues", provider);
        e.HasKey(x => x.Id);
        e.Property(x => x.Column).HasMaxLength(32);
        e.Property(x => x.Value).HasMaxLength(128);
        e.Property(x => x.Reason).HasMaxLength(256);
        e.HasIndex(x => new { x.ImportId, x.Row });
        e.HasOne<RosterImport>().WithMany().HasForeignKey(x => x.ImportId).OnDelete(DeleteBehavior.Cascade);
    }
}
