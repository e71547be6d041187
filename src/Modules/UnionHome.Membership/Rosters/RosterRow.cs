using UnionHome.Membership.Data;
using UnionHome.Platform.Regions;
using UnionHome.Platform.Validation;

namespace UnionHome.Membership.Rosters;

internal sealed record RosterIssue(int Row, string Column, string Value, string Reason);

internal sealed record RosterPerson(int Row, string Name, ResidentIdNumber IdNumber, MobilePhone Phone, WorkerType WorkerType, string WorkRegionCode);

/// <summary>Which column holds what, found from the header row wherever it sits.</summary>
internal sealed record RosterColumns(int HeaderRow, string Name, string IdNumber, string Phone, string? WorkerType, string? WorkRegion)
{
    private static readonly string[] NameHeaders = ["姓名"];
    private static readonly string[] IdHeaders = ["身份证号", "身份证号码", "公民身份号码", "居民身份证号"];
    private static readonly string[] PhoneHeaders = ["手机号", "手机号码", "联系电话"];
    private static readonly string[] WorkerTypeHeaders = ["职工类型"];
    private static readonly string[] RegionHeaders = ["工作地", "工作地区", "工作地（区县）"];

    /// <summary>Rosters often start with a title or notes: the header is the first row naming both name and ID.</summary>
    public static RosterColumns? Find(int rowNumber, IReadOnlyDictionary<string, object?> cells)
    {
        string? Column(string[] names) => cells.FirstOrDefault(c => names.Contains(Clean(c.Value))).Key;
        var name = Column(NameHeaders);
        var id = Column(IdHeaders);
        var phone = Column(PhoneHeaders);
        return name is null || id is null || phone is null ? null : new RosterColumns(rowNumber, name, id, phone, Column(WorkerTypeHeaders), Column(RegionHeaders));
    }

    public static string Clean(object? value) => value is string s ? string.Concat(s.Where(c => !char.IsWhiteSpace(c))) : value?.ToString() ?? "";
}

/// <summary>Validates one roster row the way real rosters arrive: numbers Excel mangled, full-width digits, stray spaces.</summary>
internal static class RosterRowValidator
{
    private static readonly Dictionary<string, WorkerType> WorkerTypeNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["企业职工"] = WorkerType.Employee, ["职工"] = WorkerType.Employee, ["employee"] = WorkerType.Employee,
        ["新就业形态劳动者"] = WorkerType.Gig, ["骑手"] = WorkerType.Gig, ["快递员"] = WorkerType.Gig, ["gig"] = WorkerType.Gig,
        ["海员"] = WorkerType.Seafarer, ["seafarer"] = WorkerType.Seafarer,
        ["农民工"] = WorkerType.Migrant, ["migrant"] = WorkerType.Migrant,
        ["其他"] = WorkerType.Other, ["other"] = WorkerType.Other,
    };

    public static bool IsBlank(IReadOnlyDictionary<string, object?> cells) => cells.Values.All(v => RosterColumns.Clean(v).Length == 0);

    public static (RosterPerson? Person, List<RosterIssue> Issues) Validate(
        int row, IReadOnlyDictionary<string, object?> cells, RosterColumns columns, string defaultRegion, RegionDirectory regions, TimeProvider clock)
    {
        var issues = new List<RosterIssue>();
        var name = RosterColumns.Clean(cells.GetValueOrDefault(columns.Name));
        if (name.Length is < 2 or > 32)
        {
            issues.Add(new(row, "姓名", name, "姓名应为2至32个字"));
        }

        var rawId = cells.GetValueOrDefault(columns.IdNumber);
        ResidentIdNumber idNumber = default;

        // Excel stores an 18-digit ID typed into a number cell as a double: the last digits are gone, never guess them.
        if (rawId is double or decimal or long or int)
        {
            issues.Add(new(row, "身份证号", Mask(Convert.ToString(rawId, System.Globalization.CultureInfo.InvariantCulture) ?? ""), "身份证号被表格软件存成了数字，后几位已丢失，请把该列设为文本后重新填写"));
        }
        else if (!ResidentIdNumber.TryParse(rawId as string, clock, out idNumber, out var idFailure))
        {
            var shown = rawId as string ?? "";
            issues.Add(new(row, "身份证号", idFailure == ValidationFailure.LooksLikeExcelNumber ? shown : Mask(shown), idFailure == ValidationFailure.LooksLikeExcelNumber
                ? "身份证号被表格软件转成了科学计数法，后几位已丢失，请把该列设为文本后重新填写"
                : ValidationMessages.ResidentId(idFailure)));
        }

        var rawPhone = cells.GetValueOrDefault(columns.Phone);
        var phoneText = rawPhone is double d ? d.ToString("0", System.Globalization.CultureInfo.InvariantCulture) : rawPhone as string;
        if (!MobilePhone.TryParse(phoneText, out var phone, out var phoneFailure))
        {
            issues.Add(new(row, "手机号", Mask(phoneText ?? ""), ValidationMessages.MobilePhone(phoneFailure)));
        }

        var workerType = WorkerType.Employee;
        if (columns.WorkerType is { } typeColumn && RosterColumns.Clean(cells.GetValueOrDefault(typeColumn)) is { Length: > 0 } typeText
            && !WorkerTypeNames.TryGetValue(typeText, out workerType))
        {
            issues.Add(new(row, "职工类型", typeText, "职工类型应为 企业职工、新就业形态劳动者、海员、农民工 或 其他"));
        }

        var region = defaultRegion;
        if (columns.WorkRegion is { } regionColumn && RosterColumns.Clean(cells.GetValueOrDefault(regionColumn)) is { Length: > 0 } regionText)
        {
            var found = regions.Resolve(regionText);
            if (found.Count == 1)
            {
                region = found[0].Code;
            }
            else
            {
                issues.Add(new(row, "工作地", regionText, found.Count == 0 ? "工作地行政区划不存在" : "有多个同名区县，请写明所在城市"));
            }
        }

        return issues.Count == 0 ? (new RosterPerson(row, name, idNumber, phone, workerType, region), issues) : (null, issues);
    }

    // A wrong ID is still personal data: the report shows its ends only.
    private static string Mask(string value) => value.Length <= 7 ? new string('*', value.Length) : $"{value[..3]}{new string('*', value.Length - 7)}{value[^4..]}";
}
