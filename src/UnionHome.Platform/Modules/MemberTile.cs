namespace UnionHome.Platform.Modules;

/// <summary>
/// A service tile on the member home page that leads to a working page. Texts are keys of the module's resource
/// (<paramref name="Resource"/> is the marker type its localizer is created for).
/// </summary>
public sealed record MemberTile(string Href, Type Resource, string TitleKey, string TextKey);
