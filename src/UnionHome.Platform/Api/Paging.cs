using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace UnionHome.Platform.Api;

/// <summary>
/// The page a list endpoint is asked for, bound from the query string with <c>[AsParameters]</c>:
/// <c>?page=2&amp;pageSize=50</c>. Pages count from 1; a page holds 20 rows unless asked, and never more than 100.
/// </summary>
public sealed record PageRequest([FromQuery(Name = "page")] int? Page = null, [FromQuery(Name = "pageSize")] int? PageSize = null)
{
    public const int DefaultSize = 20;
    public const int MaxSize = 100;

    public static readonly PageRequest First = new();

    /// <summary>The first page at its largest: what a staff screen shows before it has a pager.</summary>
    public static readonly PageRequest Largest = new(1, MaxSize);

    public int Number => Math.Max(Page ?? 1, 1);

    public int Size => Math.Clamp(PageSize ?? DefaultSize, 1, MaxSize);

    public int Skip => (Number - 1) * Size;
}

/// <summary>One page of a list: every list endpoint answers in this shape.</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize)
{
    /// <summary>The same page with each row turned into what the wire shows (decrypting, masking).</summary>
    public Paged<TView> Select<TView>(Func<T, TView> view) => new(Items.Select(view).ToList(), Total, Page, PageSize);

    /// <summary>A page of a list already held in memory (a handful of settings rows, a computed list).</summary>
    public static Paged<T> Of(IEnumerable<T> all, PageRequest request)
    {
        var list = all as IReadOnlyList<T> ?? all.ToList();
        return new(list.Skip(request.Skip).Take(request.Size).ToList(), list.Count, request.Number, request.Size);
    }
}

public static class Paging
{
    /// <summary>Counts the query and reads the asked page of it. The query must already be ordered.</summary>
    public static async Task<Paged<T>> ToPageAsync<T>(this IQueryable<T> query, PageRequest request, CancellationToken cancellationToken)
    {
        var total = await query.CountAsync(cancellationToken);
        var items = total <= request.Skip ? [] : await query.Skip(request.Skip).Take(request.Size).ToListAsync(cancellationToken);
        return new Paged<T>(items, total, request.Number, request.Size);
    }
}
