using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UnionHome.Platform.Data;

namespace UnionHome.Cases.Data;

internal sealed class CaseNumberCounterConfiguration : EntityConfiguration<CaseNumberCounter>
{
    protected override void Configure(EntityTypeBuilder<CaseNumberCounter> e, DatabaseProvider provider)
    {
        e.ToModuleTable(CasesModel.Module, "case_number_counters", provider);
        e.HasKey(x => x.Year);
        e.Property(x => x.Year).ValueGeneratedNever();
    }
}
