using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;
using UnionHome.Events.Data;
using UnionHome.Platform.Api;
using UnionHome.Platform.Audit;
using UnionHome.Platform.Data;
using UnionHome.Platform.Errors;
using UnionHome.Platform.Organization;

namespace UnionHome.Events.Recuperation;

/// <param name="OrgUnitId">The union that runs or contracts the base.</param>
/// <param name="Capacity">How many guests it takes at once.</param>
internal sealed record NewRecuperationBaseRequest(Guid? OrgUnitId, string? Name, string? Address, int? Capacity);

internal sealed record RecuperationBaseEntry(Guid Id, Guid OrgUnitId, string OrgUnitName, string Name, string Address, int Capacity);

internal static class RecuperationErrors
{
    public static readonly Error NameRequired = Error.Validation("base_name_required", "请填写基地名称（2至128个字）", "name");
    public static readonly Error AddressRequired = Error.Validation("base_address_required", "请填写基地地址（2至256个字）", "address");
    public static readonly Error Capacity = Error.Validation("base_capacity", "基地可接待人数应为1至100000", "capacity");
}

/// <summary>疗休养基地: the named places recuperation trips go to, registered by the union that runs or contracts them.</summary>
internal sealed class RecuperationBases(AppDbContext db, AuditLog audit, HybridCache cache, IServiceScopeFactory scopes)
{
    private const string CacheKey = "events:recuperation-bases";

    // Read on every trip form and rarely written. Registering a base removes the entry from this node and from Redis
    // at once; other nodes may list from their own memory for up to LocalCacheExpiration more. Redis keeps it only
    // two minutes: a read that raced a registration, or a removal skipped while Redis was down, cannot leave a stale
    // list behind for long.
    private static readonly HybridCacheEntryOptions Cached = new()
    {
        LocalCacheExpiration = TimeSpan.FromSeconds(30),
        Expiration = TimeSpan.FromMinutes(2),
    };

    public async Task<Result<RecuperationBaseEntry>> RegisterAsync(Actor actor, NewRecuperationBaseRequest request, CancellationToken cancellationToken)
    {
        if (actor.EnsureCanWrite() is { } refused)
        {
            return refused;
        }

        var managed = await actor.ManagedUnitAsync(db, request.OrgUnitId, cancellationToken);
        if (!managed.Succeeded)
        {
            return managed.Error;
        }

        var union = managed.Value;

        var name = request.Name?.Trim() ?? "";
        if (name.Length is < 2 or > 128)
        {
            return RecuperationErrors.NameRequired;
        }

        var address = request.Address?.Trim() ?? "";
        if (address.Length is < 2 or > 256)
        {
            return RecuperationErrors.AddressRequired;
        }

        if (request.Capacity is not { } capacity || capacity is < 1 or > 100_000)
        {
            return RecuperationErrors.Capacity;
        }

        var recuperationBase = new RecuperationBase { Id = Guid.CreateVersion7(), OrgUnitId = union.Id, Name = name, Address = address, Capacity = capacity };
        await using (var transaction = await db.BeginWriteAsync(cancellationToken))
        {
            db.Add(recuperationBase);
            audit.Record("events.recuperation_base_registered", $"recuperation_base:{recuperationBase.Id}", $"{name} {address}", union.Id);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        // Saved is saved: a caller hanging up now must not leave the old list cached.
        await cache.RemoveAsync(CacheKey, CancellationToken.None);
        return new RecuperationBaseEntry(recuperationBase.Id, union.Id, union.Name, name, address, capacity);
    }

    /// <summary>Every base, by union then name: members and staff of any union may look where trips go.</summary>
    public async Task<Paged<RecuperationBaseEntry>> AllAsync(PageRequest paging, CancellationToken cancellationToken) =>
        Paged<RecuperationBaseEntry>.Of(await cache.GetOrCreateAsync(CacheKey, scopes, ReadAllAsync, Cached, cancellationToken: cancellationToken), paging);

    // Concurrent misses share one read that may outlive the request that started it: it gets its own scope and context.
    // Records, not entities, come out: the list is serialised to JSON for Redis.
    private static async ValueTask<List<RecuperationBaseEntry>> ReadAllAsync(IServiceScopeFactory scopes, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return (await db.Set<RecuperationBase>().AsNoTracking()
            .Join(db.OrgUnits, b => b.OrgUnitId, u => (Guid?)u.Id, (b, u) => new RecuperationBaseEntry(b.Id, u.Id, u.Name, b.Name, b.Address, b.Capacity))
            .ToListAsync(cancellationToken))
            .OrderBy(b => b.OrgUnitName, StringComparer.Ordinal).ThenBy(b => b.Name, StringComparer.Ordinal).ThenBy(b => b.Id)
            .ToList();
    }
}
