using Microsoft.EntityFrameworkCore;
using UnionHome.Platform.Data;

namespace UnionHome.Cases.Live;

/// <summary>What the next emergency text to a unit's duty phone may be in the current hour.</summary>
internal enum DutyPhoneText
{
    Case,
    Summary,
    None,
}

/// <summary>
/// Counts a unit's duty-phone texts per clock hour in the database, so that every node shares one count: a flood of
/// cases cannot turn the phone into a pager that rings all night, and the officer still learns that more are waiting.
/// </summary>
internal static class DutyPhoneTexts
{
    public static async Task<DutyPhoneText> TakeAsync(AppDbContext db, Guid orgUnitId, DateTime utcNow, int perHour, CancellationToken cancellationToken)
    {
        var hour = new DateTime(utcNow.Ticks - (utcNow.Ticks % TimeSpan.TicksPerHour), DateTimeKind.Utc);
        var table = TableNaming.QualifiedName(Data.CasesModel.Module, "duty_phone_text_counts", db.Provider);
        await using var transaction = await db.BeginWriteAsync(cancellationToken);
#pragma warning disable EF1002 // the table name is ours; the values are parameters
        await db.Database.ExecuteSqlRawAsync(
            $"DELETE FROM {table} WHERE \"OrgUnitId\" = {{0}} AND \"HourStart\" < {{1}}", [orgUnitId, hour.AddDays(-1)], cancellationToken);
        await db.Database.ExecuteSqlRawAsync(
            $"INSERT INTO {table} (\"OrgUnitId\", \"HourStart\", \"Texts\") VALUES ({{0}}, {{1}}, 0) ON CONFLICT DO NOTHING", [orgUnitId, hour], cancellationToken);

        // The increment and its result in one statement: two nodes texting at once each get a count of their own.
        var taken = await db.Database.SqlQueryRaw<int>(
                $"UPDATE {table} SET \"Texts\" = \"Texts\" + 1 WHERE \"OrgUnitId\" = {{0}} AND \"HourStart\" = {{1}} AND \"Texts\" <= {{2}} RETURNING \"Texts\" AS \"Value\"",
                orgUnitId, hour, perHour)
            .ToListAsync(cancellationToken);
#pragma warning restore EF1002
        await transaction.CommitAsync(cancellationToken);
        return taken is [var count] ? (count <= perHour ? DutyPhoneText.Case : DutyPhoneText.Summary) : DutyPhoneText.None;
    }
}
