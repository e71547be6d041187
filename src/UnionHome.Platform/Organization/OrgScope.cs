using Microsoft.EntityFrameworkCore;
using UnionHome.Platform.Data;
using UnionHome.Platform.Identity;

namespace UnionHome.Platform.Organization;

/// <summary>Something that belongs to one union in the tree.</summary>
public interface IOrgOwned
{
    Guid? OrgUnitId { get; }
}

/// <summary>
/// What part of the union tree a caller may see. Staff roles see the subtree of their unit and nothing above or
/// beside it (an admin with no unit sees everything); everyone else sees only the chain from their own unit up to the root.
/// </summary>
public sealed record OrgScope(string? SubtreePath, IReadOnlyList<Guid> OwnChain)
{
    public static readonly OrgScope Nothing = new(null, []);

    public static OrgScope Everything { get; } = new("/", []);

    public bool CoversSubtree => SubtreePath is not null;

    public bool Covers(OrgUnit unit) =>
        SubtreePath is not null ? unit.Path.StartsWith(SubtreePath, StringComparison.Ordinal) : OwnChain.Contains(unit.Id);

    public static async Task<OrgScope> ResolveAsync(AppDbContext db, Caller? caller, CancellationToken cancellationToken)
    {
        if (caller is null)
        {
            return Nothing;
        }

        if (caller.OrgUnitId is not { } orgUnitId)
        {
            return caller.IsInRole(Roles.Admin) ? Everything : Nothing;
        }

        var path = await db.OrgUnits.AsNoTracking().Where(u => u.Id == orgUnitId).Select(u => u.Path).SingleOrDefaultAsync(cancellationToken);
        if (path is null)
        {
            return Nothing;
        }

        var chain = path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse).ToList();
        return new OrgScope(caller.HasSubtreeScope ? path : null, chain);
    }
}

public static class OrgScopeQueries
{
    /// <summary>The one way to list org units: only those the scope covers.</summary>
    public static IQueryable<OrgUnit> VisibleTo(this IQueryable<OrgUnit> units, OrgScope scope)
    {
        var subtree = scope.SubtreePath;
        var chain = scope.OwnChain.ToList();
        return subtree is null
            ? units.Where(u => chain.Contains(u.Id))
            : units.Where(u => u.Path.StartsWith(subtree));
    }

    /// <summary>The one way to list records owned by unions: only those inside the caller's subtree.</summary>
    public static IQueryable<T> InScopeOf<T>(this IQueryable<T> records, OrgScope scope, IQueryable<OrgUnit> units)
        where T : class, IOrgOwned
    {
        if (scope.SubtreePath is not { } subtree)
        {
            return records.Where(_ => false);
        }

        // The whole tree includes records attached to no union at all (platform-level entries).
        if (subtree == OrgScope.Everything.SubtreePath)
        {
            return records;
        }

        return records.Where(r => units.Any(u => u.Id == r.OrgUnitId && u.Path.StartsWith(subtree)));
    }
}
