using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using UnionHome.Platform.Organization;

namespace UnionHome.Platform.StaffConsole;

/// <summary>A console page: knows the circuit's Actor, resolved once for the circuit.</summary>
public abstract class ConsolePage : ComponentBase
{
    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject]
    protected ConsoleData Data { get; set; } = default!;

    [Inject]
    private CurrentActor Current { get; set; } = default!;

    [Inject]
    private IAuthorizationService Authorization { get; set; } = default!;

    protected async Task<Actor> ActorAsync() =>
        await Current.GetAsync() ?? throw new InvalidOperationException("Console pages require a signed-in caller.");

    /// <summary>Whether the caller meets a policy: a page offers an action only to those the API would let take it.</summary>
    protected async Task<bool> MayAsync(string policy) =>
        (await Authorization.AuthorizeAsync((await AuthenticationState).User, policy)).Succeeded;
}
