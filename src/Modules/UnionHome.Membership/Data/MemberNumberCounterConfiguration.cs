using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UnionHome.Platform.Data;

namespace UnionHome.Membership.Data;

internal sealed class MemberNumberCounterConfiguration : EntityConfiguration<MemberNumberCounter>
{
    protected override void Configure(EntityTypeBuilder<MemberNumberCounter> e, DatabaseProvider provider)
    {
        e.ToModuleTable(MembershipModel.Module, "member_number_counters", provider);
        e.HasKey(x => x.Prefix);
        e.Property(x => x.Prefix).HasMaxLength(16);
    }
}
