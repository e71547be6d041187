using Microsoft.AspNetCore.SignalR.Client;

namespace UnionHome.Tests.Infrastructure;

/// <summary>A staff console's live connection to /hubs/console of a test node, and waiting for what it hears.</summary>
public static class ConsoleHubs
{
    public static HubConnection ConsoleHub(this UnionHomeApp app, string token) =>
        new HubConnectionBuilder()
            .WithUrl(new Uri(app.Server.BaseAddress, "/hubs/console"), o =>
            {
                o.HttpMessageHandlerFactory = _ => app.Server.CreateHandler();
                o.Transports = Microsoft.AspNetCore.Http.Connections.HttpTransportType.LongPolling;
                o.Headers["Authorization"] = $"Bearer {token}";
            })
            .Build();

    /// <summary>Waits up to 30 s: a live message crosses the outbox and a long poll, slow on a loaded CI machine.</summary>
    public static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 600 && !condition(); i++)
        {
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        condition().ShouldBeTrue();
    }
}
