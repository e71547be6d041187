using UnionHome.Platform.Outbox;

namespace UnionHome.Platform.Identity;

/// <summary>A phone signed in for the first time and became a registered user (注册用户).</summary>
public sealed record UserRegistered(string UserId, DateTime RegisteredAt) : IIntegrationEvent;
