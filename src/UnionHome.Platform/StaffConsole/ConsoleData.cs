using Microsoft.Extensions.DependencyInjection;
using UnionHome.Platform.Audit;
using UnionHome.Platform.Data;
using UnionHome.Platform.Organization;

namespace UnionHome.Platform.StaffConsole;

/// <summary>
/// Database work for console pages. A circuit lives for minutes, so each operation gets its own unit of work, always
/// with the circuit's Actor (resolved once per circuit), and writes are audited in the caller's name.
/// </summary>
public sealed class ConsoleData(IServiceScopeFactory scopes, CurrentActor current, TimeProvider time)
{
    public async Task<T> QueryAsync<T>(Func<AppDbContext, Actor, Task<T>> query)
    {
        var actor = await ActorAsync();
        await using var scope = scopes.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>(), actor);
    }

    /// <summary>Reads through a module's own query class, built in a fresh unit of work.</summary>
    public async Task<T> QueryAsync<TQueries, T>(Func<TQueries, Actor, Task<T>> query)
        where TQueries : class
    {
        var actor = await ActorAsync();
        await using var scope = scopes.CreateAsyncScope();
        return await query(ActivatorUtilities.CreateInstance<TQueries>(scope.ServiceProvider), actor);
    }

    public async Task<T> ActAsync<T>(Func<AppDbContext, AuditLog, Actor, Task<T>> action)
    {
        var actor = await ActorAsync();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await action(db, AuditIn(db, actor), actor);
    }

    /// <summary>
    /// Acts through a module's own handler, built in a fresh unit of work. The handler gets an audit log in the
    /// caller's name: the one registered for requests reads an HTTP context a circuit does not have.
    /// </summary>
    public async Task<T> ActAsync<THandler, T>(Func<THandler, Actor, Task<T>> action)
        where THandler : class
    {
        var actor = await ActorAsync();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await action(ActivatorUtilities.CreateInstance<THandler>(scope.ServiceProvider, AuditIn(db, actor)), actor);
    }

    private AuditLog AuditIn(AppDbContext db, Actor actor) => new(db, new FixedAuditActor(actor.UserId, actor.Caller.DisplayName), time);

    private async Task<Actor> ActorAsync() =>
        await current.GetAsync() ?? throw new InvalidOperationException("Console pages require a signed-in caller.");
}
