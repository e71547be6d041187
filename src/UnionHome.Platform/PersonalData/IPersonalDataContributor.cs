namespace UnionHome.Platform.PersonalData;

/// <summary>
/// One module's part in a person's rights over their data under the PIPL: a copy of everything held about them
/// (art. 45) and erasure (art. 47). Every module that keeps anything about a person declares one in its descriptor
/// (<c>module.PersonalData&lt;CasesPersonalData&gt;()</c>). The kernel runs them all, in module-list order, for the
/// export and for an erasure.
/// </summary>
public interface IPersonalDataContributor
{
    /// <summary>
    /// What the module holds about the person with this account, sensitive fields decrypted: the export goes to that
    /// person alone. Reads only; the kernel audits the export once for all modules.
    /// </summary>
    Task<PersonalDataPart> ExportAsync(string userId, CancellationToken cancellationToken);

    /// <summary>
    /// Erases the person's records, or anonymises those that statistics, audit or another person's rights need
    /// (keep the category, the union and the dates; drop text, images, positions, names, numbers). Runs inside the
    /// erasure's one write transaction together with every other module: write with set-based updates and deletes,
    /// or change tracked entities for the erasure's single SaveChanges; never save, commit or send anything yourself,
    /// and throw rather than leave part of it undone (the whole erasure then rolls back). Find the person's records
    /// by keys an erasure keeps (the account id, member ids), never by a field another contributor blanks (a phone,
    /// a name, an ID number's index): the contributors run one after the other.
    /// </summary>
    Task EraseAsync(string userId, CancellationToken cancellationToken);
}

/// <summary>A module's part of a person's export.</summary>
/// <param name="Sections">Named parts of the export, e.g. "cases": each becomes a field of the JSON and a sheet of the workbook.</param>
/// <param name="AuditTargets">
/// The audit log's targets of the person's records in this module (<c>case:{id}</c>): the export lists who looked at or
/// changed them.
/// </param>
/// <param name="UnionId">The union that answers for the person in this module, if any: the export's audit entry is filed under the first one.</param>
public sealed record PersonalDataPart(IReadOnlyList<PersonalDataSection> Sections, IReadOnlyList<string> AuditTargets, Guid? UnionId = null)
{
    public static PersonalDataPart Of(params PersonalDataSection[] sections) => new(sections, []);
}

/// <summary>One named part of the export: a field of the JSON (<paramref name="Name"/>, camelCase) and a sheet of the workbook.</summary>
/// <param name="Content">What the JSON field holds: one record (or null) or a list of records.</param>
/// <param name="Rows">The same as the sheet's rows: Chinese column names to values.</param>
public sealed record PersonalDataSection(string Name, string Sheet, object? Content, IReadOnlyList<IReadOnlyDictionary<string, object?>> Rows)
{
    /// <summary>A section holding a list of records, one row each.</summary>
    public static PersonalDataSection Many<T>(string name, string sheet, IReadOnlyList<T> records, Func<T, IReadOnlyDictionary<string, object?>> row) =>
        new(name, sheet, records, records.Select(row).ToList());

    /// <summary>A section holding a single record, or null when the person has none.</summary>
    public static PersonalDataSection One<T>(string name, string sheet, T? record, Func<T, IReadOnlyDictionary<string, object?>> row)
        where T : class =>
        new(name, sheet, record, record is null ? [] : [row(record)]);
}
