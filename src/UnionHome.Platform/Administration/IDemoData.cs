namespace UnionHome.Platform.Administration;

/// <summary>A module's part of the demonstration data; runs after the union tree and accounts exist, and is idempotent.</summary>
public interface IDemoData
{
    Task SeedAsync(string dataDirectory, CancellationToken cancellationToken);
}
