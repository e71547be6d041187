using Microsoft.EntityFrameworkCore;

namespace UnionHome.Platform.Organization;

/// <summary>Something that belongs to one union in the tree.</summary>
public interface IOrgOwned
{
    Guid? OrgUnitId { get; }
}

/// <summary>
/// The part of the union tree a caller's rights cover: staff roles have the subtree of their unit and nothing above
/// or beside it (an admin with no unit has everything); everyone else has no subtree. The one place that compares
/// materialized paths.
/// </summary>
public sealed record OrgScope(string? SubtreePath)
{
    public static readonly OrgScope Nothing = new((string?)null);

    public static OrgScope Everything { get; } = new("/");

    public bool CoversSubtree => SubtreePath is not null;

    /// <summary>The whole tree: a platform admin attached to no union.</summary>
    public bool IsEverything => SubtreePath == Everything.SubtreePath;

    /// <summary>The unions from the root down to the subtree's own: the ones above (and including) the caller's unit.</summary>
    public IReadOnlyList<Guid> OwnChain => SubtreePath is { } path && !IsEverything ? ChainOf(path) : [];

    public bool Covers(OrgUnit unit) => SubtreePath is { } path && IsWithin(unit.Path, path);

    /// <summary>Whether the union at <paramref name="path"/> is the one at <paramref name="ancestorPath"/> or lies below it.</summary>
    public static bool IsWithin(string path, string ancestorPath) => path.StartsWith(ancestorPath, StringComparison.Ordinal);

    /// <summary>The ids of the unions from the root down to the one at <paramref name="path"/>, in that order.</summary>
    public static List<Guid> ChainOf(string path) => path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse).ToList();

    /// <summary>Only the Actor plumbing calls this: once per request, once per console circuit. The database is asked for staff only.</summary>
    internal static async Task<OrgScope> ResolveAsync(Func<Data.AppDbContext> database, Identity.Caller caller, CancellationToken cancellationToken)
    {
        if (!caller.HasSubtreeScope)
        {
            return Nothing;
        }

        if (caller.OrgUnitId is not { } orgUnitId)
        {
            return caller.IsInRole(Identity.Roles.Admin) ? Everything : Nothing;
        }

        var path = await database().OrgUnits.AsNoTracking().Where(u => u.Id == orgUnitId).Select(u => u.Path).SingleOrDefaultAsync(cancellationToken);
        return path is null ? Nothing : new OrgScope(path);
    }
}

public static class OrgScopeQueries
{
    /// <summary>
    /// The one way to list org units: staff see their subtree; everyone else their own union and the unions above
    /// it, looked up in the same query so that members pay no extra round trip.
    /// </summary>
    public static IQueryable<OrgUnit> VisibleTo(this IQueryable<OrgUnit> units, Actor actor)
    {
        if (actor.Scope.SubtreePath is { } subtree)
        {
            return units.Where(u => u.Path.StartsWith(subtree));
        }

        if (actor.OwnUnionId is not { } own || actor.Caller.HasSubtreeScope)
        {
            return units.Where(_ => false);
        }

        var all = units;
        return units.Where(u => all.Any(mine => mine.Id == own && mine.Path.StartsWith(u.Path)));
    }

    /// <summary>The union at <paramref name="path"/> and every union above it: the audiences that include a member there.</summary>
    public static IQueryable<OrgUnit> AtOrAbove(this IQueryable<OrgUnit> units, string path) => units.Where(u => path.StartsWith(u.Path));

    /// <summary>The one way to list records owned by unions: only those inside the caller's subtree.</summary>
    public static IQueryable<T> InScopeOf<T>(this IQueryable<T> records, Actor actor, IQueryable<OrgUnit> units)
        where T : class, IOrgOwned =>
        records.InScopeOf(actor.Scope, units);

    /// <summary>Records owned by unions of the scope's subtree (the caller's, or that of a union the caller looks into).</summary>
    public static IQueryable<T> InScopeOf<T>(this IQueryable<T> records, OrgScope scope, IQueryable<OrgUnit> units)
        where T : class, IOrgOwned
    {
        if (scope.SubtreePath is not { } subtree)
        {
            return records.Where(_ => false);
        }

        // The whole tree includes records attached to no union at all (platform-level entries).
        if (scope.IsEverything)
        {
            return records;
        }

        return records.Where(r => units.Any(u => u.Id == r.OrgUnitId && u.Path.StartsWith(subtree)));
    }

    /// <summary>
    /// Records the caller may use though not manage: those of their subtree and those of the unions above their own
    /// (a city's expert pool serves its districts); with <paramref name="orPlatform"/>, also those of no union.
    /// </summary>
    public static IQueryable<T> InScopeOrAboveOf<T>(this IQueryable<T> records, Actor actor, IQueryable<OrgUnit> units, bool orPlatform = false)
        where T : class, IOrgOwned
    {
        var scope = actor.Scope;
        if (scope.SubtreePath is not { } subtree)
        {
            return records.Where(r => orPlatform && r.OrgUnitId == null);
        }

        if (scope.IsEverything)
        {
            return records;
        }

        var chain = scope.OwnChain.ToList();
        return records.Where(r => (orPlatform && r.OrgUnitId == null)
            || chain.Contains(r.OrgUnitId!.Value)
            || units.Any(u => u.Id == r.OrgUnitId && u.Path.StartsWith(subtree)));
    }
}
