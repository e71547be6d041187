using Microsoft.EntityFrameworkCore;
using UnionHome.Events.Catalogue;
using UnionHome.Events.Data;
using UnionHome.Platform.Api;
using UnionHome.Platform.Audit;
using UnionHome.Platform.Data;
using UnionHome.Platform.Errors;
using UnionHome.Platform.Organization;
using UnionHome.Platform.Regions;

namespace UnionHome.Events.Requests;

/// <param name="Kind">training, lecture, course, activity or trip: what the scheduled session will be.</param>
internal sealed record NewMenuItemRequest(Guid? OrgUnitId, string? Kind, string? Title, string? Description);

internal sealed record MenuItemView(Guid Id, Guid OrgUnitId, string OrgUnitName, string Kind, string Title, string? Description, bool Active);

/// <summary>
/// 菜单式服务: a union lists what enterprises may ask it for (safety-training topics, psychological lectures). An
/// enterprise sees the menu of its own union and every union above it; one without a union, that of the
/// federations whose region covers its own.
/// </summary>
internal sealed class Menu(AppDbContext db, AuditLog audit, RegionDirectory regions)
{
    public async Task<Result<MenuItemView>> AddAsync(Actor actor, NewMenuItemRequest request, CancellationToken cancellationToken)
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

        if (!Names.TryParse<EventKind>(request.Kind, out var kind))
        {
            return CatalogueErrors.InvalidKind;
        }

        var title = request.Title?.Trim() ?? "";
        if (title.Length is < 2 or > 128)
        {
            return RequestErrors.MenuTitleRequired;
        }

        var description = string.IsNullOrWhiteSpace(request.Description) ? null : request.Description.Trim();
        if (description?.Length > 2000)
        {
            return RequestErrors.MenuDescriptionTooLong;
        }

        var item = new MenuItem { Id = Guid.CreateVersion7(), OrgUnitId = union.Id, Kind = kind, Title = title, Description = description, Active = true };
        await using var transaction = await db.BeginWriteAsync(cancellationToken);
        db.Add(item);
        audit.Record("events.menu_item_added", $"menu_item:{item.Id}", title, union.Id);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new MenuItemView(item.Id, union.Id, union.Name, Names.Of(kind), title, description, Active: true);
    }

    /// <summary>Items offered by unions of the caller's subtree, active first, then by union and title.</summary>
    public Task<Paged<MenuItemView>> ManagedAsync(Actor actor, PageRequest paging, CancellationToken cancellationToken) =>
        Views(db.Set<MenuItem>().InScopeOf(actor, db.OrgUnits)
                .OrderByDescending(i => i.Active)
                .ThenBy(i => db.OrgUnits.Where(u => u.Id == i.OrgUnitId).Select(u => u.Name).First())
                .ThenBy(i => i.Title)
                .ThenBy(i => i.Id))
            .ToPageAsync(paging, cancellationToken);

    /// <summary>Takes an item off the menu; requests already made stay as they are. Doing it twice changes nothing.</summary>
    public async Task<Result<MenuItemView>> WithdrawAsync(Actor actor, Guid itemId, CancellationToken cancellationToken)
    {
        if (actor.EnsureCanWrite() is { } refused)
        {
            return refused;
        }

        var item = await db.Set<MenuItem>().InScopeOf(actor, db.OrgUnits).SingleOrDefaultAsync(i => i.Id == itemId, cancellationToken);
        if (item is null)
        {
            return RequestErrors.MenuItemNotFound;
        }

        if (item.Active)
        {
            await using var transaction = await db.BeginWriteAsync(cancellationToken);
            item.Active = false;
            audit.Record("events.menu_item_withdrawn", $"menu_item:{item.Id}", item.Title, item.OrgUnitId);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return await Views(db.Set<MenuItem>().Where(i => i.Id == itemId)).SingleAsync(cancellationToken);
    }

    /// <summary>The active items an enterprise may ask for, its nearest union's first.</summary>
    public async Task<Paged<MenuItemView>> OfferedToAsync(Enterprise enterprise, PageRequest paging, CancellationToken cancellationToken)
    {
        var unions = await OfferingUnionsAsync(enterprise, cancellationToken);
        var items = await Views(db.Set<MenuItem>().Where(i => i.Active && unions.Contains(i.OrgUnitId!.Value))).ToListAsync(cancellationToken);

        // Nearness is a place in the chain of unions, known only here: the menus of a few unions are ordered in memory.
        return Paged<MenuItemView>.Of(items.OrderBy(i => unions.IndexOf(i.OrgUnitId)).ThenBy(i => i.Title, StringComparer.Ordinal).ThenBy(i => i.Id), paging);
    }

    public async Task<MenuItem?> OfferedItemAsync(Enterprise enterprise, Guid? itemId, CancellationToken cancellationToken)
    {
        if (itemId is not { } id)
        {
            return null;
        }

        var unions = await OfferingUnionsAsync(enterprise, cancellationToken);
        return await db.Set<MenuItem>().AsNoTracking().SingleOrDefaultAsync(i => i.Id == id && i.Active && unions.Contains(i.OrgUnitId!.Value), cancellationToken);
    }

    /// <summary>The unions whose menu an enterprise sees, nearest first.</summary>
    private async Task<List<Guid>> OfferingUnionsAsync(Enterprise enterprise, CancellationToken cancellationToken)
    {
        if (enterprise.UnionId is { } unionId)
        {
            var path = await db.OrgUnits.AsNoTracking().Where(u => u.Id == unionId).Select(u => u.Path).SingleAsync(cancellationToken);
            return OrgScope.ChainOf(path).AsEnumerable().Reverse().ToList();
        }

        // No union of its own: the federations of its county, city and province, as when its workers join.
        var chain = regions.AncestorsOf(enterprise.RegionCode).Select(r => r.Code).Append(enterprise.RegionCode).Reverse().ToList();
        var candidates = await db.OrgUnits.AsNoTracking().Where(u => chain.Contains(u.RegionCode)).ToListAsync(cancellationToken);
        return candidates.Where(u => u.Kind.IsFederation())
            .OrderBy(u => chain.IndexOf(u.RegionCode)).ThenByDescending(u => u.Depth)
            .Select(u => u.Id)
            .ToList();
    }

    private IQueryable<MenuItemView> Views(IQueryable<MenuItem> items) =>
        items.AsNoTracking().Select(i => new MenuItemView(
            i.Id, i.OrgUnitId!.Value, db.OrgUnits.Where(u => u.Id == i.OrgUnitId).Select(u => u.Name).First(), Names.Of(i.Kind), i.Title, i.Description, i.Active));
}
