using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using UnionHome.Cases.Pools;
using UnionHome.Platform.Organization;
using UnionHome.Platform.StaffConsole;
using UnionHome.Platform.Identity.Tokens;

namespace UnionHome.Cases.Live;

/// <summary>
/// A console circuit's line to /hubs/console. It connects through the hub like any other console, so an alert
/// published on any node reaches it; the bearer token is minted for the circuit's user at each (re)connect.
/// </summary>
internal sealed class ConsoleAlerts(
    InternalAddress internalAddress, AuthenticationStateProvider authentication, CurrentActor current, AccessTokens tokens, IServiceScopeFactory scopes, ILogger<ConsoleAlerts> logger)
    : IAsyncDisposable
{
    private HubConnection? connection;

    public int Unseen { get; private set; }

    public bool Listening => connection?.State == HubConnectionState.Connected;

    public event Func<CaseAlert, Task>? Arrived;

    /// <summary>Listening started or stopped, or the alerts were seen.</summary>
    public event Func<Task>? Changed;

    /// <summary>Listens if the caller is on duty for their unit, stops otherwise; the hub joins the group on connect.</summary>
    public async Task RefreshAsync()
    {
        var actor = await current.GetAsync();
        bool onDuty;
        await using (var scope = scopes.CreateAsyncScope())
        {
            onDuty = actor is { Caller.HasSubtreeScope: true } && await scope.ServiceProvider.GetRequiredService<GoOnDuty>().IsOnDutyAsync(actor, CancellationToken.None);
        }

        await StopAsync();
        if (onDuty)
        {
            await ListenAsync();
        }

        if (Changed is { } changed)
        {
            await changed();
        }
    }

    private async Task ListenAsync()
    {
        if (internalAddress.Of(ConsoleHub.Path) is not { } hub)
        {
            logger.LogWarning("This node listens on no address it can name and {Setting} is not set; live alerts are off", InternalAddress.Setting);
            return;
        }

        connection = new HubConnectionBuilder()
            .WithUrl(hub, options => options.AccessTokenProvider = async () =>
                tokens.Issue((await authentication.GetAuthenticationStateAsync()).User, staff: true).Token)
            .WithAutomaticReconnect()
            .Build();
        connection.On<CaseAlert>(ConsoleHub.CaseOpened, async alert =>
        {
            Unseen++;
            if (Arrived is { } arrived)
            {
                await arrived(alert);
            }
        });
        try
        {
            await connection.StartAsync();
        }
        catch (HttpRequestException e)
        {
            logger.LogWarning(e, "The console could not reach {Hub}; live alerts are off for this session", ConsoleHub.Path);
        }
    }

    public async Task MarkSeenAsync()
    {
        Unseen = 0;
        if (Changed is { } changed)
        {
            await changed();
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private async Task StopAsync()
    {
        if (connection is { } old)
        {
            connection = null;
            await old.DisposeAsync();
        }
    }
}
