using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UnionHome.Platform.Data;

namespace UnionHome.Membership.Data;

internal sealed class MemberHistoryEntryConfiguration : EntityConfiguration<MemberHistoryEntry>
{
    protected override void Configure(EntityTypeBuilder<MemberHistoryEntry> e, DatabaseProvider provider)
    {
        e.ToModuleTable(MembershipModel.Module, "member_history", provider);
        e.HasKey(x => x.Id);
        e.Property(x => x.Kind).HasMaxLength(32);
        e.Property(x => x.Note).HasMaxLength(256);
        e.HasIndex(x => new { x.MemberId, x.At });
        e.HasOne<Member>().WithMany().HasForeignKey(x => x.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}
