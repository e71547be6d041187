namespace UnionHome.Events;

/// <summary>Anchor type for the strings in Resources/EventsText.*.resx.</summary>
internal sealed class EventsText;
