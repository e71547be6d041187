using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using UnionHome.Platform.Audit;
using UnionHome.Platform.Data;

namespace UnionHome.Platform.PersonalData;

/// <summary>Who looked at or changed this person's data, from the audit log.</summary>
public sealed record ExportedAccess(DateTime At, string Actor, string Action, string? Details);

/// <summary>
/// Everything the platform holds about a person (PIPL art. 45): every module's sections in registration order, then
/// the access log over all of them. Section names are the JSON's field names.
/// </summary>
internal sealed class PersonalDataExport(AppDbContext db, IEnumerable<IPersonalDataContributor> contributors, AuditLog audit)
{
    public const string AccessLogSection = "accessLog";

    private const string AccessLogSheet = "查阅记录";

    public async Task<IReadOnlyList<PersonalDataSection>> ExportAsync(string userId, CancellationToken cancellationToken)
    {
        var sections = new List<PersonalDataSection>();
        var targets = new List<string>();
        Guid? unionId = null;
        foreach (var contributor in contributors)
        {
            var part = await contributor.ExportAsync(userId, cancellationToken);
            sections.AddRange(part.Sections);
            targets.AddRange(part.AuditTargets);
            unionId ??= part.UnionId;
        }

        // Two sections of one name would silently overwrite each other in the JSON or the workbook.
        var duplicate = sections.Select(s => s.Name).Append(AccessLogSection).Concat(sections.Select(s => s.Sheet).Append(AccessLogSheet))
            .GroupBy(n => n, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Two personal-data sections are named '{duplicate.Key}'.");
        }

        var distinctTargets = targets.Distinct(StringComparer.Ordinal).ToList();
        var access = await db.AuditEntries.AsNoTracking().Where(e => distinctTargets.Contains(e.Target)).OrderBy(e => e.Sequence)
            .Select(e => new ExportedAccess(e.At, e.ActorName, e.Action, e.Details)).ToListAsync(cancellationToken);
        sections.Add(PersonalDataSection.Many(AccessLogSection, AccessLogSheet, access, a => new Dictionary<string, object?> { ["时间"] = a.At, ["操作人"] = a.Actor, ["操作"] = a.Action, ["详情"] = a.Details }));

        // Handing a person their own ID number or health record is still a reveal: it is logged like any other.
        audit.Record(AuditActions.SensitiveFieldRevealed, $"user:{userId}", "personal-data-export", unionId);
        await db.SaveChangesAsync(cancellationToken);
        return sections;
    }

    /// <summary>The JSON document: one field per section, in order.</summary>
    public static IReadOnlyDictionary<string, object?> ToDocument(IReadOnlyList<PersonalDataSection> sections)
    {
        var document = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var section in sections)
        {
            document[section.Name] = section.Content;
        }

        return document;
    }

    /// <summary>The workbook: one sheet per section, in order.</summary>
    public static byte[] ToWorkbook(IReadOnlyList<PersonalDataSection> sections)
    {
        var sheets = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var section in sections)
        {
            // MiniExcel writes a row's columns from a Dictionary<string, object>; any other type it reads as properties.
            sheets[section.Sheet] = section.Rows.Select(Api.SpreadsheetCells.EscapeRow).ToList();
        }

        using var stream = new MemoryStream();
        stream.SaveAs(sheets);
        return stream.ToArray();
    }
}
