namespace UnionHome.Cases.Queue;

internal sealed record CaseUnit(Guid OrgUnitId, string Name);

/// <param name="Gcj02">The same point on Chinese maps (GCJ-02), for display; the stored one is WGS-84.</param>
internal sealed record CaseLocationView(double Lat, double Lng, string Datum, GeoPoint Gcj02);

internal sealed record GeoPoint(double Lat, double Lng);

internal sealed record CaseEntryView(Guid Id, string Kind, DateTime At, string ActorName, string? Text, bool Internal, Guid? ToOrgUnitId);

/// <param name="Status">open, inProgress, waitingForMember or resolved.</param>
internal sealed record CaseView(
    Guid Id,
    string Number,
    string Category,
    string Urgency,
    string Status,
    string Description,
    string? OnBehalfOfName,
    string? OnBehalfOfRelationship,
    CaseLocationView? Location,
    string? ShipName,
    string? Voyage,
    CaseUnit RoutedTo,
    string RoutingReason,
    string? AssignedTo,
    int EscalationLevel,
    int Images,
    DateTime CreatedAt,
    DateTime FirstResponseDueAt,
    DateTime? FirstRespondedAt,
    DateTime ResolutionDueAt,
    DateTime? ResolvedAt,
    string? Resolution,
    int? Rating,
    string? RatingComment,
    IReadOnlyList<CaseEntryView> Timeline);

internal sealed record CaseSummary(
    Guid Id, string Number, string Category, string Urgency, string Status, string Unit, DateTime CreatedAt, DateTime FirstResponseDueAt, DateTime? FirstRespondedAt, bool Breached, int EscalationLevel, string? AssignedTo);

internal sealed record CasePage(IReadOnlyList<CaseSummary> Items, int Total, int Page, int PageSize, IReadOnlyDictionary<string, int> CountsByStatus);
