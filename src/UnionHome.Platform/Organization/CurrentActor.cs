using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;
using UnionHome.Platform.Data;
using UnionHome.Platform.Identity;

namespace UnionHome.Platform.Organization;

/// <summary>
/// The Actor of a page: scoped, so resolved once per request for static pages and once per circuit for the console.
/// The principal comes from the authentication state; when the circuit's state changes (revalidation ends the
/// session), the next call resolves again.
/// </summary>
public sealed class CurrentActor : IDisposable
{
    private readonly AuthenticationStateProvider authentication;
    private readonly IServiceScopeFactory scopes;
    private Task<Actor?>? actor;

    public CurrentActor(AuthenticationStateProvider authentication, IServiceScopeFactory scopes)
    {
        this.authentication = authentication;
        this.scopes = scopes;
        authentication.AuthenticationStateChanged += Forget;
    }

    /// <summary>The signed-in caller's Actor, or null for an anonymous visitor.</summary>
    public Task<Actor?> GetAsync()
    {
        if (actor is null || actor.IsFaulted || actor.IsCanceled)
        {
            actor = ResolveAsync();
        }

        return actor;
    }

    private async Task<Actor?> ResolveAsync()
    {
        var state = await authentication.GetAuthenticationStateAsync();
        if (Caller.From(state.User) is not { } caller)
        {
            return null;
        }

        // A circuit lives for minutes: the look-ups get their own short unit of work.
        AsyncServiceScope? scope = null;
        try
        {
            var services = (scope ??= scopes.CreateAsyncScope()).ServiceProvider;
            return await Actor.ResolveAsync(caller, () => services.GetRequiredService<AppDbContext>(), services.GetService<IMemberUnions>(), CancellationToken.None);
        }
        finally
        {
            if (scope is { } opened)
            {
                await opened.DisposeAsync();
            }
        }
    }

    private void Forget(Task<AuthenticationState> state) => actor = null;

    public void Dispose() => authentication.AuthenticationStateChanged -= Forget;
}
