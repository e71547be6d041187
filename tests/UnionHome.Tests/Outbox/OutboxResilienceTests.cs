using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using UnionHome.Platform.Data;
using UnionHome.Platform.Outbox;
using UnionHome.Tests.Infrastructure;

namespace UnionHome.Tests.Outbox;

[Collection(PlatformCollection.Name)]
public sealed class OutboxResilienceTests(Apps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_handler_that_times_out_is_retried_later_instead_of_stopping_the_dispatcher()
    {
        await using var app = await apps.StartDedicatedAsync(
            DatabaseProvider.Sqlite,
            new() { ["Outbox:Enabled"] = "false" },
            configureServices: services => services.AddScoped<IIntegrationEventHandler, TimingOutHandler>());
        await app.WithServices(async sp =>
        {
            sp.GetRequiredService<UnionHome.Platform.Outbox.Outbox>().Publish(new Probe("slow"));
            return await sp.GetRequiredService<AppDbContext>().SaveChangesAsync(Ct);
        });
        var dispatcher = new OutboxDispatcher(
            app.Services.GetRequiredService<IServiceScopeFactory>(), new OutboxSignal(), Options.Create(new OutboxOptions()), app.Time, NullLogger<OutboxDispatcher>.Instance);

        await dispatcher.DispatchDueAsync(Ct);

        var message = await app.WithServices(sp => sp.GetRequiredService<AppDbContext>().OutboxMessages.SingleAsync(m => m.Type == typeof(Probe).FullName, Ct));
        message.ProcessedAt.ShouldBeNull();
        message.Attempts.ShouldBe(1);
        message.LastError!.ShouldContain("timed out");
    }

    [Fact]
    public async Task A_handler_failing_while_the_node_shuts_down_leaves_the_message_for_later_without_failing_the_host()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var app = await apps.StartDedicatedAsync(
            DatabaseProvider.Sqlite,
            new() { ["Outbox:Enabled"] = "false" },
            configureServices: services => services.AddScoped<IIntegrationEventHandler>(_ => new FailingOnShutdownHandler(started)));
        await app.WithServices(async sp =>
        {
            sp.GetRequiredService<UnionHome.Platform.Outbox.Outbox>().Publish(new Probe("shutdown"));
            return await sp.GetRequiredService<AppDbContext>().SaveChangesAsync(Ct);
        });
        using var dispatcher = new OutboxDispatcher(
            app.Services.GetRequiredService<IServiceScopeFactory>(), new OutboxSignal(), Options.Create(new OutboxOptions()), app.Time, NullLogger<OutboxDispatcher>.Instance);
        await dispatcher.StartAsync(Ct);
        await started.Task.WaitAsync(TimeSpan.FromSeconds(10), Ct);

        await dispatcher.StopAsync(Ct);

        dispatcher.ExecuteTask!.IsFaulted.ShouldBeFalse();
        var message = await app.WithServices(sp => sp.GetRequiredService<AppDbContext>().OutboxMessages.SingleAsync(m => m.Payload.Contains("shutdown"), Ct));
        message.ProcessedAt.ShouldBeNull();
    }

    public sealed record Probe(string Name) : IIntegrationEvent;

    private sealed class TimingOutHandler : IntegrationEventHandler<Probe>
    {
        protected override Task HandleAsync(Probe integrationEvent, Guid messageId, CancellationToken cancellationToken) =>
            throw new TaskCanceledException("The SMS gateway timed out");
    }

    /// <summary>Like a handler whose database connection or hub closes under it when the host stops.</summary>
    private sealed class FailingOnShutdownHandler(TaskCompletionSource started) : IntegrationEventHandler<Probe>
    {
        protected override async Task HandleAsync(Probe integrationEvent, Guid messageId, CancellationToken cancellationToken)
        {
            started.TrySetResult();
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                throw new InvalidOperationException("The connection was closed while the node stopped");
            }
        }
    }
}
