namespace UnionHome.Platform.Notifications;

/// <summary>A message in a person's in-app inbox.</summary>
public sealed class Notification
{
    public Guid Id { get; set; }

    public string UserId { get; set; } = "";

    public string Title { get; set; } = "";

    public string Body { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    public DateTime? ReadAt { get; set; }
}
