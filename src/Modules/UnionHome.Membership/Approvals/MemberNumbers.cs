using Microsoft.EntityFrameworkCore;
using UnionHome.Membership.Data;
using UnionHome.Platform.Data;

namespace UnionHome.Membership.Approvals;

/// <summary>
/// Member numbers read as region, year and sequence: 520113 2026 000042. Each is taken by an atomic increment,
/// so two approvals at once never share one. Must run inside the approving transaction.
/// </summary>
internal static class MemberNumbers
{
    public static async Task<string> TakeNextAsync(AppDbContext db, string regionCode, DateTime utcNow, CancellationToken cancellationToken) =>
        (await TakeAsync(db, regionCode, utcNow, 1, cancellationToken))[0];

    /// <summary>A run of consecutive numbers in one increment, for a roster batch that joins at once.</summary>
    public static async Task<IReadOnlyList<string>> TakeAsync(AppDbContext db, string regionCode, DateTime utcNow, int count, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        // The year is China's: a member approved at 00:30 on 1 January Beijing time belongs to the new year.
        var prefix = $"{regionCode}{utcNow.AddHours(8).Year}";
        var table = TableNaming.QualifiedName(MembershipModel.Module, "member_number_counters", db.Provider);
#pragma warning disable EF1002 // the table name is ours; the value is a parameter
        await db.Database.ExecuteSqlRawAsync(
            $"INSERT INTO {table} (\"Prefix\", \"Next\") VALUES ({{0}}, 1) ON CONFLICT DO NOTHING", [prefix], cancellationToken);
#pragma warning restore EF1002
        await db.Set<MemberNumberCounter>().Where(c => c.Prefix == prefix)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Next, c => c.Next + count), cancellationToken);
        var next = await db.Set<MemberNumberCounter>().AsNoTracking().Where(c => c.Prefix == prefix).Select(c => c.Next).SingleAsync(cancellationToken);
        return [.. Enumerable.Range(next - count, count).Select(n => $"{prefix}{n:D6}")];
    }
}
