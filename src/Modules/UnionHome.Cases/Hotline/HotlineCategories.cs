namespace UnionHome.Cases.Hotline;

/// <summary>What a counsellor ticks for a call: the categories hotline reports are broken down by.</summary>
internal static class HotlineCategories
{
    public static readonly IReadOnlyList<(string Code, string Label)> All =
    [
        ("epidemic", "疫情相关"),
        ("emotional", "情绪压力"),
        ("family", "家庭婚恋"),
        ("work", "工作职场"),
        ("legal", "法律权益"),
        ("health", "身心健康"),
        ("crisis", "危机干预"),
        ("other", "其他"),
    ];

    public static bool IsKnown(string? code) => All.Any(c => c.Code == code);

    public static string Label(string code) => All.FirstOrDefault(c => c.Code == code).Label ?? code;
}
