using UnionHome.Platform.Outbox;

namespace UnionHome.Membership.Contracts;

/// <summary>An application to join was submitted and routed to a union.</summary>
public sealed record MembershipApplicationSubmitted(Guid ApplicationId, Guid OrgUnitId, DateTime SubmittedAt) : IIntegrationEvent;

/// <summary>A union approved or rejected an application to join.</summary>
public sealed record MembershipApplicationDecided(Guid ApplicationId, bool Approved, string? MemberNumber, string UnionName, string? Reason) : IIntegrationEvent;
