namespace UnionHome.Cases.Filing;

/// <param name="Datum">wgs84 (what a phone's GPS gives, the default) or gcj02 (what Chinese map SDKs give).</param>
internal sealed record CaseLocation(double? Lat, double? Lng, string? Datum);

internal sealed record OnBehalfOf(string? Name, string? Relationship);

/// <param name="Data">The image, base64.</param>
internal sealed record CaseImageUpload(string? Data);

/// <param name="Category">medical, psychological, legal, wage, injury, hardship or other.</param>
/// <param name="Urgency">normal, urgent or emergency.</param>
internal sealed record NewCaseRequest(
    string? Category,
    string? Urgency,
    string? Description,
    string? ClientRequestId,
    OnBehalfOf? OnBehalfOf,
    CaseLocation? Location,
    string? ShipName,
    string? Voyage,
    IReadOnlyList<CaseImageUpload>? Images);

internal sealed record CaseRoutedTo(Guid OrgUnitId, string Name, string Reason);

internal sealed record CaseFiled(Guid Id, string Number, string Status, CaseRoutedTo RoutedTo, DateTime FirstResponseDueAt);
