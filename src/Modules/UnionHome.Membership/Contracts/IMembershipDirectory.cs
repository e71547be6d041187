namespace UnionHome.Membership.Contracts;

/// <param name="Status">none, pending, rejected, member or suspended.</param>
public sealed record MembershipSummary(string Status, string? MemberNumber, string? UnionName, string? ApplicationUnionName);

/// <summary>What other modules and the host may ask about a person's membership.</summary>
public interface IMembershipDirectory
{
    Task<MembershipSummary> SummaryOfAsync(string userId, CancellationToken cancellationToken);
}
