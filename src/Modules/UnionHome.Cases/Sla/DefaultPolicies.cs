using UnionHome.Cases.Data;

namespace UnionHome.Cases.Sla;

/// <summary>How fast a case must be answered and resolved, and on which clock.</summary>
internal sealed record SlaTargets(TimeSpan FirstResponse, TimeSpan Resolution, SlaClock Clock)
{
    public static SlaTargets Of(SlaPolicy policy) =>
        new(TimeSpan.FromMinutes(policy.FirstResponseMinutes), TimeSpan.FromMinutes(policy.ResolutionMinutes), policy.Clock);
}

/// <summary>The platform's targets for every category × urgency, used when neither the union nor the platform has an SlaPolicy row.</summary>
internal static class DefaultPolicies
{
    // Targets are minutes of working time: a "working day" is the default day's 7 hours, whatever hours a union keeps.
    private static readonly TimeSpan WorkingDay = WorkingHours.Default.PerDay;

    public static IReadOnlyDictionary<(CaseCategory Category, CaseUrgency Urgency), SlaTargets> Table { get; } =
        Enum.GetValues<CaseCategory>()
            .SelectMany(category => Enum.GetValues<CaseUrgency>().Select(urgency => (category, urgency)))
            .ToDictionary(key => key, key => TargetsFor(key.category, key.urgency));

    public static SlaTargets For(CaseCategory category, CaseUrgency urgency) => Table[(category, urgency)];

    private static SlaTargets TargetsFor(CaseCategory category, CaseUrgency urgency) => urgency switch
    {
        // A life at stake: the clock never stops. 15 minutes for a medical emergency (the issue) and for a psychological
        // crisis, where the risk is self-harm; 30 for the rest. Within a day the emergency is over or with the right service.
        CaseUrgency.Emergency => new(
            TimeSpan.FromMinutes(category is CaseCategory.Medical or CaseCategory.Psychological ? 15 : 30),
            TimeSpan.FromHours(24),
            SlaClock.AllHours),

        // Urgent but not an emergency: answered within a morning or an afternoon, settled within two working days.
        CaseUrgency.Urgent => new(TimeSpan.FromHours(2), 2 * WorkingDay, SlaClock.Business),

        // Normal: answered within a working day, settled within a working week; within two when an employer, an arbitration
        // commission or the social insurance office has to act (legal disputes, wage arrears, work injuries).
        _ => new(
            WorkingDay,
            (category is CaseCategory.Legal or CaseCategory.Wage or CaseCategory.Injury ? 10 : 5) * WorkingDay,
            SlaClock.Business),
    };
}
