using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using UnionHome.Platform.Data;

namespace UnionHome.Platform.Outbox;

public sealed class OutboxOptions
{
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan ClaimFor { get; set; } = TimeSpan.FromSeconds(60);

    public int BatchSize { get; set; } = 50;

    public bool Enabled { get; set; } = true;
}

/// <summary>Delivers committed integration events to their handlers, each handler at most once per message.</summary>
internal sealed partial class OutboxDispatcher(
    IServiceScopeFactory scopes,
    OutboxSignal signal,
    IOptions<OutboxOptions> options,
    TimeProvider time,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            int dispatched;
            try
            {
                dispatched = await DispatchDueAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogDispatchFailed(logger, ex);
                dispatched = 0;
            }
            catch (Exception) when (stoppingToken.IsCancellationRequested)
            {
                // Shutting down mid-delivery (a handler may fail with anything once its connections close): the
                // claim lapses and this or another node delivers the message again. Not a reason to fail the host.
                return;
            }

            if (dispatched == 0)
            {
                try
                {
                    await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = time.GetUtcNow().UtcDateTime;
        var batch = await OutboxClaims.ClaimAsync(db, options.Value.BatchSize, now, now + options.Value.ClaimFor, cancellationToken);
        foreach (var message in batch)
        {
            await DeliverAsync(db, message, cancellationToken);
        }

        return batch.Count;
    }

    private async Task DeliverAsync(AppDbContext db, OutboxMessage message, CancellationToken cancellationToken)
    {
        // Handlers are independent: one that fails (a console push while Redis is down) must not hold back the others
        // (the duty phone's text). Each handler that succeeded is marked and skipped when the message is retried.
        Exception? failure = null;
        try
        {
            List<Type> handlerTypes;
            await using (var probe = scopes.CreateAsyncScope())
            {
                handlerTypes = probe.ServiceProvider.GetServices<IIntegrationEventHandler>()
                    .Where(h => h.EventType.FullName == message.Type)
                    .Select(h => h.GetType())
                    .ToList();
            }

            foreach (var handlerType in handlerTypes)
            {
                try
                {
                    await RunHandlerOnceAsync(handlerType, message, cancellationToken);
                }
                catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
                {
                    // A handler's own timeout is a failure like any other; only our shutdown ends the loop.
                    LogHandlerFailed(logger, handlerType.Name, message.Type, message.Id, ex);
                    failure ??= ex;
                }
            }

            if (failure is null)
            {
                await db.OutboxMessages.Where(m => m.Id == message.Id)
                    .ExecuteUpdateAsync(s => s.SetProperty(m => m.ProcessedAt, time.GetUtcNow().UtcDateTime), cancellationToken);
                return;
            }
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogHandlerFailed(logger, "(dispatch)", message.Type, message.Id, ex);
            failure = ex;
        }

        var retryAt = time.GetUtcNow().UtcDateTime + TimeSpan.FromSeconds(Math.Min(600, 5 * Math.Pow(2, message.Attempts)));
        var error = failure.Message.Length > 2000 ? failure.Message[..2000] : failure.Message;
        await db.OutboxMessages.Where(m => m.Id == message.Id)
            .ExecuteUpdateAsync(
                s => s.SetProperty(m => m.Attempts, m => m.Attempts + 1)
                    .SetProperty(m => m.LastError, error)
                    .SetProperty(m => m.LockedUntil, retryAt),
                cancellationToken);
    }

    private async Task RunHandlerOnceAsync(Type handlerType, OutboxMessage message, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var handlerName = handlerType.FullName!;
        if (await db.HandledOutboxMessages.AnyAsync(h => h.MessageId == message.Id && h.Handler == handlerName, cancellationToken))
        {
            return;
        }

        var handler = scope.ServiceProvider.GetServices<IIntegrationEventHandler>().Single(h => h.GetType() == handlerType);
        var integrationEvent = JsonSerializer.Deserialize(message.Payload, handler.EventType, Outbox.Json)
            ?? throw new InvalidOperationException($"Outbox message {message.Id} has an empty payload.");
        await handler.HandleAsync(integrationEvent, message.Id, cancellationToken);
        db.HandledOutboxMessages.Add(new HandledOutboxMessage { MessageId = message.Id, Handler = handlerName, HandledAt = time.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox dispatch failed")]
    private static partial void LogDispatchFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Handler {Handler} for {Type} failed on message {MessageId}; it will be retried")]
    private static partial void LogHandlerFailed(ILogger logger, string handler, string type, Guid messageId, Exception exception);
}
