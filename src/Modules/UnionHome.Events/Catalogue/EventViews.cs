namespace UnionHome.Events.Catalogue;

internal sealed record SessionView(Guid Id, DateTime StartsAt, DateTime EndsAt, string Place, string? OnlineUrl, int Capacity, int Taken, int Available);

internal sealed record QuotaView(Guid OrgUnitId, string OrgUnitName, int Places);

internal sealed record RecuperationBaseView(Guid Id, string Name, string Address, int Capacity);

internal sealed record LotteryView(string? SeedHash, string? Seed, DateTime? DrawnAt);

/// <param name="SatisfactionRate">Share of ratings of 4 or 5, as the unions report it (97%).</param>
internal sealed record SatisfactionView(int Ratings, double? Average, double? SatisfactionRate);

internal sealed record EventView(
    Guid Id,
    string Kind,
    string Title,
    string? Description,
    Guid OrganizerOrgUnitId,
    string OrganizerName,
    Guid AudienceOrgUnitId,
    IReadOnlyList<string> AudienceWorkerTypes,
    string Mode,
    string Status,
    DateTime RegistrationOpensAt,
    DateTime RegistrationClosesAt,
    DateTime? CancellationDeadline,
    int? LimitPerMemberPerYear,
    bool Waitlist,
    int OfferHours,
    DateTime? QuotaReleaseAt,
    RecuperationBaseView? RecuperationBase,
    Guid? ReservedForEnterpriseId,
    IReadOnlyList<SessionView> Sessions,
    IReadOnlyList<QuotaView> Quotas,
    LotteryView? Lottery,
    SatisfactionView Satisfaction);

internal sealed record EventSummary(
    Guid Id, string Kind, string Title, string OrganizerName, string Mode, string Status, DateTime RegistrationOpensAt, DateTime RegistrationClosesAt,
    DateTime? FirstSessionStartsAt, int Capacity, int Taken, bool Eligible, SatisfactionView Satisfaction);
