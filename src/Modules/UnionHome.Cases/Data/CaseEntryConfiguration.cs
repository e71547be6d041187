using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UnionHome.Platform.Data;

namespace UnionHome.Cases.Data;

internal sealed class CaseEntryConfiguration : EntityConfiguration<CaseEntry>
{
    protected override void Configure(EntityTypeBuilder<CaseEntry> e, DatabaseProvider provider)
    {
        e.ToModuleTable(CasesModel.Module, "case_entries", provider);
        e.HasKey(x => x.Id);
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(24);
        e.Property(x => x.ActorUserId).HasMaxLength(64);
        e.Property(x => x.ActorName).HasMaxLength(64);
        e.Property(x => x.BodyCipher).HasMaxLength(12000);
        e.HasIndex(x => new { x.CaseId, x.At });
        e.HasOne<HelpCase>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}
