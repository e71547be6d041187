namespace UnionHome.Membership.Contracts;

/// <param name="Status">none, pending, rejected, member or suspended.</param>
public sealed record MembershipSummary(string Status, string? MemberNumber, string? UnionName, string? ApplicationUnionName);

/// <summary>An active member as other modules need them: which union, what kind of worker, which employer.</summary>
/// <param name="WorkerType">employee, gig, seafarer, migrant or other.</param>
public sealed record MemberProfile(Guid MemberId, string UserId, string MemberNumber, string Name, Guid UnionId, string WorkerType, Guid? EnterpriseId);

/// <summary>What other modules and the host may ask about a person's membership.</summary>
public interface IMembershipDirectory
{
    Task<MembershipSummary> SummaryOfAsync(string userId, CancellationToken cancellationToken);

    /// <summary>The active membership of an account; null for anyone who is not an active member.</summary>
    Task<MemberProfile?> ActiveMemberAsync(string userId, CancellationToken cancellationToken);

    /// <summary>Active members of a union who have an account, for demo data and targeted notices.</summary>
    Task<IReadOnlyList<MemberProfile>> ActiveMembersOfAsync(Guid unionId, int take, CancellationToken cancellationToken);

    /// <summary>The active member an e-card QR token belongs to; null for a forged, expired or unknown card.</summary>
    Task<MemberProfile?> MemberByCardAsync(string? cardToken, CancellationToken cancellationToken);

    /// <summary>The active member with this member number; null for an unknown or inactive one.</summary>
    Task<MemberProfile?> MemberByNumberAsync(string memberNumber, CancellationToken cancellationToken);

    /// <summary>
    /// Every member record of an account, whatever its status, erased ones included (an erasure keeps the link): what
    /// other modules hold about the person, such as a logged hotline call, may hang on any of them.
    /// </summary>
    Task<IReadOnlyList<Guid>> MemberIdsOfAsync(string userId, CancellationToken cancellationToken);

    /// <summary>Members' names masked as on the e-card (李*军), for lists staff see at a door or in a report.</summary>
    Task<IReadOnlyDictionary<Guid, string>> MaskedNamesAsync(IReadOnlyCollection<Guid> memberIds, CancellationToken cancellationToken);
}
