namespace UnionHome.Events.Catalogue;

/// <param name="Kind">activity, course, training, lecture or trip.</param>
/// <param name="Mode">firstCome (default) or lottery.</param>
/// <param name="AudienceOrgUnitId">Whose members may take part (a subtree); the organiser's when not given.</param>
/// <param name="AudienceWorkerTypes">employee, gig, seafarer, migrant, other; empty for every worker.</param>
/// <param name="Quotas">Places of each session set aside per union (trips); the rest are open at <paramref name="QuotaReleaseAt"/>.</param>
internal sealed record NewEventRequest(
    string? Kind,
    string? Title,
    string? Description,
    Guid? OrganizerOrgUnitId,
    Guid? AudienceOrgUnitId,
    IReadOnlyList<string>? AudienceWorkerTypes,
    string? Mode,
    DateTimeOffset? RegistrationOpensAt,
    DateTimeOffset? RegistrationClosesAt,
    DateTimeOffset? CancellationDeadline,
    int? LimitPerMemberPerYear,
    bool? Waitlist,
    int? OfferHours,
    DateTimeOffset? QuotaReleaseAt,
    Guid? RecuperationBaseId,
    IReadOnlyList<NewSessionRequest>? Sessions,
    IReadOnlyList<NewQuotaRequest>? Quotas);

internal sealed record NewSessionRequest(DateTimeOffset? StartsAt, DateTimeOffset? EndsAt, string? Place, string? OnlineUrl, int? Capacity);

internal sealed record NewQuotaRequest(Guid? OrgUnitId, int? Places);

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

internal sealed record EventPage(IReadOnlyList<EventSummary> Items, int Total, int Page, int PageSize);
