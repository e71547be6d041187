using UnionHome.Cases.Stats;

namespace UnionHome.Cases.Hotline;

internal sealed record CategoryShare(string Category, string Label, int Calls, decimal Percent);

/// <summary>Calls per category as a report prints them: counts and percentages of the total, one decimal.</summary>
internal static class HotlineShares
{
    /// <summary>Every known category in the fixed order, then any others, each as a share of all calls.</summary>
    public static IReadOnlyList<CategoryShare> Of(IReadOnlyDictionary<string, int> callsByCategory)
    {
        var total = callsByCategory.Values.Sum();
        var known = HotlineCategories.All.Select(c => c.Code).ToList();
        return known.Concat(callsByCategory.Keys.Except(known).Order(StringComparer.Ordinal))
            .Select(code => (code, calls: callsByCategory.GetValueOrDefault(code)))
            .Select(c => new CategoryShare(c.code, HotlineCategories.Label(c.code), c.calls, ReportPeriod.Percent(c.calls, total) ?? 0m))
            .ToList();
    }
}
