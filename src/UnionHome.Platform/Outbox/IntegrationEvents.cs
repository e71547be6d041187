namespace UnionHome.Platform.Outbox;

/// <summary>A fact one module tells others, after commit, through the outbox.</summary>
public interface IIntegrationEvent;

public interface IIntegrationEventHandler
{
    Type EventType { get; }

    /// <summary>Adds its changes to the scoped DbContext; the dispatcher saves them with the handled mark.</summary>
    Task HandleAsync(object integrationEvent, Guid messageId, CancellationToken cancellationToken);
}

public abstract class IntegrationEventHandler<TEvent> : IIntegrationEventHandler
    where TEvent : IIntegrationEvent
{
    public Type EventType => typeof(TEvent);

    public Task HandleAsync(object integrationEvent, Guid messageId, CancellationToken cancellationToken) =>
        HandleAsync((TEvent)integrationEvent, messageId, cancellationToken);

    protected abstract Task HandleAsync(TEvent integrationEvent, Guid messageId, CancellationToken cancellationToken);
}
