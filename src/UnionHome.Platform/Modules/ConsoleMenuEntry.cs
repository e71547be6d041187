namespace UnionHome.Platform.Modules;

/// <summary>
/// A link in the staff console's menu, shown to those the authorization <paramref name="Policy"/> admits.
/// <paramref name="Icon"/> is an SVG path (MudBlazor's Icons constants); the label is a key of the module's resource.
/// </summary>
public sealed record ConsoleMenuEntry(string Href, Type Resource, string LabelKey, string Icon, string Policy);
