using UnionHome.Cases.Data;

namespace UnionHome.Cases;

/// <summary>The names the API speaks for the module's enums (camelCase), their Chinese labels, and the way back.</summary>
internal static class Names
{
    public static string Of<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    public static bool TryParse<T>(string? name, out T value)
        where T : struct, Enum =>
        Enum.TryParse(name, ignoreCase: true, out value) && Enum.IsDefined(value) && !int.TryParse(name, out _);

    public static string Label(CaseCategory category) => category switch
    {
        CaseCategory.Medical => "医疗健康",
        CaseCategory.Psychological => "心理",
        CaseCategory.Legal => "法律维权",
        CaseCategory.Wage => "欠薪",
        CaseCategory.Injury => "工伤",
        CaseCategory.Hardship => "困难帮扶",
        _ => "其他",
    };

    /// <summary>Details of these are health data: every reading by staff is audited.</summary>
    public static bool IsSensitive(CaseCategory category) => category is CaseCategory.Medical or CaseCategory.Psychological;
}
