using System.Text.Json;
using UnionHome.Platform.Data;

namespace UnionHome.Platform.Outbox;

/// <summary>Writes integration events into the current unit of work; they leave only if it commits.</summary>
public sealed class Outbox(AppDbContext db, TimeProvider time)
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Publish<TEvent>(TEvent integrationEvent)
        where TEvent : IIntegrationEvent =>
        db.OutboxMessages.Add(new OutboxMessage
        {
            Id = Guid.CreateVersion7(),
            Type = typeof(TEvent).FullName!,
            Payload = JsonSerializer.Serialize(integrationEvent, Json),
            OccurredAt = time.GetUtcNow().UtcDateTime,
        });
}
