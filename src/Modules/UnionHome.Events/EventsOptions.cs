namespace UnionHome.Events;

/// <summary>Configuration section "Events".</summary>
internal sealed class EventsOptions
{
    /// <summary>No-shows within the window after which a member may not book; 0 turns the rule off.</summary>
    public int NoShowLimit { get; set; } = 3;

    public int NoShowWindowDays { get; set; } = 180;

    /// <summary>How long before a session its reminder goes out.</summary>
    public TimeSpan ReminderLead { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How often each node looks for expired offers, free places, due reminders and ended sessions.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(30);
}
