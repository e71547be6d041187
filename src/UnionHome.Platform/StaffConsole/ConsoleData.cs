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

    public async Task<T> ActAsync<T>(Caller caller, Func<AppDbContext, AuditLog, OrgScope, Task<T>> action)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var audit = new AuditLog(db, new FixedAuditActor(caller.UserId, caller.DisplayName), time);
        return await action(db, audit, await OrgScope.ResolveAsync(db, caller, CancellationToken.None));
    }
}
