using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UnionHome.Platform.Data;
using UnionHome.Platform.Errors;
using UnionHome.Platform.Identity;

namespace UnionHome.Platform.Organization;

/// <summary>
/// The signed-in caller and the part of the tree their rights cover, resolved once per request (an endpoint takes
/// an <c>Actor actor</c> parameter) or once per console circuit (<see cref="CurrentActor"/>), and handed to handlers.
/// Staff roles cost a look-up of their unit, members one of their membership's union; a member's scope is that union
/// and those above it.
/// </summary>
public sealed class Actor
{
    private static readonly object ItemKey = new();

    private Actor(Caller caller, OrgScope scope, Guid? memberUnionId)
    {
        Caller = caller;
        Scope = scope;
        MemberUnionId = memberUnionId;
    }

    public Caller Caller { get; }

    public OrgScope Scope { get; }

    public string UserId => Caller.UserId;

    /// <summary>The union of the caller's active membership, from the member record; looked up only for callers without staff scope.</summary>
    public Guid? MemberUnionId { get; }

    /// <summary>The union a caller without staff scope belongs to: their membership's, else the unit on their account (a liaison's).</summary>
    public Guid? OwnUnionId => MemberUnionId ?? Caller.OrgUnitId;

    /// <summary>Whether the caller may act on the tree, not only read it (reviewers and auditors may not).</summary>
    public bool CanWrite => Caller.Roles.Overlaps(Roles.TreeWriters);

    /// <summary>
    /// Checked by every handler that writes with the rights the tree gives, whatever the endpoint's policy: null, or
    /// the refusal of a read-only role.
    /// </summary>
    public Error? EnsureCanWrite() => CanWrite ? null : ScopeErrors.ReadOnly;

    /// <summary>The unit lies in the caller's subtree: theirs to manage (or, for a read-only role, to look into).</summary>
    public bool Manages(OrgUnit unit) => Scope.Covers(unit);

    /// <summary>The union with this id if the caller manages it; otherwise the one out-of-scope answer, 404 org_unit_not_found.</summary>
    public async Task<Result<OrgUnit>> ManagedUnitAsync(AppDbContext db, Guid? unitId, CancellationToken cancellationToken)
    {
        if (unitId is not { } id || !Scope.CoversSubtree)
        {
            return ScopeErrors.UnitNotFound;
        }

        var unit = await db.OrgUnits.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, cancellationToken);
        return unit is not null && Manages(unit) ? unit : ScopeErrors.UnitNotFound;
    }

    /// <summary>
    /// An enterprise the caller may see: their own as its liaison, or one whose union lies in their subtree (any, for
    /// an admin of the whole tree). Anyone else is told it does not exist. Rosters, members and session requests
    /// follow this one rule.
    /// </summary>
    public async Task<Result<Enterprise>> EnterpriseAsync(AppDbContext db, Guid enterpriseId, CancellationToken cancellationToken)
    {
        var enterprise = await db.Enterprises.AsNoTracking().SingleOrDefaultAsync(e => e.Id == enterpriseId, cancellationToken);
        if (enterprise is null)
        {
            return ScopeErrors.EnterpriseNotFound;
        }

        if (IsLiaisonOf(enterpriseId) || Scope.IsEverything)
        {
            return enterprise;
        }

        return Scope.CoversSubtree && enterprise.UnionId is { } union && await db.OrgUnits.VisibleTo(this).AnyAsync(u => u.Id == union, cancellationToken)
            ? enterprise
            : ScopeErrors.EnterpriseNotFound;
    }

    /// <summary>
    /// An enterprise the caller may act for (upload its roster, file a request for it): as <see cref="EnterpriseAsync"/>,
    /// except that staff who reach it through the tree must be allowed to write; its own liaison always may.
    /// </summary>
    public async Task<Result<Enterprise>> EnterpriseToActForAsync(AppDbContext db, Guid enterpriseId, CancellationToken cancellationToken)
    {
        var enterprise = await EnterpriseAsync(db, enterpriseId, cancellationToken);
        if (!enterprise.Succeeded || IsLiaisonOf(enterpriseId))
        {
            return enterprise;
        }

        return EnsureCanWrite() is { } refused ? refused : enterprise;
    }

    private bool IsLiaisonOf(Guid enterpriseId) => Caller.IsInRole(Roles.EnterpriseLiaison) && Caller.EnterpriseId == enterpriseId;

    /// <summary>Minimal API binding: the request's Actor, resolved at most once; null for an anonymous caller.</summary>
    public static async ValueTask<Actor?> BindAsync(HttpContext context)
    {
        if (context.Items.TryGetValue(ItemKey, out var known))
        {
            return (Actor?)known;
        }

        var actor = Caller.From(context.User) is { } caller
            ? await ResolveAsync(caller, () => context.RequestServices.GetRequiredService<AppDbContext>(), context.RequestServices.GetService<IMemberUnions>(), context.RequestAborted)
            : null;
        context.Items[ItemKey] = actor;
        return actor;
    }

    /// <summary>
    /// For work done in someone's name without a request or a circuit (demo data, administration verbs): resolves the
    /// Actor once, as a request would.
    /// </summary>
    public static Task<Actor> OutsideRequestAsync(AppDbContext db, Caller caller, CancellationToken cancellationToken) =>
        ResolveAsync(caller, () => db, null, cancellationToken);

    internal static async Task<Actor> ResolveAsync(Caller caller, Func<AppDbContext> database, IMemberUnions? memberUnions, CancellationToken cancellationToken)
    {
        var scope = await OrgScope.ResolveAsync(database, caller, cancellationToken);
        var memberUnion = !caller.HasSubtreeScope && memberUnions is not null
            ? await memberUnions.UnionOfAsync(database(), caller.UserId, cancellationToken)
            : null;
        return new(caller, scope, memberUnion);
    }
}
