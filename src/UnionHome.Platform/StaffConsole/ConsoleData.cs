using Microsoft.Extensions.DependencyInjection;
using UnionHome.Platform.Audit;
using UnionHome.Platform.Data;
using UnionHome.Platform.Identity;
using UnionHome.Platform.Organization;

namespace UnionHome.Platform.StaffConsole;

/// <summary>
/// Database work for console pages. A circuit lives for minutes, so each operation gets its own unit of work,
/// always starting from the caller's scope, and writes are audited in the caller's name.
/// </summary>
public sealed class ConsoleData(IServiceScopeFactory scopes, TimeProvider time)
{
    public async Task<T> QueryAsync<T>(Caller caller, Func<AppDbContext, OrgScope, Task<T>> query)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await query(db, await OrgScope.ResolveAsync(db, caller, CancellationToken.None));
    }

    /// <summary>Reads through a module's own query class, built in a fresh unit of work.</summary>
    public async Task<T> QueryAsync<TQueries, T>(Caller caller, Func<TQueries, OrgScope, Task<T>> query)
        where TQueries : class
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var queries = ActivatorUtilities.CreateInstance<TQueries>(scope.ServiceProvider);
        return await query(queries, await OrgScope.ResolveAsync(db, caller, CancellationToken.None));
    }

    public async Task<T> ActAsync<T>(Caller caller, Func<AppDbContext, AuditLog, OrgScope, Task<T>> action)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var audit = new AuditLog(db, new FixedAuditActor(caller.UserId, caller.DisplayName), time);
        return await action(db, audit, await OrgScope.ResolveAsync(db, caller, CancellationToken.None));
    }

    /// <summary>
    /// Acts through a module's own handler, built in a fresh unit of work. The handler gets an audit log in the
    /// caller's name: the one registered for requests reads an HTTP context a circuit does not have.
    /// </summary>
    public async Task<T> ActAsync<THandler, T>(Caller caller, Func<THandler, OrgScope, Task<T>> action)
        where THandler : class
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var audit = new AuditLog(db, new FixedAuditActor(caller.UserId, caller.DisplayName), time);
        var handler = ActivatorUtilities.CreateInstance<THandler>(scope.ServiceProvider, audit);
        return await action(handler, await OrgScope.ResolveAsync(db, caller, CancellationToken.None));
    }
}
