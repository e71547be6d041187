using Microsoft.EntityFrameworkCore;
using UnionHome.Membership.Cards;
using UnionHome.Membership.Contracts;
using UnionHome.Membership.Data;
using UnionHome.Membership.Joining;
using UnionHome.Platform.Data;
using UnionHome.Platform.Errors;

namespace UnionHome.Membership.MyMembership;

internal sealed record UnionRef(Guid Id, string Name);

internal sealed record MyApplication(Guid Id, string Status, RoutedTo RoutedTo, DateTime SubmittedAt, string? RejectionReason);

internal sealed record MyMembershipResponse(string Status, string? MemberNumber, string? Name, UnionRef? Union, DateTime? JoinedAt, MyApplication? Application);

internal sealed record MyCard(string MemberNumber, string Name, string Union, string Status, string Token, DateTimeOffset ExpiresAt);

/// <summary>What a person sees of their own membership, and their e-card.</summary>
internal sealed class MyMembershipQueries(AppDbContext db, CardTokens cards) : IMembershipDirectory
{
    private static readonly Error NotAMember = Error.NotFound("not_a_member", "您还不是工会会员，入会申请通过后即可领取电子会员卡");

    public async Task<MyMembershipResponse> GetAsync(string userId, CancellationToken cancellationToken)
    {
        var member = await db.Set<Member>().AsNoTracking()
            .Where(m => m.UserId == userId && m.Status != MemberStatus.Erased)
            .Select(m => new { m.MemberNumber, m.Name, m.OrgUnitId, m.JoinedAt, m.Status, Union = db.OrgUnits.Where(u => u.Id == m.OrgUnitId).Select(u => u.Name).FirstOrDefault() })
            .FirstOrDefaultAsync(cancellationToken);
        var application = await db.Set<MembershipApplication>().AsNoTracking()
            .Where(a => a.ApplicantUserId == userId)
            .OrderByDescending(a => a.SubmittedAt)
            .Select(a => new { a.Id, a.Status, a.OrgUnitId, a.RoutingReason, a.SubmittedAt, a.RejectionReason, Union = db.OrgUnits.Where(u => u.Id == a.OrgUnitId).Select(u => u.Name).FirstOrDefault() })
            .FirstOrDefaultAsync(cancellationToken);

        var mine = application is null
            ? null
            : new MyApplication(application.Id, application.Status.ToString().ToLowerInvariant(), new RoutedTo(application.OrgUnitId!.Value, application.Union ?? "", application.RoutingReason), application.SubmittedAt, application.RejectionReason);
        if (member is not null)
        {
            return new MyMembershipResponse(member.Status == MemberStatus.Active ? "member" : member.Status.ToString().ToLowerInvariant(), member.MemberNumber, member.Name, new UnionRef(member.OrgUnitId!.Value, member.Union ?? ""), member.JoinedAt, mine);
        }

        return new MyMembershipResponse(mine?.Status ?? "none", null, null, null, null, mine);
    }

    public async Task<Result<MyCard>> CardAsync(string userId, CancellationToken cancellationToken)
    {
        var member = await db.Set<Member>().AsNoTracking()
            .Where(m => m.UserId == userId && m.Status == MemberStatus.Active)
            .Select(m => new { m.MemberNumber, m.Name, Union = db.OrgUnits.Where(u => u.Id == m.OrgUnitId).Select(u => u.Name).FirstOrDefault() })
            .FirstOrDefaultAsync(cancellationToken);
        if (member is null)
        {
            return NotAMember;
        }

        var (token, expiresAt) = cards.Issue(member.MemberNumber, member.Name, member.Union ?? "");
        return new MyCard(member.MemberNumber, member.Name, member.Union ?? "", "active", token, expiresAt);
    }

    async Task<MembershipSummary> IMembershipDirectory.SummaryOfAsync(string userId, CancellationToken cancellationToken)
    {
        var mine = await GetAsync(userId, cancellationToken);
        return new MembershipSummary(mine.Status, mine.MemberNumber, mine.Union?.Name, mine.Application?.RoutedTo.Name);
    }

    Task<MemberProfile?> IMembershipDirectory.ActiveMemberAsync(string userId, CancellationToken cancellationToken) =>
        Profiles(db.Set<Member>().Where(m => m.UserId == userId)).FirstOrDefaultAsync(cancellationToken);

    async Task<IReadOnlyList<MemberProfile>> IMembershipDirectory.ActiveMembersOfAsync(Guid unionId, int take, CancellationToken cancellationToken) =>
        await Profiles(db.Set<Member>().Where(m => m.OrgUnitId == unionId).OrderBy(m => m.MemberNumber)).Take(take).ToListAsync(cancellationToken);

    async Task<MemberProfile?> IMembershipDirectory.MemberByCardAsync(string? cardToken, CancellationToken cancellationToken) =>
        cards.Read(cardToken) is { } claims
            ? await Profiles(db.Set<Member>().Where(m => m.MemberNumber == claims.MemberNumber)).FirstOrDefaultAsync(cancellationToken)
            : null;

    Task<MemberProfile?> IMembershipDirectory.MemberByNumberAsync(string memberNumber, CancellationToken cancellationToken) =>
        Profiles(db.Set<Member>().Where(m => m.MemberNumber == memberNumber)).FirstOrDefaultAsync(cancellationToken);

    async Task<IReadOnlyList<Guid>> IMembershipDirectory.MemberIdsOfAsync(string userId, CancellationToken cancellationToken) =>
        await db.Set<Member>().AsNoTracking().Where(m => m.UserId == userId).Select(m => m.Id).ToListAsync(cancellationToken);

    async Task<IReadOnlyDictionary<Guid, string>> IMembershipDirectory.MaskedNamesAsync(IReadOnlyCollection<Guid> memberIds, CancellationToken cancellationToken)
    {
        var ids = memberIds.Distinct().ToList();
        var names = await db.Set<Member>().AsNoTracking().Where(m => ids.Contains(m.Id)).Select(m => new { m.Id, m.Name }).ToListAsync(cancellationToken);
        return names.ToDictionary(m => m.Id, m => CardTokens.MaskName(m.Name));
    }

    private static IQueryable<MemberProfile> Profiles(IQueryable<Member> members) =>
        members.AsNoTracking()
            .Where(m => m.Status == MemberStatus.Active && m.UserId != null && m.OrgUnitId != null)
            .Select(m => new MemberProfile(m.Id, m.UserId!, m.MemberNumber, m.Name, m.OrgUnitId!.Value, m.WorkerType.ToString().ToLower(), m.EnterpriseId));
}
