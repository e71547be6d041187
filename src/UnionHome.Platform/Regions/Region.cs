namespace UnionHome.Platform.Regions;

public enum RegionLevel
{
    Province,
    Prefecture,
    County,
}

/// <summary>A GB/T 2260 administrative division, e.g. 330902 定海区 under 330900 舟山市.</summary>
public sealed record Region(string Code, string Name, string? ParentCode, RegionLevel Level)
{
    // GB/T 2260: two digits province, two prefecture, two county; trailing zeros mark the level.
    public static RegionLevel LevelOf(string code) =>
        code.EndsWith("0000", StringComparison.Ordinal) ? RegionLevel.Province
        : code.EndsWith("00", StringComparison.Ordinal) ? RegionLevel.Prefecture
        : RegionLevel.County;
}
