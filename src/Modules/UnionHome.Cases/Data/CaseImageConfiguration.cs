using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UnionHome.Platform.Data;

namespace UnionHome.Cases.Data;

internal sealed class CaseImageConfiguration : EntityConfiguration<CaseImage>
{
    protected override void Configure(EntityTypeBuilder<CaseImage> e, DatabaseProvider provider)
    {
        e.ToModuleTable(CasesModel.Module, "case_images", provider);
        e.HasKey(x => x.Id);
        e.Property(x => x.ContentType).HasMaxLength(32);
        e.HasIndex(x => x.CaseId);
        e.HasOne<HelpCase>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}
