namespace UnionHome.Tests.Infrastructure;

/// <summary>The integration tests of the run share one application per database (xunit looks for collections in the test assembly).</summary>
[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<Apps>
{
    public const string Name = "platform";
}
