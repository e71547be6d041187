using Microsoft.EntityFrameworkCore;
using UnionHome.Cases.Data;
using UnionHome.Platform.Data;

namespace UnionHome.Cases.Filing;

/// <summary>Case numbers read as year and sequence, 2026-000123, short enough to read out on the phone.</summary>
internal static class CaseNumbers
{
    public static async Task<string> TakeNextAsync(AppDbContext db, DateTime utcNow, CancellationToken cancellationToken)
    {
        var year = utcNow.AddHours(8).Year;
        var table = TableNaming.QualifiedName(CasesModel.Module, "case_number_counters", db.Provider);
#pragma warning disable EF1002 // the table name is ours; the value is a parameter
        await db.Database.ExecuteSqlRawAsync($"INSERT INTO {table} (\"Year\", \"Next\") VALUES ({{0}}, 1) ON CONFLICT DO NOTHING", [year], cancellationToken);
#pragma warning restore EF1002
        await db.Set<CaseNumberCounter>().Where(c => c.Year == year).ExecuteUpdateAsync(s => s.SetProperty(c => c.Next, c => c.Next + 1), cancellationToken);
        var next = await db.Set<CaseNumberCounter>().AsNoTracking().Where(c => c.Year == year).Select(c => c.Next).SingleAsync(cancellationToken);
        return $"{year}-{next - 1:D6}";
    }
}
