using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UnionHome.Platform.Data;
using UnionHome.Platform.Organization;

namespace UnionHome.Cases.Data;

internal sealed class DutyRosterConfiguration : EntityConfiguration<DutyRoster>
{
    protected override void Configure(EntityTypeBuilder<DutyRoster> e, DatabaseProvider provider)
    {
        e.ToModuleTable(CasesModel.Module, "duty_rosters", provider);
        e.HasKey(x => x.Id);
        e.Property(x => x.DutyPhoneCipher).HasMaxLength(256);
        e.HasIndex(x => x.OrgUnitId).IsUnique();
        e.HasOne<OrgUnit>().WithMany().HasForeignKey(x => x.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DutyPhoneTextCountConfiguration : EntityConfiguration<DutyPhoneTextCount>
{
    protected override void Configure(EntityTypeBuilder<DutyPhoneTextCount> e, DatabaseProvider provider)
    {
        e.ToModuleTable(CasesModel.Module, "duty_phone_text_counts", provider);
        e.HasKey(x => new { x.OrgUnitId, x.HourStart });
    }
}
