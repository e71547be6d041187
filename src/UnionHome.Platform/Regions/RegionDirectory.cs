using System.Text.Json;

namespace UnionHome.Platform.Regions;

/// <summary>
/// China's administrative divisions down to county level, loaded once from the embedded regions.json
/// (generated from the china-area-data package by tools/regions; see THIRD-PARTY-NOTICES.md).
/// </summary>
public sealed class RegionDirectory
{
    /// <summary>The pseudo-code whose children are the provinces.</summary>
    public const string China = "86";

    private readonly Dictionary<string, Region> byCode;
    private readonly Dictionary<string, List<Region>> children;

    public RegionDirectory(IEnumerable<Region> regions)
    {
        byCode = regions.ToDictionary(r => r.Code, StringComparer.Ordinal);
        children = byCode.Values
            .GroupBy(r => r.ParentCode ?? China, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(r => r.Code, StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
    }

    public int Count => byCode.Count;

    public static RegionDirectory LoadEmbedded()
    {
        using var stream = typeof(RegionDirectory).Assembly.GetManifestResourceStream("UnionHome.Platform.Regions.regions.json")
            ?? throw new InvalidOperationException("regions.json is not embedded in UnionHome.Platform.");
        var rows = JsonSerializer.Deserialize<List<Row>>(stream, new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidOperationException("regions.json is empty.");
        return new RegionDirectory(rows.Select(r => new Region(r.Code, r.Name, r.Parent, Region.LevelOf(r.Code))));
    }

    public Region? Find(string code) => byCode.GetValueOrDefault(code);

    public IReadOnlyList<Region> ChildrenOf(string code) =>
        children.TryGetValue(string.IsNullOrEmpty(code) ? China : code, out var list) ? list : [];

    /// <summary>From the province down to the parent of the given region.</summary>
    public IReadOnlyList<Region> AncestorsOf(string code)
    {
        var chain = new List<Region>();
        for (var current = Find(code)?.ParentCode; current is not null; current = Find(current)?.ParentCode)
        {
            if (Find(current) is { } region)
            {
                chain.Add(region);
            }
        }

        chain.Reverse();
        return chain;
    }

    /// <summary>True when the region is the ancestor itself or lies anywhere below it.</summary>
    public bool Covers(string ancestorCode, string code) =>
        code == ancestorCode || AncestorsOf(code).Any(r => r.Code == ancestorCode);

    /// <summary>
    /// What a person means by "520113", "贵阳市白云区" or "白云区": the exact code, else every city or county whose
    /// name ends the text and whose province and city names contain what comes before it.
    /// </summary>
    public IReadOnlyList<Region> Resolve(string? text)
    {
        text = string.Concat((text ?? "").Where(c => !char.IsWhiteSpace(c)));
        if (text.Length == 0)
        {
            return [];
        }

        if (byCode.TryGetValue(text, out var exact))
        {
            return [exact];
        }

        return byCode.Values
            .Where(r => r.Level != RegionLevel.Province && text.EndsWith(r.Name, StringComparison.Ordinal))
            .Where(r =>
            {
                var before = text[..^r.Name.Length];
                var above = AncestorsOf(r.Code).Select(a => a.Name).ToList();
                return before.Length == 0 || string.Concat(above).Contains(before, StringComparison.Ordinal) || above.Any(a => a.StartsWith(before, StringComparison.Ordinal));
            })
            .OrderBy(r => r.Code, StringComparer.Ordinal)
            .ToList();
    }

    private sealed record Row(string Code, string Name, string? Parent);
}
