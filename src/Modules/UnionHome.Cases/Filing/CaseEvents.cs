using UnionHome.Platform.Outbox;

namespace UnionHome.Cases.Filing;

/// <summary>A case came into a union's queue (filed or escalated there): on-duty staff are alerted.</summary>
internal sealed record CaseOpened(Guid CaseId, Guid OrgUnitId, string Category, string Urgency, bool Escalated) : IIntegrationEvent;
