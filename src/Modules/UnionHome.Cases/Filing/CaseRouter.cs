using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using UnionHome.Cases.Data;
using UnionHome.Membership.Contracts;
using UnionHome.Platform.Data;
using UnionHome.Platform.Identity;
using UnionHome.Platform.Organization;

namespace UnionHome.Cases.Filing;

internal sealed record RoutingDecision(OrgUnit Unit, string Reason, Guid? MemberId);

/// <summary>
/// Where a request for help goes: the member's union, or a specialised desk configured above it for the
/// category (medical cases of seafarers → 舟山市海员工会 medical desk). Someone who is not a member (a family
/// member, a worker not yet joined) goes to the union of their account, else to the intake union
/// (Cases:IntakeOrgUnitCode, by default the first federation at the top of the tree).
/// </summary>
internal sealed class CaseRouter(AppDbContext db, IMembershipDirectory members, IConfiguration configuration)
{
    public async Task<RoutingDecision?> RouteAsync(Caller caller, CaseCategory category, CancellationToken cancellationToken)
    {
        var member = await members.ActiveMemberAsync(caller.UserId, cancellationToken);
        OrgUnit? home;
        string why;
        if (member is not null)
        {
            home = await db.OrgUnits.AsNoTracking().SingleOrDefaultAsync(u => u.Id == member.UnionId, cancellationToken);
            why = "求助人所在工会";
        }
        else if (caller.OrgUnitId is { } own)
        {
            home = await db.OrgUnits.AsNoTracking().SingleOrDefaultAsync(u => u.Id == own, cancellationToken);
            why = "求助人账号所属工会";
        }
        else
        {
            var code = configuration["Cases:IntakeOrgUnitCode"];
            home = code is { Length: > 0 }
                ? await db.OrgUnits.AsNoTracking().SingleOrDefaultAsync(u => u.Code == code, cancellationToken)
                : await db.OrgUnits.AsNoTracking().Where(u => u.ParentId == null).OrderBy(u => u.Path).FirstOrDefaultAsync(cancellationToken);
            why = "求助人尚未入会，由受理工会统一接收";
        }

        if (home is null)
        {
            return null;
        }

        var chain = OrgScope.ChainOf(home.Path);
        var desks = await db.Set<CaseRoute>().AsNoTracking()
            .Where(r => r.Category == category && r.OrgUnitId != null && chain.Contains(r.OrgUnitId.Value))
            .ToListAsync(cancellationToken);
        var desk = desks
            .Where(r => r.WorkerType is null || r.WorkerType == member?.WorkerType)
            .OrderByDescending(r => chain.IndexOf(r.OrgUnitId!.Value))
            .ThenByDescending(r => r.WorkerType is not null)
            .FirstOrDefault();
        if (desk is not null && await db.OrgUnits.AsNoTracking().SingleOrDefaultAsync(u => u.Id == desk.TargetOrgUnitId, cancellationToken) is { } target)
        {
            return new RoutingDecision(target, $"转至{target.Name}{desk.DeskName}：{Names.Label(category)}求助由专门窗口受理", member?.MemberId);
        }

        return new RoutingDecision(home, $"转至{home.Name}：{why}", member?.MemberId);
    }
}
