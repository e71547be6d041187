namespace UnionHome.Cases.Filing;

/// <param name="Datum">wgs84 (what a phone's GPS gives, the default) or gcj02 (what Chinese map SDKs give).</param>
public sealed record CaseLocation(double? Lat, double? Lng, string? Datum);

public sealed record OnBehalfOf(string? Name, string? Relationship);

/// <param name="Data">The image, base64.</param>
public sealed record CaseImageUpload(string? Data);

/// <param name="Category">medical, psychological, legal, wage, injury, hardship or other.</param>
/// <param name="Urgency">normal, urgent or emergency.</param>
public sealed record NewCaseRequest(
    string? Category,
    string? Urgency,
    string? Description,
    string? ClientRequestId,
    OnBehalfOf? OnBehalfOf,
    CaseLocation? Location,
    string? ShipName,
    string? Voyage,
    IReadOnlyList<CaseImageUpload>? Images);

public sealed record CaseRoutedTo(Guid OrgUnitId, string Name, string Reason);

public sealed record CaseFiled(Guid Id, string Number, string Status, CaseRoutedTo RoutedTo, DateTime FirstResponseDueAt);
