using UnionHome.Platform.Data;
using UnionHome.Tests.Infrastructure;

namespace UnionHome.Tests.Contract;

/// <summary>The OpenAPI document as the application serves it (in Development, as the tests run it), read once.</summary>
public sealed class ServedDocument : IAsyncLifetime
{
    public const string Path = "/openapi/v1.json";

    public string Json { get; private set; } = "";

    /// <summary>docs/openapi/v1.json: the contract clients are generated from.</summary>
    public static string CommittedFile => System.IO.Path.Combine(Repository.Root(), "docs", "openapi", "v1.json");

    public async ValueTask InitializeAsync()
    {
        await using var app = await UnionHomeApp.StartAsync(DatabaseProvider.Sqlite);
        Json = await app.Anonymous().GetStringAsync(Path, TestContext.Current.CancellationToken);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}

[CollectionDefinition(Name)]
public sealed class ServedDocumentCollection : ICollectionFixture<ServedDocument>
{
    public const string Name = "openapi-document";
}
