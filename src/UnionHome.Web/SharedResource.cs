namespace UnionHome.Web;

/// <summary>Anchor type for the strings in Resources/SharedResource.*.resx.</summary>
internal sealed class SharedResource;
