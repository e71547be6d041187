namespace UnionHome.Platform.Outbox;

/// <summary>An integration event stored in the same transaction as the change that raised it.</summary>
public sealed class OutboxMessage
{
    public Guid Id { get; set; }

    public string Type { get; set; } = "";

    public string Payload { get; set; } = "";

    public DateTime OccurredAt { get; set; }

    public DateTime? ProcessedAt { get; set; }

    public DateTime? LockedUntil { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }
}

/// <summary>Marks that one handler has handled one message, so a redelivery does nothing twice.</summary>
public sealed class HandledOutboxMessage
{
    public Guid MessageId { get; set; }

    public string Handler { get; set; } = "";

    public DateTime HandledAt { get; set; }
}
