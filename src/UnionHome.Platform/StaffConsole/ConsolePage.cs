using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using UnionHome.Platform.Identity;

namespace UnionHome.Platform.StaffConsole;

/// <summary>A console page: knows its signed-in caller from the cascading authentication state.</summary>
public abstract class ConsolePage : ComponentBase
{
    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject]
    protected ConsoleData Data { get; set; } = default!;

    protected async Task<Caller> CallerAsync() =>
        Caller.From((await AuthenticationState).User)
            ?? throw new InvalidOperationException("Console pages require a signed-in caller.");
}
