using UnionHome.Cases.Data;

namespace UnionHome.Cases.Sla;

/// <summary>
/// Targets when no union has set its own. Emergencies run around the clock: a medical emergency at sea is
/// answered within 15 minutes (the 海员之家 promise), any other emergency within 30. Urgent and normal cases
/// count working time on China's business calendar.
/// </summary>
internal static class DefaultTargets
{
    public static (TimeSpan FirstResponse, TimeSpan Resolution, SlaClock Clock) For(CaseCategory category, CaseUrgency urgency) => urgency switch
    {
        CaseUrgency.Emergency when category == CaseCategory.Medical => (TimeSpan.FromMinutes(15), TimeSpan.FromHours(24), SlaClock.AllHours),
        CaseUrgency.Emergency => (TimeSpan.FromMinutes(30), TimeSpan.FromHours(48), SlaClock.AllHours),
        CaseUrgency.Urgent => (TimeSpan.FromHours(2), TimeSpan.FromHours(14), SlaClock.Business),
        _ => (TimeSpan.FromHours(7), TimeSpan.FromHours(35), SlaClock.Business),
    };
}
